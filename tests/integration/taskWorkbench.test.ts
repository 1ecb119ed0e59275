import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TaskFormOptionsDto, TaskPlanItemOptionDto } from '../../src-shared/domain/tasks'
import { weekdaysBetween } from '../../src-shared/domain/weekdaysBetween'
import { docxXml, runs } from '../support/docxXml'
import { runCli } from '../support/runCli'
import { openTempServices, type TempServices } from '../support/tempServices'

/** Fixed secret bytes, so a draw in a test is the same every run. */
const fixedRandom = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) & 0xff)
const count = (s: TempServices, sql: string) => (s.host.deps.store.sqlite.prepare(sql).get() as { n: number }).n

let s: TempServices
let options: TaskFormOptionsDto
let food: TaskPlanItemOptionDto
/** The demo county's own tasks (issue 8 §8), left out where a test counts the tasks it made. */
let demoTaskIds: Set<number>
const unitId = (s: TempServices, part: string) => (s.host.deps.store.sqlite.prepare('SELECT id FROM departments WHERE name LIKE ?').get(`%${part}%`) as { id: number }).id

beforeAll(async () => {
  s = openTempServices({ seedDemo: true, randomBytes: fixedRandom })
  options = await s.call('tasks:formOptions')
  food = options.planItems.find((i) => i.name === '餐饮服务单位食品安全和消防安全联合检查')!
  demoTaskIds = new Set((await s.call('tasks:list')).map((t) => t.id))
})
afterAll(() => s.close())

const fromPlanItem = (item: TaskPlanItemOptionDto, overrides: Record<string, unknown> = {}) =>
  s.call('tasks:create', {
    planItemId: item.id,
    name: item.name,
    leadDepartmentId: item.leadDepartmentId,
    participatingDepartmentIds: item.participatingDepartmentIds,
    checklistItemIds: item.checklistItemIds,
    periodStart: item.periodStart,
    periodEnd: item.periodEnd,
    ...overrides
  })

