// `npx tsx --tsconfig tsconfig.node.json bench/drawServiceInProcess.bench.ts [targets] [runs]`: the
// in-app target draw (issue 4: under 1 s at 1,000,000 targets) in process, through the service host
// (validation, transaction, audit row) but without HTTP. The county (same generator as
// drawService.bench.mjs) is built once into $TMPDIR/spotcheck-draw-bench-<targets> and reused; every
// run works on a fresh copy. Prints per run: draw:preview, draw:commit, draw:run (targets only since
// issue 8), draw:commitInspectors, draw:runInspectors, and the inspector matching alone
// (inspectorMatching re-run on the stored inspector proof's inputs).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { openServices } from '../src-main/services/openServices'
import { inspectorMatching } from '../src-main/draw/inspectorMatching'
import { hashCounterRandom } from '../src-main/draw/hashCounterRandom'
import type { DrawProofBundle, InspectorDrawProof } from '../src-main/draw/proofBundle'

const rowCount = Number(process.argv[2] ?? 1_000_000)
const runs = Number(process.argv[3] ?? 2)
const cacheDir = join(tmpdir(), `spotcheck-draw-bench-${rowCount}`)
const clock = (): Date => new Date('2026-11-23T08:00:00Z')

function build(): void {
  rmSync(cacheDir, { recursive: true, force: true })
  mkdirSync(cacheDir, { recursive: true })
  openServices({ dataDir: cacheDir, resourcesDir: resolve('resources'), seedDemoOnFirstRun: false, clock }).deps.store.close()
  let state = 20261123
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]
  const towns = ['城关街道', '青城镇', '高城镇', '黑里寨镇', '唐坊镇', '常家镇', '木李镇', '花沟镇', '田镇街道', '芦湖街道']
  const risks = ['A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'C', 'D']
  const statuses = ['存续', '存续', '存续', '存续', '存续', '存续', '存续', '存续', '存续', '注销']
  const usccChars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const db = new Database(join(cacheDir, 'spotcheck.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'targets'").all() as { name: string }[]
  for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`)
  const now = clock().toISOString()
  const dept = db.prepare('INSERT INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const market = dept.run('县市场监督管理局', '市场监管', 1, now, now).lastInsertRowid
  const emergency = dept.run('县应急管理局', '应急管理', 0, now, now).lastInsertRowid
  const item = db.prepare('INSERT INTO checklist_items (code, department_id, name, category, qualification, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  item.run('SCJG-005', market, '企业公示信息的检查', '一般', '市场主体登记监管', '2026-01-01', now, now)
  item.run('YJGL-002', emergency, '工贸企业安全生产的检查', '一般', '安全生产执法', '2026-01-01', now, now)
  const inspector = db.prepare('INSERT INTO inspectors (department_id, name, cert_no, kind, qualifications, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  for (let i = 0; i < 120; i++) inspector.run(market, `市场监管人员${i}`, `370322010${String(i).padStart(3, '0')}`, '执法人员', '["市场主体登记监管"]', now, now)
  for (let i = 0; i < 60; i++) inspector.run(emergency, `应急管理人员${i}`, `370322150${String(i).padStart(3, '0')}`, '执法人员', '["安全生产执法"]', now, now)
  const insert = db.prepare('INSERT INTO targets (kind, name, uscc, town, status, risk_class, abnormal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  for (let from = 0; from < rowCount; from += 100_000) {
    db.transaction(() => {
      for (let i = from; i < Math.min(rowCount, from + 100_000); i += 1) {
        let code = '91370322'
        for (let k = 0; k < 4; k += 1) code += usccChars[Math.floor(next() * 31)]
        code += i.toString(36).toUpperCase().padStart(6, '0')
        insert.run('企业', `示范县测试企业${i}`, code, pick(towns), pick(statuses), pick(risks), next() < 0.02 ? 1 : 0, now, now)
      }
    })()
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec('ANALYZE')
  db.close()
}

async function main(): Promise<void> {
  if (!existsSync(join(cacheDir, 'spotcheck.db'))) build()
  const dataDir = `${cacheDir}-run`
  rmSync(dataDir, { recursive: true, force: true })
  cpSync(cacheDir, dataDir, { recursive: true })
  // A fixed secret, so two versions of the code can be compared draw for draw.
  const host = openServices({ dataDir, resourcesDir: resolve('resources'), seedDemoOnFirstRun: false, clock, randomBytes: (n) => new Uint8Array(n).fill(7) })
  const sqlite = host.deps.store.sqlite
  const call = async (channel: string, input: unknown): Promise<{ value: Record<string, unknown>; ms: number }> => {
    const started = performance.now()
    const result = await host.invoke(channel, input)
    const ms = performance.now() - started
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return { value: result.value as Record<string, unknown>, ms }
  }
  const departments = (sqlite.prepare('SELECT id FROM departments ORDER BY id').pluck().all() as number[])
  const items = sqlite.prepare('SELECT id FROM checklist_items ORDER BY id').pluck().all() as number[]
  for (let i = 0; i < runs; i++) {
    const task = await call('tasks:create', {
      name: `全县企业联合抽查 ${i + 1}`,
      leadDepartmentId: departments[0],
      participatingDepartmentIds: [departments[1]],
      checklistItemIds: items,
      periodStart: '2026-04-01',
      periodEnd: '2026-05-31',
      adHocReason: '性能测试'
    })
    const settings = { taskId: task.value.id, classes: [{ name: '全县企业', ratios: { A: 3, B: 4, C: 5, D: 6 } }] }
    const preview = await call('draw:preview', settings)
    const commit = await call('draw:commit', settings)
    const run = await call('draw:run', { commitmentId: commit.value.id, witnesses: [{ name: '王见证' }], entropy: '03 17 22 41' })
    // issue 8 §3: lock the list, then the inspector draw under its own commitment.
    await call('draw:lock', { taskId: task.value.id })
    const inspectorCommit = await call('draw:commitInspectors', { taskId: task.value.id })
    const inspectorRun = await call('draw:runInspectors', { commitmentId: inspectorCommit.value.id, witnesses: [{ name: '王见证' }], entropy: '5 8' })
    const stored = sqlite.prepare("SELECT json_extract(result, '$.bundle') FROM draws WHERE task_id = ? AND kind = '对象' ORDER BY id DESC LIMIT 1").pluck().get(task.value.id) as string
    const bundle = JSON.parse(stored) as DrawProofBundle
    const inspectorStored = sqlite.prepare("SELECT json_extract(result, '$.bundle') FROM draws WHERE task_id = ? AND kind = '人员' ORDER BY id DESC LIMIT 1").pluck().get(task.value.id) as string
    const draw = (JSON.parse(inspectorStored) as InspectorDrawProof).inspectorDraw
    const started = performance.now()
    inspectorMatching(draw.task, draw.visits, draw.inspectors, hashCounterRandom(Buffer.from(draw.seed, 'hex')))
    const matching = performance.now() - started
    console.log(
      JSON.stringify({
        run: i + 1,
        pool: preview.value.poolSize,
        drawn: bundle.proofs.reduce((sum, p) => sum + p.selected.length, 0),
        previewMs: Math.round(preview.ms),
        commitMs: Math.round(commit.ms),
        runMs: Math.round(run.ms),
        inspectorCommitMs: Math.round(inspectorCommit.ms),
        inspectorRunMs: Math.round(inspectorRun.ms),
        inspectorMatchingMs: Math.round(matching),
        poolHash: preview.value.poolHash,
        firstSelected: bundle.proofs.map((p) => p.selected[0]).join(',')
      })
    )
  }
  host.deps.store.close()
  rmSync(dataDir, { recursive: true, force: true })
}

void main()
