import { zipSync } from 'fflate'

/** Characters Windows does not allow in a file name, and control characters. */
const forbidden = /[\\/:*?"<>|]|\p{Cc}/gu

/**
 * `<字号>_<对象名称>.docx` (issue 9 §1), safe on Windows: forbidden characters dropped, no trailing
 * dot or space, and a "（2）" when two targets would share a name.
 */
export function perTargetFileName(parts: readonly (string | null)[], taken: Set<string>): string {
  const stem = parts
    .filter((p): p is string => !!p)
    .map((p) => p.replace(forbidden, '').trim())
    .filter(Boolean)
    .join('_')
    .replace(/[. ]+$/, '')
    .slice(0, 150) || '文书'
  let name = `${stem}.docx`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}（${n}）.docx`
  taken.add(name.toLowerCase())
  return name
}

/**
 * The files as one .zip. A .docx is itself compressed, so the entries are stored, not deflated again;
 * fflate marks the Chinese names UTF-8, which Windows Explorer reads.
 */
export function zipDocuments(files: readonly { fileName: string; bytes: Buffer }[]): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(files.map((f) => [f.fileName, [new Uint8Array(f.bytes), { level: 0 }]])), { level: 0 }))
}