async function drawTargets(taskId: number, n: number) {
  const settings = { taskId, classes: [{ name: '餐饮服务单位', filter: { kind: '企业' as const }, mode: 'count' as const, count: n }] }
  const commitment = await s.call('draw:commit', settings)
  return s.call('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '3 17 22 41' })
}

/** 确认锁定并下发, then the inspector draw (issue 8 §3): every visit gets its group. */
async function lockAndMatch(taskId: number) {
  await s.call('draw:lock', { taskId })
  const commitment = await s.call('draw:commitInspectors', { taskId })
  return s.call('draw:runInspectors', { commitmentId: commitment.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '5 9 13' })
}

describe('tasks from the annual plan or ad hoc (issue 8 §1)', () => {
  it('offers the published plan’s items prefilled with the checklist versions in force, and leaves out cancelled items', async () => {
    expect(food).toMatchObject({ year: 2026, leadDepartmentId: unitId(s, '市场监督'), periodStart: '2026-03-01', periodEnd: '2026-05-31', category: '重点', method: '实地核查' })
    expect(food.participatingDepartmentIds).toEqual([unitId(s, '消防救援')])
    const current = new Map(options.checklistItems.map((c) => [c.id, c.code]))
    expect(food.checklistItemIds.map((id) => current.get(id))).toEqual(['SCJG-002', 'XFJY-001'])
    expect(food.ratioText).toBe('A类5%、B类8%、C类12%、D类15%')
    expect(options.planItems.some((i) => i.name === '道路运输和机动车维修经营者检查')).toBe(false)
    // Only published or filed plans: next year's draft offers nothing.
    expect(options.planItems.every((i) => i.year === 2026)).toBe(true)
  })

  it('creates a task from a plan item, linked to it and not ad hoc', async () => {
    const task = await fromPlanItem(food)
    expect(task).toMatchObject({ planItemId: food.id, planItemName: food.name, adHoc: false, adHocReason: '', status: '草拟', editable: true })
    // The demo county's four tasks hold LHCC-2026-001 to 004; numbering continues after them.
    expect(task.code).toBe(`LHCC-2026-${String(demoTaskIds.size + 1).padStart(3, '0')}`)
    expect(task.participatingDepartmentNames).toEqual(['示范县消防救援大队'])
    expect(task.checklistItems.map((c) => c.code)).toEqual(['SCJG-002', 'XFJY-001'])
    // The demo county's joint catering task came from the same item.
    expect((await s.call('tasks:formOptions')).planItems.find((i) => i.id === food.id)!.taskCount).toBe(2)
  })

  it('requires the reason of a 临时抽查 and saves nothing without it', async () => {
    const before = count(s, 'SELECT count(*) AS n FROM tasks')
    const input = { name: '群众投诉集中的小餐饮专项检查', leadDepartmentId: unitId(s, '市场监督'), checklistItemIds: [food.checklistItemIds[0]], periodStart: '2026-04-01', periodEnd: '2026-04-30' }
    const error = await s.fail('tasks:create', input)
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'adHocReason' })
    expect(error.message).toContain('临时抽查须写明来由')
    expect(count(s, 'SELECT count(*) AS n FROM tasks')).toBe(before)
    const task = await s.call('tasks:create', { ...input, adHocReason: '县政府交办：近期小餐饮投诉集中' })
    expect(task).toMatchObject({ adHoc: true, planItemId: null, adHocReason: '县政府交办：近期小餐饮投诉集中' })
  })

  it('refuses a plan item the plan cancelled', async () => {
    const plan = await s.call('plans:get', { year: 2026 })
    const cancelled = plan.planItems.find((i) => i.cancelled)!
    const error = await s.fail('tasks:create', { ...(await s.call('tasks:formOptions')).planItems[0], planItemId: cancelled.id })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'planItemId' })
  })

  it('filters the list by year, a department leading or taking part, status and plan item', async () => {
    const fire = unitId(s, '消防救援')
    const nextYear = await s.call('tasks:create', {
      name: '下年度临时任务',
      leadDepartmentId: fire,
      checklistItemIds: [food.checklistItemIds[1]],
      periodStart: '2027-01-10',
      periodEnd: '2027-01-20',
      adHocReason: '上级交办'
    })
    const names = async (filter: Record<string, unknown>) => (await s.call('tasks:list', filter)).filter((t) => !demoTaskIds.has(t.id)).map((t) => t.name)
    expect(await names({ year: 2027 })).toEqual([nextYear.name])
    expect(await names({ departmentId: fire })).toEqual(['下年度临时任务', food.name])
    expect(await names({ planItemId: food.id })).toEqual([food.name])
    expect(await names({ status: '已匹配人员' })).toEqual([])
    expect((await s.call('tasks:list')).length).toBe(demoTaskIds.size + 3)
  })

  it('lets the header change in 草拟 and refuses it once targets are drawn', async () => {
    const task = await fromPlanItem(food, { name: '餐饮服务单位联合检查（第二批）' })
    const update = { id: task.id, name: '餐饮服务单位联合检查（第二批，调整）', leadDepartmentId: task.leadDepartmentId, participatingDepartmentIds: task.participatingDepartmentIds, checklistItemIds: task.checklistItems.map((c) => c.id), periodStart: '2026-04-01', periodEnd: '2026-04-30' }
    expect(await s.call('tasks:update', update)).toMatchObject({ name: update.name, periodStart: '2026-04-01' })
    await drawTargets(task.id, 4)
    const after = await s.call('tasks:get', { id: task.id })
    expect(after.editable).toBe(false)
    const error = await s.fail('tasks:update', { ...update, name: '再改' })
    expect(error.code).toBe('CONFLICT')
    expect((await s.call('tasks:get', { id: task.id })).name).toBe(update.name)
  })
})

