// `node bench/drawService.bench.mjs [targets]` (after `npm run build`): the in-app target draw at
// 1,000,000 targets (issue 4: under 1 s), through the built browser-mode server over HTTP — contract
// validation, the service host, the transaction with its audit row and the JSON round trip
// included. It times draw:preview (directory → eligibility → strata → canonical pools), draw:commit
// (the same, plus the secret and the pools stored), draw:run (the stratified draw, the append-only
// draw row with its proofs, task_targets and visits) and, after draw:lock, draw:commitInspectors and
// draw:runInspectors (issue 8: the inspector matching for every visit, its own proof, the groups).
// The targets are written straight into a migrated database; the name-search triggers (issue 3) are
// dropped first, since the draw never reads the search index and they slow loading 50-fold.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { seededRandom } from './support/seededRandom.mjs'
import { startBenchServer } from './support/startBenchServer.mjs'

const rowCount = Number(process.argv[2] ?? 1_000_000)
const runs = Number(process.env.BENCH_DRAW_SERVICE_RUNS ?? 3)
const cli = join(process.cwd(), 'out/main/cli.js')
const web = join(process.cwd(), 'out/main/web.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-draw-service-bench-'))
const dataDir = join(dir, 'data')
mkdirSync(dataDir)
const dbPath = join(dataDir, 'spotcheck.db')
const rows = []

const { next, pick } = seededRandom(20261123)
const towns = ['城关街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '木李镇', '花沟镇', '田镇街道', '芦湖街道']
const risks = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'D']
const statuses = ['存续', '存续', '存续', '存续', '存续', '存续', '存续', '存续', '存续', '注销']
const usccChars = '0123456789ABCDEFGHJKLMNPQRTUWXY'

function build() {
  const migrate = spawnSync(process.execPath, [cli, 'status', '--json', '--db', dbPath], { encoding: 'utf8' })
  if (migrate.status !== 0) throw new Error(`migrating the bench database failed: ${migrate.stderr}`)
  const db = new Database(dbPath)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'targets'").all()) db.exec(`DROP TRIGGER ${name}`)
  const now = new Date('2026-11-23T08:00:00Z').toISOString()
  const dept = db.prepare('INSERT INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const market = dept.run('县市场监督管理局', '市场监管', 1, now, now).lastInsertRowid
  const emergency = dept.run('县应急管理局', '应急管理', 0, now, now).lastInsertRowid
  const item = db.prepare('INSERT INTO checklist_items (code, department_id, name, category, qualification, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const items = [
    item.run('SCJG-005', market, '企业公示信息的检查', '一般', '市场主体登记监管', '2026-01-01', now, now).lastInsertRowid,
    item.run('YJGL-002', emergency, '工贸企业安全生产的检查', '一般', '安全生产执法', '2026-01-01', now, now).lastInsertRowid
  ]
  const inspector = db.prepare('INSERT INTO inspectors (department_id, name, cert_no, kind, qualifications, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (let i = 0; i < 120; i++) inspector.run(market, `市场监管人员${i}`, `370322010${String(i).padStart(3, '0')}`, '执法人员', '["市场主体登记监管"]', now, now)
  for (let i = 0; i < 60; i++) inspector.run(emergency, `应急管理人员${i}`, `370322150${String(i).padStart(3, '0')}`, '执法人员', '["安全生产执法"]', now, now)
  const insert = db.prepare('INSERT INTO targets (kind, name, uscc, town, status, risk_class, abnormal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const started = performance.now()
  const chunk = 100_000
  for (let from = 0; from < rowCount; from += chunk) {
    db.transaction(() => {
      for (let i = from; i < Math.min(rowCount, from + chunk); i += 1) {
        let code = '91370322'
        for (let k = 0; k < 4; k += 1) code += usccChars[Math.floor(next() * 31)]
        code += i.toString(36).toUpperCase().padStart(6, '0')
        insert.run('企业', `示范县测试企业${i}`, code, pick(towns), pick(statuses), pick(risks), next() < 0.02 ? 1 : 0, now, now)
      }
    })()
  }
  rows.push({ what: `insert ${rowCount.toLocaleString('en')} targets (search triggers dropped), s`, ms: Math.round(performance.now() - started) })
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('ANALYZE')
  db.close()
  return { market: Number(market), emergency: Number(emergency), items: items.map(Number) }
}


async function call(url, channel, input) {
  const started = performance.now()
  const response = await fetch(`${url.base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spotcheck-token': url.token },
    body: JSON.stringify(input)
  })
  const result = await response.json()
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return { value: result.value, ms: performance.now() - started }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  const ids = build()
  const { child, url } = await startBenchServer(web, dataDir)
  try {
    const timings = { preview: [], commit: [], run: [], inspectorCommit: [], inspectorRun: [] }
    let drawn = 0
    for (let i = 0; i < runs; i++) {
      const task = (
        await call(url, 'tasks:create', {
          name: `全县企业联合抽查 ${i + 1}`,
          leadDepartmentId: ids.market,
          participatingDepartmentIds: [ids.emergency],
          checklistItemIds: ids.items,
          periodStart: '2026-04-01',
          periodEnd: '2026-05-31',
          adHocReason: '性能测试'
        })
      ).value
      // Ratios per credit risk class, as a county sets them: A 3 %, B 4 %, C 5 %, D 6 %.
      const settings = { taskId: task.id, classes: [{ name: '全县企业', ratios: { A: 3, B: 4, C: 5, D: 6 } }] }
      const preview = await call(url, 'draw:preview', settings)
      const commitment = await call(url, 'draw:commit', settings)
      const run = await call(url, 'draw:run', { commitmentId: commitment.value.id, witnesses: [{ name: '王见证' }], entropy: '03 17 22 41' })
      // issue 8 §3: lock the list, then the inspectors under their own commitment.
      await call(url, 'draw:lock', { taskId: task.id })
      const inspectorCommit = await call(url, 'draw:commitInspectors', { taskId: task.id })
      const inspectorRun = await call(url, 'draw:runInspectors', { commitmentId: inspectorCommit.value.id, witnesses: [{ name: '王见证' }], entropy: '5 8' })
      timings.inspectorCommit.push(inspectorCommit.ms)
      timings.inspectorRun.push(inspectorRun.ms)
      timings.preview.push(preview.ms)
      timings.commit.push(commitment.ms)
      timings.run.push(run.ms)
      drawn = run.value.current.targets.length
      if (i === 0) rows.push({ what: `pool after eligibility / drawn (targets)`, ms: `${preview.value.poolSize.toLocaleString('en')} / ${drawn.toLocaleString('en')}` })
    }
    rows.push({ what: `draw:preview, ${rowCount.toLocaleString('en')} targets (median of ${runs})`, ms: Math.round(median(timings.preview)) })
    rows.push({ what: 'draw:commit (pools recomputed and stored with the secret)', ms: Math.round(median(timings.commit)) })
    rows.push({ what: `draw:run (${drawn.toLocaleString('en')} targets and their visits stored)`, ms: Math.round(median(timings.run)) })
    rows.push({ what: 'draw:commitInspectors (visits to match, inspector pool fixed)', ms: Math.round(median(timings.inspectorCommit)) })
    rows.push({ what: `draw:runInspectors (${drawn.toLocaleString('en')} inspection groups matched and stored)`, ms: Math.round(median(timings.inspectorRun)) })
    rows.push({ what: 'preview + run', ms: Math.round(median(timings.preview) + median(timings.run)) })
  } finally {
    child.kill()
  }
  console.table(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
