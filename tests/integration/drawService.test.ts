import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DrawSettingsInput } from '../../src-shared/domain/drawSession'
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

  it('draws targets and inspection groups: a leader from the lead department, a member from each participating one, load balanced', async () => {
    addTargets(s, [...Array(40)].map((_, i) => ({ risk: i % 2 ? 'B' : 'C' })))
    const task = await createTask()
    const commitment = await s.call('draw:commit', settings(task.id))
    expect(commitment.commitment).toMatch(/^[0-9a-f]{64}$/)
    expect(await s.call('draw:taskDraws', { taskId: task.id })).toMatchObject({ current: null, pendingCommitment: { id: commitment.id } })
    const result = await s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }], entropy: ' 3 17 22 41 ' })
    const current = result.current!
    expect(current.targets).toHaveLength(4 + 10) // 20% of 20 B, 50% of 20 C
    expect(current).toMatchObject({ commitment: commitment.commitment, entropy: '3 17 22 41', witnesses: [{ name: '王见证', unit: '' }], supersedesDrawId: null })
    expect(current.secret).toMatch(/^[0-9a-f]{64}$/)
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
    // The commitment is spent.
    expect(await s.fail('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }] })).toMatchObject({ code: 'CONFLICT' })
  })

  it('names the department and its shortfall before drawing, and stores nothing', async () => {
    s.close()
    s = openTempServices({ randomBytes: fixedRandom })
    f = seed(s, { emergencyInspectors: 0 })
    addTargets(s, [{}, {}])
    const task = await createTask()
    const preview = await s.call('draw:preview', settings(task.id))
    expect(preview.shortfalls).toHaveLength(1)
    expect(preview.shortfalls[0]).toMatch(/^县应急管理局人员不足：每个检查组需要 1 名在岗且具备“危化品执法”资质的执法人员.*缺 1 名/)
    const error = await s.fail('draw:commit', settings(task.id))
    expect(error.message).toContain('县应急管理局人员不足')
    expect(s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM draw_commitments').get()).toEqual({ n: 0 })
  })

  it('keeps a superseded draw untouched: a re-draw needs a reason and points at the draw it replaces', async () => {
    addTargets(s, [...Array(10)].map(() => ({ risk: 'B' })))
    const task = await createTask()
    const first = (await drawTask(task.id)).current!
    const commitment = await s.call('draw:commit', settings(task.id))
    const noReason = await s.fail('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证' }] })
    expect(noReason).toMatchObject({ code: 'VALIDATION', field: 'redrawReason' })
    const after = await s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '李见证' }], redrawReason: '见证人未到场，经联席办同意重新摇号' })
    expect(after.current).toMatchObject({ supersedesDrawId: first.id, redrawReason: '见证人未到场，经联席办同意重新摇号' })
    expect(after.history.map((d) => [d.id, d.supersededByDrawId])).toEqual([
      [after.current!.id, null],
      [first.id, after.current!.id]
    ])
    expect(after.history[1].targets.map((t) => t.identifier)).toEqual(first.targets.map((t) => t.identifier))
    const sql = s.host.deps.store.sqlite
    expect(() => sql.prepare("UPDATE draws SET redraw_reason = 'x' WHERE id = ?").run(first.id)).toThrow('摇号记录只能追加')
    expect(() => sql.prepare('DELETE FROM draws WHERE id = ?').run(first.id)).toThrow('摇号记录只能追加')
    expect((sql.prepare('SELECT count(*) AS n FROM task_targets WHERE task_id = ?').get(task.id) as { n: number }).n).toBe(after.current!.targets.length)
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
    const drawn = (await drawTask(task.id)).current!
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
    const record = after.history.find((d) => d.kind === '人员')!
    expect(record.replacement).toMatchObject({ replacedName: member.name, replacementName: newcomer.name, reason: '身体健康' })
  })

  describe('exports', () => {
    let dir: string
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'spotcheck-draw-export-'))
    })
    afterEach(() => rmSync(dir, { recursive: true, force: true }))

    it('exports a proof that spotcheck verify passes, and fails once the pool, the result or the secret is changed', async () => {
      addTargets(s, [...Array(30)].map((_, i) => ({ risk: ['A', 'B', 'C', 'D'][i % 4] })))
      const task = await createTask()
      const drawn = (await drawTask(task.id)).current!
      const file = await s.call('draw:exportProof', { drawId: drawn.id })
      expect(file.fileName).toBe('LHCC-2026-001摇号证明（第1号）.json')
      const bundle = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8'))
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
      const groups = structuredClone(bundle)
      groups.inspectorDraw.groups[0].members.reverse()
      expect(check('groups.json', groups)).toMatchObject({ code: 1, stdout: expect.stringContaining('检查组与记录不一致') })
    })

    it('writes the 摇号记录 and the result list, both entered in the document register', async () => {
      addTargets(s, [...Array(8)].map(() => ({ risk: 'B' })))
      const task = await createTask()
      const drawn = (await drawTask(task.id)).current!
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
      expect(registered).toEqual([{ kind: 'drawRecord' }, { kind: 'drawResults' }])
      writeFileSync(process.env.DRAW_RECORD_OUT ?? join(dir, 'record.docx'), Buffer.from(record.base64, 'base64'))
    })
  })
})