describe('实施方案 and its approval (issue 8 §2)', () => {
  it('prefills scope and content, checks 检查方式 per class and the time nodes, and goes 拟稿 → 审核 → 批准, read-only until 退回修改', async () => {
    const task = (await s.call('tasks:list', { planItemId: food.id })).find((t) => t.name === food.name)!
    const plan = await s.call('tasks:plan', { taskId: task.id })
    expect(plan).toMatchObject({ saved: false, status: '拟稿中', periodStart: '2026-03-01', periodEnd: '2026-05-31', leadDepartmentName: '示范县市场监督管理局' })
    expect(plan.scope).toContain(food.name)
    expect(plan.content).toMatch(/^1\. .+（示范县市场监督管理局）/)
    expect(plan.methods).toEqual({ A: '实地核查', B: '实地核查', C: '实地核查', D: '实地核查', online: '网络监测' })
    const fields = { taskId: task.id, scope: '全县餐饮服务单位名录库内的餐饮服务单位', content: plan.content, methods: { A: '书面检查' as const }, drawDate: '2026-03-03', noticeDate: '2026-03-05', resultsDue: '2026-06-19', requirements: plan.requirements }

    const written = await s.fail('tasks:savePlan', { ...fields, methods: { B: '书面检查' } })
    expect(written).toMatchObject({ code: 'VALIDATION', field: 'methods.B' })
    expect(written.message).toContain('A类')
    expect(await s.fail('tasks:savePlan', { ...fields, noticeDate: '2026-03-02' })).toMatchObject({ field: 'noticeDate' })
    expect(await s.fail('tasks:savePlan', { ...fields, resultsDue: '2026-05-01' })).toMatchObject({ field: 'resultsDue' })
    expect(await s.fail('tasks:planStep', { taskId: task.id, step: '拟稿', name: '张明', date: '2026-03-02' })).toMatchObject({ field: 'scope' })

    const saved = await s.call('tasks:savePlan', fields)
    expect(saved).toMatchObject({ saved: true, scope: fields.scope, methods: { A: '书面检查', B: '实地核查' }, noticeDate: '2026-03-05' })
    expect((await s.fail('tasks:planStep', { taskId: task.id, step: '批准', name: '李局长', date: '2026-03-02' })).code).toBe('CONFLICT')
    expect((await s.call('tasks:planStep', { taskId: task.id, step: '拟稿', name: '张明', date: '2026-03-02' })).status).toBe('待审核')
    expect((await s.fail('tasks:savePlan', fields)).code).toBe('CONFLICT')
    expect(await s.fail('tasks:planStep', { taskId: task.id, step: '审核', name: '王科长', date: '2026-03-01' })).toMatchObject({ field: 'date' })
    expect((await s.call('tasks:planStep', { taskId: task.id, step: '审核', name: '王科长', date: '2026-03-02' })).status).toBe('待批准')
    const meeting = (await s.call('meetings:list'))[0]
    const approved = await s.call('tasks:planStep', { taskId: task.id, step: '批准', name: '李局长', date: '2026-03-03', meetingId: meeting.id })
    expect(approved.status).toBe('已批准')
    expect(approved.steps.map((x) => [x.step, x.name, x.date])).toEqual([
      ['拟稿', '张明', '2026-03-02'],
      ['审核', '王科长', '2026-03-02'],
      ['批准', '李局长', '2026-03-03']
    ])
    expect(approved.steps[2].meetingTitle).toBe(meeting.title)
    expect((await s.fail('tasks:savePlan', fields)).message).toContain('退回修改')

    expect(await s.fail('tasks:planStep', { taskId: task.id, step: '退回修改', name: '李局长', date: '2026-03-04' })).toMatchObject({ field: 'note' })
    const returned = await s.call('tasks:planStep', { taskId: task.id, step: '退回修改', name: '李局长', date: '2026-03-04', note: '补充消防检查要点' })
    expect(returned).toMatchObject({ status: '拟稿中', steps: [] })
    expect(returned.history.map((x) => x.step)).toEqual(['拟稿', '审核', '批准', '退回修改'])
    expect((await s.call('tasks:savePlan', { ...fields, requirements: `${fields.requirements}\n7. 消防检查重点查看疏散通道。` })).requirements).toContain('疏散通道')
  })
})

describe('the route and timetable (issue 8 §2; 002 §三)', () => {
  it('plans the visits on working days of the on-site window within each inspector’s daily load, stores the dates, and lets the clerk move one', async () => {
    const task = await fromPlanItem(food, { name: '餐饮服务单位联合检查（路线）', periodStart: '2026-04-06', periodEnd: '2026-04-17' })
    expect((await s.fail('tasks:scheduleRoute', { taskId: task.id, perDay: 3 })).code).toBe('CONFLICT')
    await drawTargets(task.id, 10)
    await lockAndMatch(task.id)
    // The notices are served on 7 April (实施方案): visits start the day after.
    await s.call('tasks:savePlan', { taskId: task.id, noticeDate: '2026-04-07' })
    const before = await s.call('tasks:route', { taskId: task.id })
    expect(before).toMatchObject({ perDay: 4, unscheduled: 10, withoutGroup: 0 })
    const route = await s.call('tasks:scheduleRoute', { taskId: task.id, perDay: 2 })
    expect(route.perDay).toBe(2)
    expect(route.unscheduled).toBe(0)
    expect(route.scheduleFrom).toBe('2026-04-08')
    const days = weekdaysBetween('2026-04-08', '2026-04-17')
    for (const row of route.rows) expect(days).toContain(row.date)
    expect(route.rows.map((r) => r.date)).toEqual([...route.rows.map((r) => r.date)].sort())
    expect(route.rows.every((r) => r.leader !== '' && r.members.length >= 1)).toBe(true)
    const stored = count(s, `SELECT count(*) AS n FROM visits WHERE planned_date IS NOT NULL AND id IN (SELECT visit_id FROM task_targets WHERE task_id = ${task.id})`)
    expect(stored).toBe(10)
    // No inspector has more than 2 visits a day.
    const perInspectorDay = s.host.deps.store.sqlite
      .prepare(
        `SELECT max(n) AS n FROM (SELECT count(*) AS n FROM task_targets tt JOIN visits v ON v.id = tt.visit_id
           JOIN inspection_groups g ON g.visit_id = v.id JOIN group_members gm ON gm.group_id = g.id AND gm.replaced_by IS NULL
          WHERE tt.task_id = ? GROUP BY gm.inspector_id, v.planned_date)`
      )
      .get(task.id) as { n: number }
    expect(perInspectorDay.n).toBeLessThanOrEqual(2)

    const visit = route.rows[0]
    expect(await s.fail('tasks:setVisitDate', { taskId: task.id, visitId: visit.visitId, date: '2026-05-04' })).toMatchObject({ field: 'date' })
    const moved = await s.call('tasks:setVisitDate', { taskId: task.id, visitId: visit.visitId, date: '2026-04-17' })
    expect(moved.rows.find((r) => r.visitId === visit.visitId)!.date).toBe('2026-04-17')
    expect((await s.call('tasks:get', { id: task.id })).groupCount).toBe(10)
  })
})

