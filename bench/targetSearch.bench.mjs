// `node bench/targetSearch.bench.mjs [rows]` (after `npm run build`): 检查对象名录库 search at
// 1,000,000 targets (issue 3: p50 under 50 ms), through the built browser-mode server over HTTP,
// i.e. contract validation, the service host and the JSON round trip included.
// The targets are written straight into a migrated database with one prepared statement, so the
// search triggers (FTS5 trigram + name bigrams) do the indexing exactly as they do in the app.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { seededRandom } from './support/seededRandom.mjs'
import { startBenchServer } from './support/startBenchServer.mjs'

const rowCount = Number(process.argv[2] ?? 1_000_000)
const cli = join(process.cwd(), 'out/main/cli.js')
const web = join(process.cwd(), 'out/main/web.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-search-bench-'))
const dataDir = join(dir, 'data')
mkdirSync(dataDir)
const dbPath = join(dataDir, 'spotcheck.db')
const rows = []

const { next, pick } = seededRandom(20261123)
const brandChars = '鑫源华泰永安恒昌盛达兴隆福瑞祥和丰润金鼎宏宇博远嘉诚信德聚鸿运亨通利民顺发富康广汇中天新星海洋明月春晖东方旭日创佳美惠众晟'.split('')
const trades = ['食品', '五金', '建材', '餐饮', '汽修', '服装', '电器', '药房', '超市', '农资', '化工', '物流', '印刷', '家具', '纺织']
const forms = ['有限公司', '商贸有限公司', '经营部', '店', '门市部', '专业合作社', '科技有限公司']
const towns = ['城关街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '木李镇', '花沟镇', '田镇街道', '芦湖街道']
const roads = ['人民路', '青城路', '高苑路', '黄河路', '北环路', '府前街', '芦湖路', '工业大道']
const kinds = ['企业', '企业', '企业', '个体工商户', '个体工商户', '农民专业合作社']
const risks = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'D']
const usccChars = '0123456789ABCDEFGHJKLMNPQRTUWXY'

function build() {
  const migrate = spawnSync(process.execPath, [cli, 'status', '--json', '--db', dbPath], { encoding: 'utf8' })
  if (migrate.status !== 0) throw new Error(`migrating the bench database failed: ${migrate.stderr}`)
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -200000')
  const now = new Date('2026-11-23T08:00:00Z').toISOString()
  db.prepare("INSERT INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES ('县市场监督管理局', '市场监管', 1, ?, ?)").run(now, now)
  const insert = db.prepare(
    `INSERT INTO targets (kind, name, uscc, address, town, industry, risk_class, abnormal, tags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const started = performance.now()
  const chunk = 50_000
  for (let from = 0; from < rowCount; from += chunk) {
    db.transaction(() => {
      for (let i = from; i < Math.min(rowCount, from + chunk); i += 1) {
        const town = pick(towns)
        const trade = pick(trades)
        const brand = pick(brandChars) + pick(brandChars)
        // The sequence number keeps names and codes unique (the code's check digit is irrelevant here).
        const name = `${town.replace(/(街道|镇)$/, '')}${brand}${trade}${pick(forms)}${i.toString(36)}`
        let code = '91370322'
        for (let k = 0; k < 4; k += 1) code += usccChars[Math.floor(next() * 31)]
        code += i.toString(36).toUpperCase().padStart(6, '0')
        insert.run(pick(kinds), name, code, `示范县${town}${pick(roads)}${1 + Math.floor(next() * 300)}号`, town, trade, pick(risks), next() < 0.02 ? 1 : 0, next() < 0.1 ? '["食品经营"]' : '[]', now, now)
      }
    })()
  }
  const seconds = (performance.now() - started) / 1000
  rows.push({ what: `insert ${rowCount.toLocaleString()} targets, search triggers included (rows/s)`, value: Math.round(rowCount / seconds) })
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('ANALYZE')
  db.close()
  rows.push({ what: 'database size (MiB)', value: Math.round(statSync(dbPath).size / 1048576) })
}


async function timeSearch(url, label, input, runs = 25) {
  const call = async () => {
    const response = await fetch(`${url.base}/api/directory:searchTargets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spotcheck-token': url.token },
      body: JSON.stringify(input)
    })
    const result = await response.json()
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`)
    return result.value
  }
  const first = await call()
  const times = []
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    await call()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  rows.push({
    what: `${label} (${first.total.toLocaleString()}${first.totalCapped ? '+' : ''} match)`,
    p50_ms: +times[Math.floor(runs / 2)].toFixed(1),
    p95_ms: +times[Math.floor(runs * 0.95)].toFixed(1)
  })
}

try {
  build()
  const { child, url } = await startBenchServer(web, dataDir)
  try {
    await timeSearch(url, 'no text, first page sorted by name', {})
    await timeSearch(url, '2-char name fragment "鑫源"', { text: '鑫源' })
    await timeSearch(url, '2-char name fragment "华泰", sorted by name desc, page 3', { text: '华泰', sortOrder: 'desc', page: 3 })
    await timeSearch(url, '1-char name fragment "晟"', { text: '晟' })
    await timeSearch(url, '3-char fragment "鑫源食"', { text: '鑫源食' })
    await timeSearch(url, '4-char fragment "恒昌五金"', { text: '恒昌五金' })
    await timeSearch(url, 'address fragment "工业大道2"', { text: '工业大道2' })
    await timeSearch(url, 'code fragment "00A1B"', { text: '00A1B' })
    await timeSearch(url, '"鑫源" + town + risk class D', { text: '鑫源', town: '唐坊镇', riskClass: 'D' })
    await timeSearch(url, 'filters only: town + risk class C', { town: '木李镇', riskClass: 'C' })
    await timeSearch(url, 'filters only: 经营异常', { abnormal: true })
    await timeSearch(url, 'filters only: tag 食品经营 (tag side table)', { tag: '食品经营' })
    await timeSearch(url, 'tag 食品经营 + town', { tag: '食品经营', town: '青城镇' })
    await timeSearch(url, '1-char "晟", page 20', { text: '晟', page: 20 })
  } finally {
    child.kill()
  }
  console.table(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
