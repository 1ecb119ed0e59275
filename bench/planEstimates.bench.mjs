// `node bench/planEstimates.bench.mjs [rows]` (after `npm run build`): live estimates of a 60-item
// annual plan over 1,000,000 targets (issue 7: all 60 under 2 s, one item under 100 ms), through the
// built browser-mode server over HTTP, i.e. validation, the service host and JSON included.
// Each estimate is the draw service's own preview (planTargetDraw): pool query, eligibility rules,
// strata and rounding, canonical pool. The targets are written straight into a migrated database;
// the directory's search triggers are dropped first, since the estimates never use the search index
// and loading 1,000,000 rows through them takes minutes (see bench/targetSearch.bench.mjs).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { seededRandom } from './support/seededRandom.mjs'
import { startBenchServer } from './support/startBenchServer.mjs'

const rowCount = Number(process.argv[2] ?? 1_000_000)
const cli = join(process.cwd(), 'out/main/cli.js')
const web = join(process.cwd(), 'out/main/web.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-plan-bench-'))
const dataDir = join(dir, 'data')
mkdirSync(dataDir)
const dbPath = join(dataDir, 'spotcheck.db')
const rows = []

const { next, pick } = seededRandom(20261123)
const towns = ['城关街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '木李镇', '花沟镇', '田镇街道', '芦湖街道']
const industries = ['批发和零售业', '制造业', '住宿和餐饮业', '建筑业', '交通运输、仓储和邮政业', '居民服务、修理和其他服务业', '租赁和商务服务业', '农、林、牧、渔业']
const kinds = ['企业', '企业', '企业', '个体工商户', '个体工商户', '农民专业合作社']
const risks = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'D']

function build() {
  const migrate = spawnSync(process.execPath, [cli, 'status', '--json', '--db', dbPath], { encoding: 'utf8' })
  if (migrate.status !== 0) throw new Error(`migrating the bench database failed: ${migrate.stderr}`)
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'targets'").all()) db.exec(`DROP TRIGGER "${name}"`)
  const now = new Date('2026-11-23T08:00:00Z').toISOString()
  db.prepare("INSERT INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES ('县市场监督管理局', '市场监管局', 1, ?, ?)").run(now, now)
  db.prepare(
    "INSERT INTO checklist_items (code, department_id, name, valid_from, created_at, updated_at) VALUES ('SCJG-001', 1, '企业公示信息的检查', '2000-01-01', ?, ?)"
  ).run(now, now)
  const insert = db.prepare(
    `INSERT INTO targets (kind, name, uscc, town, industry, risk_class, status, abnormal, complaint_count, tags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const started = performance.now()
  db.transaction(() => {
    for (let i = 0; i < rowCount; i += 1) {
      const code = `91370322${i.toString(36).toUpperCase().padStart(10, '0')}`
      insert.run(pick(kinds), `对象${i}`, code, pick(towns), pick(industries), pick(risks), next() < 0.93 ? '存续' : '注销', next() < 0.02 ? 1 : 0, next() < 0.03 ? 4 : 0, next() < 0.1 ? '["食品经营"]' : '[]', now, now)
    }
  })()
  rows.push({ what: `insert ${rowCount.toLocaleString()} targets (s)`, value: +((performance.now() - started) / 1000).toFixed(1) })
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('ANALYZE')
  db.close()
}


/** The 60 items: scopes from the whole directory down to one town and class, as plans mix them. */
function planItems() {
  const scopes = [
    (i) => ({ kind: kinds[i % 3 === 0 ? 3 : 0] }),
    (i) => ({ town: towns[i % towns.length] }),
    (i) => ({ industry: industries[i % industries.length] }),
    (i) => ({ town: towns[i % towns.length], riskClass: risks[i % risks.length] }),
    (i) => ({ kind: '企业', industry: industries[i % industries.length] }),
    () => ({ tag: '食品经营' })
  ]
  return Array.from({ length: 60 }, (_, i) => ({
    name: `抽查任务${i + 1}`,
    leadDepartmentId: 1,
    checklistItemIds: [1],
    scope: scopes[i % scopes.length](i),
    category: i % 7 === 0 ? '重点' : '一般',
    periodStart: `2026-${String(1 + (i % 12)).padStart(2, '0')}-01`,
    periodEnd: `2026-${String(1 + (i % 12)).padStart(2, '0')}-28`
  }))
}

async function call(url, channel, input) {
  const response = await fetch(`${url.base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spotcheck-token': url.token },
    body: JSON.stringify(input)
  })
  const result = await response.json()
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

async function time(label, fn, runs) {
  const t0 = performance.now()
  const first = await fn()
  rows.push({ what: `${label}, first call`, value: `${Math.round(performance.now() - t0)} ms` })
  const times = []
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    await fn()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  rows.push({ what: label, value: `p50 ${Math.round(times[Math.floor(runs / 2)])} ms, max ${Math.round(times.at(-1))} ms` })
  return first
}

try {
  build()
  const { child, url } = await startBenchServer(web, dataDir)
  try {
    const plan = await call(url, 'plans:create', { year: 2026 })
    const items = planItems()
    for (const item of items) await call(url, 'plans:addItem', { planId: plan.id, item })
    const all = await time('plans:estimate, all 60 items', () => call(url, 'plans:estimate', { year: 2026 }), 1)
    rows.push({ what: 'targets the 60 estimates take in total', value: all.reduce((sum, e) => sum + e.count, 0) })
    // issue 7 §4(d): expected checks per target over the 60 items' pools.
    const projection = await time('plans:projection, 60 items', () => call(url, 'plans:projection', { year: 2026 }), 1)
    rows.push({ what: '  targets reached / expected at the cap of 2', value: `${projection.targets} / ${projection.expectedAtCap}` })
    for (const [label, item] of [
      ['plans:estimateItem, whole kind 个体工商户', items[0]],
      ['plans:estimateItem, one town', items[1]],
      ['plans:estimateItem, town + risk class', items[3]],
      ['plans:estimateItem, tag (json scan)', items[5]]
    ]) {
      const one = await time(label, () => call(url, 'plans:estimateItem', { year: 2026, item }), 3)
      rows.push({ what: `  matched / eligible / estimate`, value: `${one.matched} / ${one.eligible} / ${one.count}` })
    }
  } finally {
    child.kill()
  }
  console.table(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