describe('spotcheck tasks list|show and doc task-plan (issue 8 §7)', () => {
  it('prints the task list and a task with its targets and groups in the documented JSON shapes', async () => {
    const listed = runCli(['tasks', 'list', '--json', '--db', s.dbPath])
    expect(listed.code, listed.stderr).toBe(0)
    const list = JSON.parse(listed.stdout) as Record<string, unknown>[]
    expect(Object.keys(list[0])).toEqual(['id', 'code', 'name', 'status', 'departments', 'targets'])
    const routed = list.find((t) => t.name === '餐饮服务单位联合检查（路线）')!
    expect(routed).toMatchObject({ status: '已匹配人员', departments: ['示范县市场监督管理局', '示范县消防救援大队'], targets: 10 })

    const shown = runCli(['tasks', 'show', String(routed.id), '--json', '--db', s.dbPath])
    expect(shown.code, shown.stderr).toBe(0)
    const task = JSON.parse(shown.stdout) as { id: number; code: string; targets: { code: string; name: string; outcome: string | null; group: Record<string, unknown>[] }[] }
    expect(task).toMatchObject({ id: routed.id, code: routed.code })
    expect(task.targets).toHaveLength(10)
    const [first] = task.targets
    expect(Object.keys(first)).toEqual(['code', 'name', 'outcome', 'group'])
    expect(first.code).toMatch(/^[0-9A-Z]{18}$|^\d+$/)
    expect(first.outcome).toBeNull()
    expect(Object.keys(first.group[0])).toEqual(['name', 'certNo', 'department', 'leader'])
    expect(first.group.filter((m) => m.leader === true)).toHaveLength(1)
    expect(first.group[0]).toMatchObject({ leader: true, department: '示范县市场监督管理局' })
    expect(first.group.some((m) => m.department === '示范县消防救援大队')).toBe(true)
  })

  it('exits 2 on a bad argument and 1 for a task that does not exist', () => {
    expect(runCli(['tasks', 'show', 'abc', '--json', '--db', s.dbPath]).code).toBe(2)
    const missing = runCli(['tasks', 'show', '9999', '--json', '--db', s.dbPath])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('没有记录号为 9999 的联合抽查任务')
    expect(runCli(['tasks', 'frobnicate', '--db', s.dbPath]).code).toBe(2)
  })

  it('writes the 实施方案 as a 公文 with the route table as a landscape 附件 whose header row repeats', async () => {
    const task = (await s.call('tasks:list')).find((t) => t.name === '餐饮服务单位联合检查（路线）')!
    const out = join(s.dir, 'task-plan.docx')
    const run = runCli(['doc', 'task-plan', '--task', String(task.id), '--out', out, '--db', s.dbPath])
    expect(run.code, run.stderr).toBe(0)
    const xml = docxXml(readFileSync(out)).part('word/document.xml')
    const text = runs(xml).map((r) => r.text).join('')
    for (const heading of ['一、牵头部门和参与部门', '二、抽查对象', '三、抽查事项', '四、抽查范围', '五、抽查内容', '六、检查方式', '七、时间安排', '八、相关要求']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('餐饮服务单位联合检查（路线）实施方案')
    expect(text).toContain('附件：检查路线和时间表')
    expect(text).toContain('实地检查：2026年4月6日至2026年4月17日')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml).toContain('<w:tblHeader/>')
    expect(count(s, "SELECT count(*) AS n FROM issued_documents WHERE kind = 'taskPlan'")).toBe(1)
    // DOCUMENT_RENDER_DIR keeps the file, for `node scripts/renderDocx.mjs <docx> docs/task-plan-page1.png`.
    if (process.env.DOCUMENT_RENDER_DIR) copyFileSync(out, join(process.env.DOCUMENT_RENDER_DIR, 'task-plan.docx'))
    expect(runCli(['doc', 'task-plan', '--out', out, '--db', s.dbPath]).code).toBe(2)
    expect(runCli(['doc', 'task-plan', '--task', '9999', '--out', out, '--db', s.dbPath]).code).toBe(1)
  })
})
