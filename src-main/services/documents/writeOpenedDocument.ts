import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'

/**
 * Writes an issued document into the data folder's 文书 folder for 打开 and 打印 (issue 9 §1) and
 * returns its path. A different file of the same name is never overwritten: the new one gets "（2）".
 */
export function writeOpenedDocument(dataDir: string, fileName: string, bytes: Buffer): string {
  const folder = join(dataDir, '文书')
  mkdirSync(folder, { recursive: true })
  const extension = extname(fileName)
  const stem = fileName.slice(0, fileName.length - extension.length)
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? fileName : `${stem}（${n}）${extension}`)
    if (!existsSync(path)) {
      writeFileSync(path, bytes)
      return path
    }
    if (readFileSync(path).equals(bytes)) return path
  }
}
