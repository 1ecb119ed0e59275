import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DrawSettingsInput } from '../../src-shared/domain/drawSession'
import { docxXml } from '../support/docxXml'
import { runCli } from '../support/runCli'
import { openTempServices, type TempServices } from '../support/tempServices'

/** Fixed secret bytes, so a draw in a test is the same every run. */
const fixedRandom = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) & 0xff)
const auditCount = (s: TempServices) => (s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n

interface Fixture {
  market: number
  emergency: number
  items: { food: number; chem: number }
}

let serial = 0
const uscc = () => `91370322MA${String(++serial).padStart(7, '0')}X`

/** Two units, their inspectors and checklist items, written straight into the tables (the directories are other issues' screens). */
function seed(s: TempServices, options: { emergencyInspectors?: number } = {}): Fixture {
  const sql = s.host.deps.store.sqlite
  const now = '2026-03-01T00:00:00.000Z'
  const dept = (name: string, short: string, lead: boolean) =>
    Number(sql.prepare('INSERT INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, short, lead ? 1 : 0, now, now).lastInsertRowid)
  const market = dept('县市场监督管理局', '市场监管', true)
  const emergency = dept('县应急管理局', '应急管理', false)
  const item = (code: string, department: number, name: string, category: string, qualification: string) =>
    Number(
      sql
        .prepare('INSERT INTO checklist_items (code, department_id, name, category, qualification, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(code, department, name, category, qualification, '2026-01-01', now, now).lastInsertRowid
    )
  const food = item('SC-001', market, '食品经营者经营条件检查', '一般', '食品安全执法')
  const chem = item('YJ-001', emergency, '危险化学品经营许可条件检查', '一般', '危化品执法')
  const inspector = (department: number, n: number, qualification: string, status = '在岗') =>
    sql
      .prepare('INSERT INTO inspectors (department_id, name, cert_no, kind, qualifications, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(department, `人员${department}-${n}`, `Z${department}${String(n).padStart(4, '0')}`, '执法人员', JSON.stringify([qualification]), status, now, now)
  for (let n = 1; n <= 6; n++) inspector(market, n, '食品安全执法')
  inspector(market, 7, '食品安全执法', '请假')
  for (let n = 1; n <= (options.emergencyInspectors ?? 4); n++) inspector(emergency, n, '危化品执法')
  return { market, emergency, items: { food, chem } }
}

function addTargets(s: TempServices, rows: { risk?: string; status?: string; abnormal?: boolean; town?: string }[]): number[] {
  const sql = s.host.deps.store.sqlite
  const insert = sql.prepare(
    'INSERT INTO targets (kind, name, uscc, town, status, risk_class, abnormal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'
  )
  return rows.map((r, i) =>
    Number(insert.run('企业', `示范县测试企业${serial + 1}号${i}`, uscc(), r.town ?? '城关街道', r.status ?? '存续', r.risk ?? 'B', r.abnormal ? 1 : 0, 'now', 'now').lastInsertRowid)
  )
}

describe('joint tasks and the draw (issue 4)', () => {
  let s: TempServices
  let f: Fixture
  beforeEach(() => {
    s = openTempServices({ randomBytes: fixedRandom })
    f = seed(s)
  })
  afterEach(() => s.close())

  const createTask = (overrides: Record<string, unknown> = {}) =>
    s.call('tasks:create', {
      name: '2026年危化品经营单位联合抽查',
      leadDepartmentId: f.market,
      participatingDepartmentIds: [f.emergency],
      checklistItemIds: [f.items.food, f.items.chem],
      periodStart: '2026-03-10',
      periodEnd: '2026-04-30',
      adHocReason: '上级交办',
      ...overrides
    })

  const settings = (taskId: number, overrides: Partial<DrawSettingsInput> = {}): DrawSettingsInput => ({
    taskId,
    classes: [{ name: '全部对象', ratios: { A: 10, B: 20, C: 50, D: 100 } }],
    ...overrides
  })

  async function drawTask(taskId: number, input: Partial<DrawSettingsInput> = {}, run: Record<string, unknown> = {}) {
    const commitment = await s.call('draw:commit', settings(taskId, input))
    return s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '3 17 22 41', ...run })
  }

  /** Step 2 and 3 of issue 8 §3: 确认锁定并下发, then the inspector draw under its own commitment. */
  async function lockAndMatch(taskId: number) {
    await s.call('draw:lock', { taskId })
    const commitment = await s.call('draw:commitInspectors', { taskId })
    return s.call('draw:runInspectors', { commitmentId: commitment.id, witnesses: [{ name: '李见证', unit: '县司法局' }], entropy: '5 8 13' })
  }

  async function lockAndMatchAfterLock(taskId: number) {
    const commitment = await s.call('draw:commitInspectors', { taskId })
    return s.call('draw:runInspectors', { commitmentId: commitment.id, witnesses: [{ name: '李见证' }], entropy: '' })
  }

  async function drawAll(taskId: number, input: Partial<DrawSettingsInput> = {}) {
    await drawTask(taskId, input)
    return lockAndMatch(taskId)
  }

  it('numbers tasks per year from the office prefix and keeps the checklist versions chosen', async () => {
    const first = await createTask()
    const second = await createTask({ name: '第二个任务' })
    const nextYear = await createTask({ periodStart: '2027-01-05', periodEnd: '2027-02-01' })
    expect([first.code, second.code, nextYear.code]).toEqual(['LHCC-2026-001', 'LHCC-2026-002', 'LHCC-2027-001'])
    expect(first.checklistItems.map((i) => i.name)).toEqual(['食品经营者经营条件检查', '危险化学品经营许可条件检查'])
    expect(first).toMatchObject({ leadDepartmentName: '县市场监督管理局', participatingDepartmentNames: ['县应急管理局'], status: '草拟' })
    expect((await s.call('tasks:list')).map((t) => t.code)).toEqual(['LHCC-2027-001', 'LHCC-2026-002', 'LHCC-2026-001'])
  })

  it('refuses a task without checklist items or with its period backwards, saving nothing', async () => {
    const before = auditCount(s)
    expect(await s.fail('tasks:create', { name: '任务', leadDepartmentId: f.market, checklistItemIds: [], periodStart: '2026-03-01', periodEnd: '2026-03-02' })).toMatchObject({ field: 'checklistItemIds' })
    const backwards = await s.fail('tasks:create', { name: '任务', leadDepartmentId: f.market, checklistItemIds: [f.items.food], periodStart: '2026-03-05', periodEnd: '2026-03-01' })
    expect(backwards).toMatchObject({ code: 'VALIDATION', field: 'periodEnd' })
    expect(backwards.message).toContain('结束日期')
    expect(auditCount(s)).toBe(before)
    expect(await s.call('tasks:list')).toEqual([])
  })

  it('previews the pool with counts per stratum (ceil) and per exclusion rule, raising 经营异常 targets a class', async () => {
    addTargets(s, [...Array(20)].map(() => ({ risk: 'A' })))
    addTargets(s, [...Array(9)].map(() => ({ risk: 'B' })))
    addTargets(s, [{ risk: 'B', abnormal: true }, { risk: 'C', status: '注销' }, { risk: 'D', status: '吊销' }])
    const task = await createTask()
    const preview = await s.call('draw:preview', settings(task.id))
    const [all] = preview.classes
    expect(all).toMatchObject({ matched: 32, eligible: 30 })
    expect(all.rules.find((r) => r.rule === 'notActive')?.removed).toBe(2)
    expect(all.strata.map((x) => [x.stratum, x.size, x.count, x.upgraded])).toEqual([
      ['A', 20, 2, 0], // 10% of 20
      ['B', 9, 2, 0], // ceil(20% of 9 = 1.8)
      ['C', 1, 1, 1], // the 经营异常 B target, raised one class (002 §四(四)); 50% of 1, at least 1
      ['D', 0, 0, 0]
    ])
    expect(preview).toMatchObject({ poolSize: 30, toDraw: 5, shortfalls: [] })
    expect(preview.poolHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('applies the yearly caps from other tasks’ draws, and exempts a key-item task from them', async () => {
    const ids = addTargets(s, [{ risk: 'A' }, { risk: 'B' }, { risk: 'B' }])
    const sql = s.host.deps.store.sqlite
    // An earlier task this year drew all three; a second one drew the first B once more.
    for (const name of ['甲', '乙']) {
      const other = await createTask({ name, periodStart: '2026-01-05', periodEnd: '2026-01-30' })
      const draw = sql
        .prepare("INSERT INTO draws (task_id, kind, algorithm_id, algorithm_version, pool_size, pool_hash, commitment, operator, at) VALUES (?, '对象', 'x', '1', 0, '', '', 'x', 'x')")
        .run(other.id).lastInsertRowid
      for (const id of name === '甲' ? ids : [ids[1]]) sql.prepare('INSERT INTO task_targets (task_id, target_id, draw_id) VALUES (?, ?, ?)').run(other.id, id, draw)
    }
    const task = await createTask()
    const rules = (await s.call('draw:preview', settings(task.id))).classes[0].rules
    expect(Object.fromEntries(rules.map((r) => [r.rule, r.removed]))).toEqual({ notActive: 0, annualCap: 1, lowRiskRepeat: 1 })
    const keyItem = sql.prepare("INSERT INTO checklist_items (code, department_id, name, category, valid_from, created_at, updated_at) VALUES ('SC-009', ?, '重点工业产品质量安全检查', '重点', '2026-01-01', 'x', 'x')").run(f.market).lastInsertRowid
    const keyTask = await createTask({ checklistItemIds: [Number(keyItem)] })
    const keyPreview = await s.call('draw:preview', settings(keyTask.id))
    expect(keyPreview.keyItem).toBe(true)
    expect(keyPreview.classes[0]).toMatchObject({ eligible: 3 })
    expect(keyPreview.classes[0].rules.find((r) => r.rule === 'annualCap')).toMatchObject({ removed: 0, exempted: 1 })
  })

  it('draws targets first (草拟 → 已抽取对象), refuses inspectors before the lock, then matches groups under a commitment of their own (→ 已匹配人员)', async () => {
    addTargets(s, [...Array(40)].map((_, i) => ({ risk: i % 2 ? 'B' : 'C' })))
    const task = await createTask()
    expect(task.status).toBe('草拟')
    const commitment = await s.call('draw:commit', settings(task.id))
    expect(commitment.commitment).toMatch(/^[0-9a-f]{64}$/)
    expect(await s.call('draw:taskDraws', { taskId: task.id })).toMatchObject({ current: null, pendingCommitment: { id: commitment.id } })
    const result = await s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }], entropy: ' 3 17 22 41 ' })
    expect(result.current!.targets).toHaveLength(4 + 10) // 20% of 20 B, 50% of 20 C
    expect(result).toMatchObject({ status: '已抽取对象', lockedAt: null, visitsWithoutGroup: 14 })
    expect(result.current).toMatchObject({ purpose: 'targets', commitment: commitment.commitment, entropy: '3 17 22 41', witnesses: [{ name: '王见证', unit: '' }], supersedesDrawId: null })
    expect(result.current!.targets.every((t) => t.group.length === 0 && t.outcome === '待检查')).toBe(true)
    expect(result.current!.secret).toMatch(/^[0-9a-f]{64}$/)
    const sql = s.host.deps.store.sqlite
    expect(sql.prepare('SELECT count(*) AS n FROM inspection_groups').get()).toEqual({ n: 0 })
    expect(sql.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 14 })

    // 004 §(十九): inspectors only once the list is confirmed and locked.
    const early = await s.fail('draw:commitInspectors', { taskId: task.id })
    expect(early).toMatchObject({ code: 'CONFLICT' })
    expect(early.message).toContain('请先在第二步“确认锁定并下发”')
    const locked = await s.call('draw:lock', { taskId: task.id })
    expect(locked.lockedAt).not.toBeNull()
    expect(locked.status).toBe('已抽取对象')
    expect((await s.fail('draw:lock', { taskId: task.id })).message).toContain('已经锁定')

    const inspectorCommitment = await s.call('draw:commitInspectors', { taskId: task.id })
    expect(inspectorCommitment.id).not.toBe(commitment.id)
    expect(inspectorCommitment.inspectors).toMatchObject({ visits: 14, poolSize: 11 })
    expect((await s.call('draw:taskDraws', { taskId: task.id })).pendingInspectorCommitment).toMatchObject({ id: inspectorCommitment.id })
    const matched = await s.call('draw:runInspectors', { commitmentId: inspectorCommitment.id, witnesses: [{ name: '王见证' }], entropy: '7' })
    expect(matched).toMatchObject({ status: '已匹配人员', visitsWithoutGroup: 0 })
    expect(matched.history[0]).toMatchObject({ kind: '人员', purpose: 'inspectors', commitment: inspectorCommitment.commitment, poolSize: 11 })
    const current = matched.current!
    for (const target of current.targets) {
      expect(target.group.map((m) => [m.role, m.departmentName])).toEqual([
        ['组长', '县市场监督管理局'],
        ['组员', '县应急管理局']
      ])
    }
    // Load balance: 6 market inspectors in service (one on leave) lead 14 groups: 2 or 3 each.
    const leads = new Map<string, number>()
    for (const t of current.targets) leads.set(t.group[0].name, (leads.get(t.group[0].name) ?? 0) + 1)
    expect(leads.size).toBe(6)
    expect(Math.max(...leads.values()) - Math.min(...leads.values())).toBeLessThanOrEqual(1)
    expect([...leads.keys()]).not.toContain(`人员${f.market}-7`)
    expect((await s.call('tasks:get', { id: task.id })).status).toBe('已匹配人员')
    // Each group sits on its visit and names the inspector draw that formed it.
    expect(
      sql
        .prepare('SELECT count(*) AS n FROM inspection_groups g JOIN task_targets tt ON tt.visit_id = g.visit_id AND tt.target_id = g.target_id WHERE g.task_id = ? AND g.draw_id = ?')
        .get(task.id, matched.history[0].id)
    ).toEqual({ n: 14 })
    // The commitments are spent; nothing is left to match.
    expect(await s.fail('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }] })).toMatchObject({ code: 'CONFLICT' })
    expect(await s.fail('draw:runInspectors', { commitmentId: inspectorCommitment.id, witnesses: [{ name: '王见证' }] })).toMatchObject({ code: 'CONFLICT' })
    expect((await s.fail('draw:commitInspectors', { taskId: task.id })).message).toContain('都已有检查组')
  })

  it('names the department and its shortfall before drawing: shown with the target pool, and the inspector draw refused with nothing stored', async () => {
    s.close()
    s = openTempServices({ randomBytes: fixedRandom })
    f = seed(s, { emergencyInspectors: 0 })
    addTargets(s, [{}, {}])
    const task = await createTask()
    const preview = await s.call('draw:preview', settings(task.id))
    expect(preview.shortfalls).toHaveLength(1)
    expect(preview.shortfalls[0]).toMatch(/^县应急管理局人员不足：每个检查组需要 1 名在岗且具备“危化品执法”资质的执法人员.*缺 1 名/)
    await drawTask(task.id)
    await s.call('draw:lock', { taskId: task.id })
    const error = await s.fail('draw:commitInspectors', { taskId: task.id })
    expect(error.message).toContain('县应急管理局人员不足')
    expect(s.host.deps.store.sqlite.prepare("SELECT count(*) AS n FROM draw_commitments WHERE purpose = 'inspectors'").get()).toEqual({ n: 0 })
  })

  it('keeps a superseded draw untouched: a re-draw after the lock needs a reason, points at the draw it replaces, and unlocks', async () => {
    addTargets(s, [...Array(10)].map(() => ({ risk: 'B' })))
    const task = await createTask()
    const first = (await drawTask(task.id)).current!
    await lockAndMatch(task.id)
    const commitment = await s.call('draw:commit', settings(task.id))
    const noReason = await s.fail('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }] })
    expect(noReason).toMatchObject({ code: 'VALIDATION', field: 'redrawReason' })
    expect(noReason.message).toContain('名单已锁定：重新摇号须写明理由')
    const sql = s.host.deps.store.sqlite
    expect(sql.prepare('SELECT count(*) AS n FROM inspection_groups WHERE task_id = ?').get(task.id)).toEqual({ n: 2 })
    const after = await s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '李见证' }], redrawReason: '见证人未到场，经联席办同意重新摇号' })
    expect(after).toMatchObject({ status: '已抽取对象', lockedAt: null })
    expect(after.current).toMatchObject({ supersedesDrawId: first.id, redrawReason: '见证人未到场，经联席办同意重新摇号' })
    expect(after.current!.targets.every((t) => t.group.length === 0)).toBe(true)
    expect(sql.prepare('SELECT count(*) AS n FROM inspection_groups WHERE task_id = ?').get(task.id)).toEqual({ n: 0 })
    const targetDraws = after.history.filter((d) => d.kind === '对象')
    expect(targetDraws.map((d) => [d.id, d.supersededByDrawId])).toEqual([
      [after.current!.id, null],
      [first.id, after.current!.id]
    ])
    expect(targetDraws[1].targets.map((t) => t.identifier)).toEqual(first.targets.map((t) => t.identifier))
    // The inspector draw of the first list stays in the history too.
    expect(after.history.filter((d) => d.purpose === 'inspectors')).toHaveLength(1)
    expect(() => sql.prepare("UPDATE draws SET redraw_reason = 'x' WHERE id = ?").run(first.id)).toThrow('摇号记录只能追加')
    expect(() => sql.prepare('DELETE FROM draws WHERE id = ?').run(first.id)).toThrow('摇号记录只能追加')
    expect((sql.prepare('SELECT count(*) AS n FROM task_targets WHERE task_id = ?').get(task.id) as { n: number }).n).toBe(after.current!.targets.length)
    // The new list must be locked again before inspectors are drawn.
    expect((await s.fail('draw:commitInspectors', { taskId: task.id })).message).toContain('确认锁定并下发')
    await lockAndMatch(task.id)
    // Each drawn target has one visit, its group goes there, and the first draw's visits are gone.
    expect(
      sql
        .prepare(
          `SELECT count(DISTINCT tt.visit_id) AS visits, count(g.id) AS groups, (SELECT count(*) FROM visits) AS allVisits
             FROM task_targets tt JOIN inspection_groups g ON g.visit_id = tt.visit_id AND g.target_id = tt.target_id WHERE tt.task_id = ?`
        )
        .get(task.id)
    ).toEqual({ visits: after.current!.targets.length, groups: after.current!.targets.length, allVisits: after.current!.targets.length })
  })

  it('refuses a re-draw once a notice of the task is 有效, and allows it again when that notice is voided', async () => {
    addTargets(s, [...Array(6)].map(() => ({ risk: 'B' })))
    const task = await createTask()
    await drawAll(task.id)
    const sql = s.host.deps.store.sqlite
    const notice = sql
      .prepare("INSERT INTO notices (year, seq, number_text, task_id, status, issued_at) VALUES (2026, 1, '部门联合双随机抽检字【2026】第1号', ?, '有效', 'now')")
      .run(task.id).lastInsertRowid
    const refused = await s.fail('draw:commit', settings(task.id))
    expect(refused).toMatchObject({ code: 'CONFLICT' })
    expect(refused.message).toContain('已开具 1 份有效的行政检查通知书')
    sql.prepare("UPDATE notices SET status = '作废', void_reason = '重新摇号' WHERE id = ?").run(notice)
    const redrawn = await drawTask(task.id, {}, { redrawReason: '通知书已作废，经联席办同意重新摇号' })
    expect(redrawn.status).toBe('已抽取对象')
  })

  it('matches one group for a visit two tasks share, with members from the departments of both and the qualifications of both tasks’ items', async () => {
    const sql = s.host.deps.store.sqlite
    const tax = Number(sql.prepare("INSERT INTO departments (name, short_name, created_at, updated_at) VALUES ('县税务局', '税务', 'now', 'now')").run().lastInsertRowid)
    const taxItem = Number(
      sql
        .prepare("INSERT INTO checklist_items (code, department_id, name, category, qualification, valid_from, created_at, updated_at) VALUES ('SW-001', ?, '发票使用情况检查', '一般', '税务稽查', '2026-01-01', 'now', 'now')")
        .run(tax).lastInsertRowid
    )
    for (let n = 1; n <= 3; n++) {
      sql
        .prepare("INSERT INTO inspectors (department_id, name, cert_no, kind, qualifications, status, phone, created_at, updated_at) VALUES (?, ?, ?, '执法人员', '[\"税务稽查\"]', '在岗', '0533-1234567', 'now', 'now')")
        .run(tax, `税务${n}`, `SW${n}`)
    }
    addTargets(s, [...Array(3)].map(() => ({ risk: 'B' })))
    // Task A: market + emergency, drawn; task B: tax alone, its list made directly in SQL on A's first visit.
    const a = await createTask({ periodStart: '2026-04-01', periodEnd: '2026-04-30' })
    const b = await createTask({ name: '发票使用联合抽查', leadDepartmentId: tax, participatingDepartmentIds: [], checklistItemIds: [taxItem], periodStart: '2026-04-01', periodEnd: '2026-04-30' })
    const drawn = (await drawTask(a.id, { classes: [{ name: '全部对象', mode: 'count', count: 3 }] })).current!
    const shared = sql.prepare('SELECT target_id AS targetId, visit_id AS visitId FROM task_targets WHERE task_id = ? ORDER BY id LIMIT 1').get(a.id) as { targetId: number; visitId: number }
    sql.prepare('INSERT INTO task_targets (task_id, target_id, visit_id) VALUES (?, ?, ?)').run(b.id, shared.targetId, shared.visitId)
    // 8c's 不再检查: a target that is no longer checked gets no group.
    const gone = drawn.targets.find((t) => t.targetId !== shared.targetId)!
    sql.prepare("UPDATE task_targets SET outcome = '已注销吊销' WHERE task_id = ? AND target_id = ?").run(a.id, gone.targetId)
    const matched = await lockAndMatch(a.id)
    expect(matched).toMatchObject({ status: '已匹配人员', visitsWithoutGroup: 0 })
    const groups = sql.prepare('SELECT id, visit_id AS visitId FROM inspection_groups WHERE task_id = ?').all(a.id) as { id: number; visitId: number }[]
    expect(groups).toHaveLength(2)
    const sharedGroup = groups.find((g) => g.visitId === shared.visitId)!
    const members = sql
      .prepare('SELECT d.name AS department, gm.role, i.qualifications FROM group_members gm JOIN departments d ON d.id = gm.department_id JOIN inspectors i ON i.id = gm.inspector_id WHERE gm.group_id = ? ORDER BY gm.seat')
      .all(sharedGroup.id) as { department: string; role: string; qualifications: string }[]
    expect(members.map((m) => [m.role, m.department])).toEqual([
      ['组长', '县市场监督管理局'],
      ['组员', '县应急管理局'],
      ['组员', '县税务局']
    ])
    expect(members[2].qualifications).toContain('税务稽查')
    const current = matched.current!
    expect(current.targets.find((t) => t.targetId === shared.targetId)!.group).toHaveLength(3)
    expect(current.targets.find((t) => t.targetId === gone.targetId)).toMatchObject({ outcome: '已注销吊销', group: [] })
    // Task B sees the same group on the shared visit and has nothing left to match.
    const seenByB = await s.call('draw:taskDraws', { taskId: b.id })
    expect(seenByB.visitsWithoutGroup).toBe(0)
    // The inspector proof records the union of departments on that visit, and verifies.
    const proof = JSON.parse(Buffer.from((await s.call('draw:exportProof', { drawId: matched.history[0].id })).base64, 'base64').toString('utf8'))
    expect(proof.format).toBe('spotcheck-desk/inspector-draw-proof')
    const visit = proof.inspectorDraw.visits.find((v: { departmentIds?: string[] }) => v.departmentIds)
    expect(visit.departmentIds).toEqual([String(f.emergency), String(tax)].sort())
    expect(visit.qualifications[String(tax)]).toEqual(['税务稽查'])
    // Task B may replace the tax member of the shared group, by the same verifiable method.
    const taxSeat = sql
      .prepare("SELECT gm.id FROM group_members gm JOIN departments d ON d.id = gm.department_id WHERE gm.group_id = ? AND d.name = '县税务局'")
      .get(sharedGroup.id) as { id: number }
    const replacement = await s.call('draw:commitReplacement', { taskId: b.id })
    await s.call('draw:replaceInspector', { commitmentId: replacement.id, groupMemberId: taxSeat.id, reasonKind: '工作冲突' })
    const now = sql
      .prepare("SELECT i.name FROM group_members gm JOIN inspectors i ON i.id = gm.inspector_id WHERE gm.group_id = ? AND gm.replaced_by IS NULL AND gm.department_id = ?")
      .all(sharedGroup.id, tax) as { name: string }[]
    expect(now).toHaveLength(1)
    expect(now[0].name).toMatch(/^税务\d$/)
  })

  it('starts a task from a plan item with the item’s scope and ratios, and a 临时 task from the whole directory', async () => {
    const sql = s.host.deps.store.sqlite
    const plan = sql.prepare("INSERT INTO plans (year, title, created_at, updated_at) VALUES (2026, '2026年度计划', 'now', 'now')").run().lastInsertRowid
    const item = sql
      .prepare(
        `INSERT INTO plan_items (plan_id, name, lead_department_id, participating_department_ids, checklist_item_ids, target_scope, ratios)
         VALUES (?, '青城镇危化品经营单位抽查', ?, ?, ?, ?, ?)`
      )
      .run(plan, f.market, JSON.stringify([f.emergency]), JSON.stringify([f.items.chem]), JSON.stringify({ town: '青城镇', kind: '企业' }), JSON.stringify({ A: 2, B: 3, C: 8, D: 10 })).lastInsertRowid
    const task = await createTask()
    expect(await s.call('draw:defaults', { taskId: task.id })).toEqual({ planItemName: null, classes: [{ name: '全部对象', mode: 'ratio', ratios: { A: 3, B: 4, C: 5, D: 6 } }] })
    sql.prepare('UPDATE tasks SET plan_item_id = ? WHERE id = ?').run(item, task.id)
    const defaults = await s.call('draw:defaults', { taskId: task.id })
    expect(defaults).toEqual({
      planItemName: '青城镇危化品经营单位抽查',
      classes: [{ name: '青城镇危化品经营单位抽查', filter: { town: '青城镇', kind: '企业' }, mode: 'ratio', ratios: { A: 2, B: 3, C: 8, D: 10 } }]
    })
    // The prefilled settings preview as they are.
    addTargets(s, [...Array(4)].map(() => ({ risk: 'C', town: '青城镇' })))
    addTargets(s, [...Array(3)].map(() => ({ risk: 'C', town: '城关街道' })))
    const preview = await s.call('draw:preview', { taskId: task.id, classes: defaults.classes })
    expect(preview.classes[0]).toMatchObject({ matched: 4, count: 1 })
    sql.prepare('UPDATE plan_items SET fixed_count = 2 WHERE id = ?').run(item)
    expect((await s.call('draw:defaults', { taskId: task.id })).classes[0]).toMatchObject({ mode: 'count', count: 2 })
  })

  it('draws classes one by one and merges them, a target matching both drawn in the first only', async () => {
    addTargets(s, [...Array(6)].map(() => ({ risk: 'B', town: '青城镇' })))
    addTargets(s, [...Array(4)].map(() => ({ risk: 'B', town: '城关街道' })))
    const task = await createTask()
    const preview = await s.call('draw:preview', {
      taskId: task.id,
      classes: [
        { name: '青城镇对象', filter: { town: '青城镇' }, mode: 'count', count: 2 },
        { name: '全县对象', mode: 'count', count: 3 }
      ]
    })
    expect(preview.classes.map((c) => [c.name, c.matched, c.inEarlierClass, c.eligible, c.count])).toEqual([
      ['青城镇对象', 6, 0, 6, 2],
      ['全县对象', 10, 6, 4, 3]
    ])
    expect(preview).toMatchObject({ poolSize: 10, toDraw: 5 })
    const tooMany = await s.fail('draw:preview', { taskId: task.id, classes: [{ name: '青城镇对象', filter: { town: '青城镇' }, mode: 'count', count: 7 }] })
    expect(tooMany).toMatchObject({ field: 'classes.0.count' })
  })

  it('draws a directed pool from a special directory, a responsible department or the 经营异常 list only', async () => {
    const sql = s.host.deps.store.sqlite
    const restaurants = addTargets(s, [...Array(5)].map(() => ({ risk: 'B' })))
    const chemicalShops = addTargets(s, [...Array(3)].map(() => ({ risk: 'C' })))
    addTargets(s, [...Array(2)].map(() => ({ risk: 'B', abnormal: true })))
    const directory = Number(
      sql
        .prepare("INSERT INTO special_directories (name, department_id, criteria, created_at, updated_at) VALUES ('餐饮服务单位', ?, '持有食品经营许可证', 'now', 'now')")
        .run(f.market).lastInsertRowid
    )
    for (const id of restaurants) sql.prepare("INSERT INTO special_directory_members (directory_id, target_id, added_at) VALUES (?, ?, 'now')").run(directory, id)
    for (const id of chemicalShops) sql.prepare('INSERT INTO target_departments (target_id, department_id) VALUES (?, ?)').run(id, f.emergency)
    const task = await createTask()
    const matched = async (filter: Record<string, unknown>) =>
      (await s.call('draw:preview', { taskId: task.id, classes: [{ name: '定向', filter, mode: 'count', count: 1 }] })).classes[0].matched
    expect(await matched({ specialDirectoryId: directory })).toBe(5)
    expect(await matched({ departmentId: f.emergency })).toBe(3)
    expect(await matched({ abnormal: true })).toBe(2)
    expect(await matched({})).toBe(10)
    // 企业规模: a directed pool of the small firms only.
    sql.prepare("UPDATE targets SET scale = '小型' WHERE id IN (?, ?)").run(restaurants[0], chemicalShops[0])
    expect(await matched({ scale: '小型' })).toBe(2)
    expect((await s.fail('draw:preview', { taskId: task.id, classes: [{ name: '定向', filter: { scale: '特大型' }, mode: 'count', count: 1 }] })).message).toContain('企业规模只能是')
  })

  it('flags targets another task visits in the same period for one merged visit (进一次门、查多项事)', async () => {
    addTargets(s, [...Array(4)].map(() => ({ risk: 'B' })))
    const first = await createTask({ name: '先行任务', periodStart: '2026-04-01', periodEnd: '2026-04-30' })
    await drawTask(first.id, { classes: [{ name: '全部对象', mode: 'count', count: 4 }] })
    const overlapping = await createTask({ name: '同期任务', periodStart: '2026-04-15', periodEnd: '2026-05-15' })
    const later = await createTask({ name: '下半年任务', periodStart: '2026-09-01', periodEnd: '2026-09-30' })
    const all = { classes: [{ name: '全部对象', mode: 'count' as const, count: 2 }] }
    expect((await s.call('draw:preview', settings(overlapping.id, all))).mergeCandidates).toBe(4)
    expect((await s.call('draw:preview', settings(later.id, all))).mergeCandidates).toBe(0)
    const drawn = (await drawTask(overlapping.id, all)).current!
    expect(drawn.targets.map((t) => t.mergeWithTaskCodes)).toEqual([[first.code], [first.code]])
  })

  it('replaces an inspector for a listed reason by a verifiable draw, keeping the original in history', async () => {
    addTargets(s, [...Array(5)].map(() => ({ risk: 'B' })))
    const task = await createTask()
    expect((await s.fail('draw:commitReplacement', { taskId: task.id })).message).toContain('还没有匹配检查人员')
    const drawn = (await drawAll(task.id)).current!
    const member = drawn.targets[0].group[1]
    const commitment = await s.call('draw:commitReplacement', { taskId: task.id })
    const other = await s.fail('draw:replaceInspector', { commitmentId: commitment.id, groupMemberId: member.id, reasonKind: '其他' })
    expect(other).toMatchObject({ field: 'reasonText' })
    const after = await s.call('draw:replaceInspector', { commitmentId: commitment.id, groupMemberId: member.id, reasonKind: '身体健康', entropy: '07' })
    const group = after.current!.targets[0].group
    expect(group).toHaveLength(3)
    const replaced = group.find((m) => m.id === member.id)!
    expect(replaced.replacementReason).toBe('身体健康')
    const newcomer = group.find((m) => m.name === replaced.replacedByName)!
    expect(newcomer).toMatchObject({ role: '组员', departmentName: '县应急管理局' })
    expect(group.filter((m) => m.replacedByName === null).map((m) => m.name)).not.toContain(member.name)
    const record = after.history.find((d) => d.purpose === 'replacement')!
    expect(record.replacement).toMatchObject({ replacedName: member.name, replacementName: newcomer.name, reason: '身体健康' })
  })

  describe('exports', () => {
    let dir: string
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'spotcheck-draw-export-'))
    })
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('exports a target proof and an inspector proof that spotcheck verify passes, each failing once the pool, the result or the secret is changed', async () => {
      addTargets(s, [...Array(30)].map((_, i) => ({ risk: ['A', 'B', 'C', 'D'][i % 4] })))
      const task = await createTask()
      const drawn = (await drawTask(task.id)).current!
      const matched = await lockAndMatch(task.id)
      const file = await s.call('draw:exportProof', { drawId: drawn.id })
      expect(file.fileName).toBe('LHCC-2026-001摇号证明（第1号）.json')
      const bundle = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'))
      expect(bundle).toMatchObject({ format: 'spotcheck-desk/draw-proof-bundle', version: 2 })
      expect(bundle.inspectorDraw).toBeUndefined()
      expect(bundle.proofs.flatMap((p: { selected: string[] }) => p.selected).sort()).toEqual(drawn.targets.map((t) => t.identifier).sort())
      const check = (name: string, value: unknown) => {
        writeFileSync(join(dir, name), JSON.stringify(value))
        return runCli(['verify', join(dir, name)])
      }
      const good = check('good.json', bundle)
      expect(good.stdout.trim()).toBe('通过')
      expect(good.code).toBe(0)

      const pool = structuredClone(bundle)
      pool.proofs[0].pool[0] = '91370322MA9999999X'
      expect(check('pool.json', pool)).toMatchObject({ code: 1, stdout: expect.stringContaining('号池不符') })
      const result = structuredClone(bundle)
      const [first] = result.proofs
      first.selected[0] = first.pool.find((id: string) => !first.selected.includes(id))
      expect(check('result.json', result)).toMatchObject({ code: 1, stdout: expect.stringContaining('结果不符') })
      const secret = structuredClone(bundle)
      secret.secret = secret.proofs[0].secret = 'ff'.repeat(32)
      expect(check('secret.json', secret)).toMatchObject({ code: 1, stdout: expect.stringContaining('承诺值不符') })

      const inspectorDraw = matched.history.find((d) => d.purpose === 'inspectors')!
      const inspectorFile = await s.call('draw:exportProof', { drawId: inspectorDraw.id })
      expect(inspectorFile.fileName).toBe(`LHCC-2026-001人员摇号证明（第${inspectorDraw.id}号）.json`)
      const inspectors = JSON.parse(Buffer.from(inspectorFile.base64, 'base64').toString('utf8'))
      expect(inspectors).toMatchObject({ format: 'spotcheck-desk/inspector-draw-proof', version: 1, commitment: inspectorDraw.commitment, targetDraw: { commitment: drawn.commitment, poolHash: drawn.poolHash } })
      expect(check('inspectors.json', inspectors)).toMatchObject({ code: 0, stdout: '通过\n' })
      const groups = structuredClone(inspectors)
      groups.inspectorDraw.groups[0].members.reverse()
      expect(check('groups.json', groups)).toMatchObject({ code: 1, stdout: expect.stringContaining('检查组与记录不一致') })
      const staff = structuredClone(inspectors)
      staff.inspectorDraw.inspectors.pop()
      expect(check('staff.json', staff)).toMatchObject({ code: 1, stdout: expect.stringContaining('号池不符') })
      const inspectorSecret = structuredClone(inspectors)
      inspectorSecret.secret = 'ee'.repeat(32)
      expect(check('inspector-secret.json', inspectorSecret)).toMatchObject({ code: 1, stdout: expect.stringContaining('承诺值不符') })
    })

    it('writes the 抽查任务公告 after the lock: names and codes of the drawn targets and the draw’s proof, no legal representative or phone', async () => {
      const ids = addTargets(s, [...Array(5)].map(() => ({ risk: 'B', town: '青城镇' })))
      const sql = s.host.deps.store.sqlite
      for (const id of ids) sql.prepare("UPDATE targets SET legal_rep = '张法人', phone = '13905330000', address = '青城镇幸福路88号' WHERE id = ?").run(id)
      const task = await createTask()
      const drawn = (await drawTask(task.id, { classes: [{ name: '全部对象', mode: 'count', count: 3 }] })).current!
      const early = await s.fail('draw:exportAnnouncement', { taskId: task.id })
      expect(early.message).toContain('请先在摇号页面“确认锁定并下发”')
      await s.call('draw:lock', { taskId: task.id })
      const file = await s.call('draw:exportAnnouncement', { taskId: task.id })
      expect(file.fileName).toBe('LHCC-2026-001抽查任务公告.docx')
      const xml = docxXml(Buffer.from(file.base64, 'base64')).part('word/document.xml')
      for (const target of drawn.targets) {
        expect(xml).toContain(target.name)
        expect(xml).toContain(target.identifier)
      }
      for (const text of ['联合抽查任务公告', 'LHCC-2026-001', '县市场监督管理局', '县应急管理局', '危险化学品经营许可条件检查', '2026年3月10日至2026年4月30日', '青城镇', 'spotcheck verify']) {
        expect(xml).toContain(text)
      }
      for (const hex of [drawn.commitment, drawn.poolHash, drawn.secret]) {
        expect(xml).toContain(hex.slice(0, 32))
        expect(xml).toContain(hex.slice(32))
      }
      for (const personal of ['张法人', '13905330000', '幸福路', '法定代表人', '电话']) expect(xml).not.toContain(personal)
      expect(sql.prepare("SELECT kind FROM issued_documents WHERE kind = 'taskAnnouncement'").all()).toHaveLength(1)
      if (process.env.ANNOUNCEMENT_OUT) writeFileSync(process.env.ANNOUNCEMENT_OUT, Buffer.from(file.base64, 'base64'))
      // 文书措辞 (issue 9 §5): the office's own closing paragraph goes into the next 公告.
      const closing = '对抽查结果有异议的，可于公告之日起5个工作日内向联席会议办公室反映，电话0533-6966123。'
      const wording = (await s.call('templates:list')).find((t) => t.kind === 'taskAnnouncement')!
      await s.call('templates:update', { kind: 'taskAnnouncement', values: { ...Object.fromEntries(wording.fields.map((f) => [f.key, f.value])), closing } })
      const adjusted = docxXml(Buffer.from((await s.call('draw:exportAnnouncement', { taskId: task.id })).base64, 'base64')).part('word/document.xml')
      expect(adjusted).toContain(closing)
      expect(adjusted).not.toContain('检查人员将另行随机匹配')
      expect(adjusted).toContain('根据“双随机、一公开”监管工作要求，')
      await s.call('templates:reset', { kind: 'taskAnnouncement' })

      // 检查组名单: internal, with phones, only once groups exist.
      expect((await s.fail('draw:exportGroups', { taskId: task.id })).message).toContain('还没有匹配检查人员')
      sql.prepare("UPDATE inspectors SET phone = '0533-6961234'").run()
      await lockAndMatchAfterLock(task.id)
      const groups = await s.call('draw:exportGroups', { taskId: task.id })
      const groupsXml = docxXml(Buffer.from(groups.base64, 'base64')).part('word/document.xml')
      for (const text of ['检查组名单', '第1组', '组长', '县应急管理局', '0533-6961234', '执法证号', `Z${f.market}000`]) expect(groupsXml).toContain(text)
      if (process.env.GROUPS_OUT) writeFileSync(process.env.GROUPS_OUT, Buffer.from(groups.base64, 'base64'))

      // The same two documents from the command line (issue 8 §7).
      for (const [kind, label] of [['task-announcement', '抽查任务公告'], ['groups', '检查组名单']]) {
        const out = join(dir, `${kind}.docx`)
        const run = runCli(['doc', kind, '--task', String(task.id), '--out', out, '--db', s.dbPath])
        expect(run.code, run.stderr).toBe(0)
        expect(run.stdout).toContain(`已生成${label}`)
        expect(docxXml(readFileSync(out)).part('word/document.xml')).toContain(drawn.targets[0].name)
      }
      const missing = runCli(['doc', 'groups', '--out', join(dir, 'x.docx'), '--db', s.dbPath])
      expect(missing.code).toBe(2)
      expect(missing.stderr + missing.stdout).toContain('请用 --task 指定任务记录号')
    })

    it('writes the 摇号记录 and the result list of both draws, each entered in the document register', async () => {
      addTargets(s, [...Array(8)].map(() => ({ risk: 'B' })))
      const task = await createTask()
      await drawTask(task.id)
      const all = await lockAndMatch(task.id)
      const drawn = all.current!
      const inspectorDraw = all.history.find((d) => d.purpose === 'inspectors')!
      const inspectorRecord = await s.call('draw:exportRecord', { drawId: inspectorDraw.id })
      expect(inspectorRecord.fileName).toMatch(/人员摇号记录.*\.docx$/)
      const inspectorXml = docxXml(Buffer.from(inspectorRecord.base64, 'base64')).part('word/document.xml')
      expect(inspectorXml).toContain('联合抽查检查人员摇号记录')
      expect(inspectorXml).toContain('11 名执法检查人员')
      expect(inspectorXml).toContain(inspectorDraw.commitment.slice(0, 32))
      if (process.env.INSPECTOR_RECORD_OUT) writeFileSync(process.env.INSPECTOR_RECORD_OUT, Buffer.from(inspectorRecord.base64, 'base64'))
      const inspectorResults = await s.call('draw:exportResults', { drawId: inspectorDraw.id })
      expect(inspectorResults.fileName).toMatch(/检查组匹配结果.*\.xlsx$/)
      const record = await s.call('draw:exportRecord', { drawId: drawn.id })
      expect(record.fileName).toMatch(/摇号记录.*\.docx$/)
      const results = await s.call('draw:exportResults', { drawId: drawn.id })
      expect(results.fileName).toMatch(/\.xlsx$/)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(Buffer.from(results.base64, 'base64') as unknown as ArrayBuffer)
      const sheet = workbook.getWorksheet('抽取结果')!
      expect(sheet.getRow(2).values).toContain('统一社会信用代码/标识')
      expect(sheet.rowCount).toBe(2 + drawn.targets.length)
      expect(sheet.getRow(3).getCell(3).value).toBe(drawn.targets[0].identifier)
      expect(String(sheet.getRow(3).getCell(7).value)).toContain('县市场监督管理局')
      const registered = s.host.deps.store.sqlite.prepare('SELECT kind FROM issued_documents ORDER BY id').all()
      expect(registered).toEqual([{ kind: 'drawRecord' }, { kind: 'drawResults' }, { kind: 'drawRecord' }, { kind: 'drawResults' }])
      writeFileSync(process.env.DRAW_RECORD_OUT ?? join(dir, 'record.docx'), Buffer.from(record.base64, 'base64'))
    })
  })
})
