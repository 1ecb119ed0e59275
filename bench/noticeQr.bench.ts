// `npx tsx --tsconfig tsconfig.node.json bench/noticeQr.bench.ts [count]`: the QR part of a batch of
// 行政检查通知书 (issue 9 §3): for each notice, sign its SCV1 line with the office key (Ed25519) and
// draw the QR PNG, as createNoticeSigner does for the notice builders; then decode every tenth PNG
// with jsQR and verify it, to be sure the timed output is the real thing. Then builds the batch's
// notices, each with its QR code, into one .docx (what notices:export writes).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { buildInspectionNoticesDocument } from '../src-main/documents/inspectionNoticeDocument'
import { verifyVerificationLine } from '../src-main/documents/verification/verificationLine'
import { perTargetFileName, zipDocuments } from '../src-main/documents/zipDocuments'
import { openServices } from '../src-main/services/openServices'
import { createNoticeSigner } from '../src-main/services/verification/createNoticeSigner'
import { sampleNotice } from '../tests/support/noticeSamples'

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 500)
  const dir = mkdtempSync(join(tmpdir(), 'spotcheck-bench-qr-'))
  const host = openServices({ dataDir: dir, resourcesDir: resolve('resources') })
  const key = (await host.invoke('keys:public', {})) as { ok: true; value: { publicKeyPem: string } }
  const started = performance.now()
  const sign = createNoticeSigner(dir)
  const out: { line: string; png: Buffer }[] = []
  for (let i = 1; i <= count; i++) {
    out.push(
      await sign({
        number: `部门联合双随机抽检字〔2026〕${i}号`,
        taskCode: 'LHCC-2026-001',
        targetCode: `91370322MA3C${String(i).padStart(6, '0')}`,
        inspectionDate: '2026-03-10',
        certificateNumbers: ['37030001', '37030002', '37030017']
      })
    )
  }
  const ms = performance.now() - started
  let decoded = 0
  for (let i = 0; i < out.length; i += 10) {
    const image = PNG.sync.read(out[i].png)
    const text = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data
    if (text !== out[i].line || !verifyVerificationLine(text, key.value.publicKeyPem).ok) throw new Error(`QR ${i} did not round-trip`)
    decoded++
  }
  const bytes = out.reduce((sum, o) => sum + o.png.length, 0)
  console.log(`${count} notices: sign + QR PNG ${ms.toFixed(0)} ms (${(ms / count).toFixed(1)} ms each), PNG ${Math.round(bytes / count)} bytes each; ${decoded} decoded with jsQR and verified`)
  const built = performance.now()
  const notices = out.map((o, i) => ({ ...sampleNotice(i + 1, 1 + (i % 4)), qr: { png: o.png } }))
  const docx = await buildInspectionNoticesDocument({ countyName: '示范县', notices })
  const docxMs = performance.now() - built
  console.log(`${count} notices with their QR codes into one docx: ${docxMs.toFixed(0)} ms, ${(docx.length / 1024 / 1024).toFixed(2)} MB; sign + QR + docx ${(ms + docxMs).toFixed(0)} ms`)
  const zipped = performance.now()
  const taken = new Set<string>()
  const files: { fileName: string; bytes: Buffer }[] = []
  for (const n of notices) files.push({ fileName: perTargetFileName([n.numberText, n.targetName], taken), bytes: await buildInspectionNoticesDocument({ countyName: '示范县', notices: [n] }) })
  const zip = zipDocuments(files)
  const zipMs = performance.now() - zipped
  console.log(`${count} notices as a zip of one docx each: ${zipMs.toFixed(0)} ms, ${(zip.length / 1024 / 1024).toFixed(2)} MB`)
  host.deps.store.close()
  rmSync(dir, { recursive: true, force: true })
}

void main()
