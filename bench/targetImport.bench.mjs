// `node bench/targetImport.bench.mjs [rows]` (after `npm run build`): issue 3's import figure —
// `spotcheck import targets` of a 100,000-row sheet (read, validate every row, write in one
// transaction with the search indexes) against exceljs merely stream-reading the same file
// (ExcelJS.stream.xlsx.WorkbookReader over every row). Both run as fresh Node processes, one
// after the other, in the same run; requirement: import within 2.5× of the plain read.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'

const rowCount = Number(process.argv[2] ?? 100_000)
const runs = Number(process.argv[3] ?? 3)
const cli = join(process.cwd(), 'out/main/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-import-bench-'))
const file = join(dir, 'targets.xlsx')

let state = 20261123
const next = () => {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(next() * list.length)]
const brand = '鑫源华泰永安恒昌盛达兴隆福瑞祥和丰润金鼎宏宇博远嘉诚信德聚鸿运亨通利民顺发富康广汇中天新星海洋明月春晖东方旭日创佳美惠众晟'.split('')
const trades = ['食品', '五金', '建材', '餐饮', '汽修', '服装', '电器', '药房', '超市', '农资']
const towns = ['城关街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '木李镇', '花沟镇']
const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = Array.from({ length: 17 }, (_, i) => { let w = 1; for (let k = 0; k < i; k++) w = (w * 3) % 31; return w })
const uscc = (first17) => first17 + chars[(31 - ([...first17].reduce((s, c, i) => s + chars.indexOf(c) * weights[i], 0) % 31)) % 31]

async function writeSheet() {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true })
  const sheet = workbook.addWorksheet('名录')
  sheet.addRow(['示范县市场主体名录']).commit()
  sheet.addRow(['序号', '企业名称', '统一社会信用代码', '法定代表人', '住所', '联系电话', '所属乡镇（街道）', '主体类型', '行业类别', '风险等级', '登记状态']).commit()
  for (let i = 0; i < rowCount; i++) {
    const individual = next() < 0.3
    const code = uscc(`${individual ? '92' : '91'}370322MA${String(i).padStart(6, '0')}${chars[i % 31]}`)
    const trade = pick(trades)
    sheet
      .addRow([i + 1, `示范县${pick(brand)}${pick(brand)}${trade}${individual ? '店' : '有限公司'}${i}`, code, '王建国', `示范县${pick(towns)}人民路${i % 300}号`,
        `139${String(i).padStart(8, '0')}`, pick(towns), individual ? '个体工商户' : '企业', trade, pick(['A', 'B', 'B', 'C', 'D']), pick(['存续', '在业', '开业'])])
      .commit()
  }
  sheet.commit()
  await workbook.commit()
}

const plainRead = `
const ExcelJS = require('exceljs')
;(async () => {
  let rows = 0, cells = 0
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' })
  for await (const sheet of reader) for await (const row of sheet) { rows++; cells += row.values.length }
  process.stdout.write(String(rows))
})()`

function timed(args) {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: process.cwd() })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  return { ms, stdout: result.stdout }
}

try {
  await writeSheet()
  console.log(`sheet: ${rowCount} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`)
  const results = []
  for (let run = 0; run < runs; run++) {
    const read = timed(['-e', plainRead, file])
    const db = join(dir, `import-${run}.db`)
    const imported = timed([cli, 'import', 'targets', file, '--db', db])
    if (!imported.stdout.includes(`新增 ${rowCount} 条`)) throw new Error(`import did not take every row: ${imported.stdout}`)
    results.push({ run: run + 1, exceljs_stream_read_ms: Math.round(read.ms), spotcheck_import_ms: Math.round(imported.ms), ratio: +(imported.ms / read.ms).toFixed(2) })
  }
  console.table(results)
  const ratios = results.map((r) => r.ratio).sort((a, b) => a - b)
  console.log(`median ratio import / plain read: ${ratios[Math.floor(ratios.length / 2)]} (requirement: ≤ 2.5)`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
