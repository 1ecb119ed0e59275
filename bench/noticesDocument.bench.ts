// `npx tsx --tsconfig tsconfig.node.json bench/noticesDocument.bench.ts [count] [runs]`: builds
// `count` 行政检查通知书 (issue 8 §6: 1,000 in under 5 s) and as many 实地核查记录表 into one .docx
// each, in process (the document builders alone: no database, no register). Prints the median of
// `runs` and the file sizes.
import { performance } from 'node:perf_hooks'
import { buildInspectionNoticesDocument } from '../src-main/documents/inspectionNoticeDocument'
import { buildRecordFormsDocument } from '../src-main/documents/recordFormDocument'
import { sampleNotice, sampleRecordForm } from '../tests/support/noticeSamples'

const count = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 3)

async function time(label: string, build: () => Promise<Buffer>): Promise<{ what: string; median_ms: number; kib: number; runs: number }> {
  const times: number[] = []
  let size = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    size = (await build()).length
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { what: label, median_ms: Math.round(times[Math.floor(times.length / 2)]), kib: Math.round(size / 1024), runs }
}

const notices = [...Array(count)].map((_, i) => sampleNotice(i + 1, 1 + (i % 4)))
const forms = [...Array(count)].map((_, i) => sampleRecordForm(i + 1, 1 + (i % 4)))
async function main(): Promise<void> {
  const rows = [
    await time(`${count.toLocaleString('en')} 行政检查通知书 into one docx (1–4 items each)`, () => buildInspectionNoticesDocument({ countyName: '示范县', notices })),
    await time(`${count.toLocaleString('en')} 实地核查记录表 into one docx (1–4 items each)`, () => buildRecordFormsDocument({ countyName: '示范县', forms }))
  ]
  console.table(rows)
}

void main()
