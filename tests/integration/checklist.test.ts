import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChecklistCreateInput } from '../../src-shared/domain/checklist'
import { memberUnit } from '../support/memberUnit'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (s: TempServices, sql: string) => (s.host.deps.store.sqlite.prepare(sql).get() as { n: number }).n

/** A task that used these checklist versions (the task service comes with a later issue). */
function taskUsing(s: TempServices, departmentId: number, itemIds: number[]): number {
  const now = '2026-03-01T00:00:00.000Z'
  return Number(
    s.host.deps.store.sqlite
      .prepare(
        "INSERT INTO tasks (code, year, name, lead_department_id, checklist_item_ids, created_at, updated_at) VALUES (?, 2026, '食品销售联合抽查', ?, ?, ?, ?)"
      )
      .run(`T-${Math.random()}`, departmentId, JSON.stringify(itemIds), now, now).lastInsertRowid
  )
}

describe('checklist (抽查事项清单): versions and the 调整记录', () => {
  let s: TempServices
  let unitId: number
  let otherId: number
  const item = (over: Partial<ChecklistCreateInput> = {}): ChecklistCreateInput => ({
    departmentId: unitId,
    code: 'scjg-001',
    name: '食品销售者经营活动的检查',
    category: '重点',
    targetType: '食品销售者',
    methods: ['实地核查'],
    basis: '《中华人民共和国食品安全法》第一百一十条',
    content: '进货查验；食品贮存。',
    qualification: '食品安全执法',
    jointDepartmentIds: [],
    validFrom: '2026-01-01',
    validTo: null,
    reason: '依据省局2026年清单新增',
    ...over
  })

  beforeEach(async () => {
    s = openTempServices()
    unitId = (await s.call('departments:create', { ...memberUnit({ name: '示范县市场监督管理局', isLead: true }), shortName: '市场监管' })).id
    otherId = (await s.call('departments:create', { ...memberUnit({ name: '示范县消防救援大队' }), shortName: '消防救援' })).id
  })
  afterEach(() => s.close())

  it('adds an item with an upper-cased code and records a 新增 adjustment with its reason', async () => {
    const created = await s.call('checklist:create', item())
    expect(created).toMatchObject({ code: 'SCJG-001', version: 1, status: '现行', departmentName: '市场监管' })
    const [adjustment] = await s.call('checklist:adjustments', {})
    expect(adjustment).toMatchObject({ kind: '新增', reason: '依据省局2026年清单新增', effectiveDate: '2026-01-01', published: false })
    expect(adjustment.changes.find((c) => c.field === 'name')).toMatchObject({ label: '抽查事项', before: '', after: '食品销售者经营活动的检查' })
  })

  it('refuses an adjustment without a reason and a code used by another item, changing nothing', async () => {
    await s.call('checklist:create', item())
    expect(await s.fail('checklist:create', { ...item({ code: 'SCJG-002' }), reason: '' })).toMatchObject({ field: 'reason' })
    expect(await s.fail('checklist:create', item({ name: '另一事项' }))).toMatchObject({ code: 'CONFLICT', field: 'code' })
    expect(count(s, 'SELECT count(*) AS n FROM checklist_items')).toBe(1)
    expect(count(s, 'SELECT count(*) AS n FROM checklist_adjustments')).toBe(1)
  })

  it('corrects an item no task used in place, still recording what changed, when and why', async () => {
    const created = await s.call('checklist:create', item())
    const { reason: _r, ...fields } = item()
    const updated = await s.call('checklist:update', {
      ...fields,
      id: created.id,
      jointDepartmentIds: [otherId],
      methods: ['实地核查', '抽样检测'],
      reason: '改正录入错误：补充联合部门',
      effectiveDate: '2026-03-02'
    })
    expect(updated).toMatchObject({ id: created.id, version: 1, jointDepartmentNames: ['消防救援'], methods: ['实地核查', '抽样检测'] })
    expect(count(s, 'SELECT count(*) AS n FROM checklist_items')).toBe(1)
    const [latest] = await s.call('checklist:adjustments', {})
    expect(latest).toMatchObject({ kind: '修改', previousItemId: null, reason: '改正录入错误：补充联合部门', effectiveDate: '2026-03-02' })
    expect(latest.changes).toEqual([
      { field: 'methods', label: '检查方式', before: '实地核查', after: '实地核查、抽样检测' },
      { field: 'jointDepartmentIds', label: '联合部门', before: '', after: '消防救援' }
    ])
  })

  it('makes a new version when a task used the item, and the task keeps the version it was run with', async () => {
    const v1 = await s.call('checklist:create', item())
    const taskId = taskUsing(s, unitId, [v1.id])
    const { reason: _r, ...fields } = item()
    const v2 = await s.call('checklist:update', {
      ...fields,
      id: v1.id,
      content: '进货查验；食品贮存；临近保质期食品管理。',
      reason: '依据新修订的《食品经营许可和备案管理办法》增加检查内容',
      effectiveDate: '2026-04-01'
    })
    expect(v2).toMatchObject({ version: 2, rootId: v1.id, validFrom: '2026-04-01', code: 'SCJG-001', taskCount: 0 })
    expect(v2.id).not.toBe(v1.id)

    const versions = await s.call('checklist:versions', { id: v2.id })
    expect(versions.map((v) => [v.version, v.validFrom, v.validTo, v.taskCount])).toEqual([
      [2, '2026-04-01', null, 0],
      [1, '2026-01-01', '2026-03-31', 1]
    ])
    const task = s.host.deps.store.sqlite.prepare('SELECT checklist_item_ids AS ids FROM tasks WHERE id = ?').get(taskId) as { ids: string }
    expect(JSON.parse(task.ids)).toEqual([v1.id])
    const old = s.host.deps.store.sqlite.prepare('SELECT content FROM checklist_items WHERE id = ?').get(v1.id) as { content: string }
    expect(old.content).toBe('进货查验；食品贮存。')

    // The list shows one row per item: the newest version (未生效 until 1 April).
    const list = await s.call('checklist:list', {})
    expect(list.map((i) => [i.id, i.status])).toEqual([[v2.id, '未生效']])

    const [adjustment] = await s.call('checklist:adjustments', {})
    expect(adjustment).toMatchObject({ kind: '修改', checklistItemId: v2.id, previousItemId: v1.id, version: 2 })
    expect(adjustment.changes.map((c) => c.field)).toEqual(['content', 'validFrom'])

    // The old version can no longer be edited: only the newest one.
    expect(await s.fail('checklist:update', { ...fields, id: v1.id, reason: '再改一次旧版本', effectiveDate: '2026-05-01' })).toMatchObject({ code: 'CONFLICT' })
  })

  it('refuses to change the code of an item tasks used, and refuses an edit that changes nothing', async () => {
    const v1 = await s.call('checklist:create', item())
    taskUsing(s, unitId, [v1.id])
    const { reason: _r, ...fields } = item()
    expect(await s.fail('checklist:update', { ...fields, id: v1.id, code: 'SCJG-099', reason: '更换编码试试', effectiveDate: '2026-04-01' })).toMatchObject({ field: 'code' })
    expect(await s.fail('checklist:update', { ...fields, id: v1.id, reason: '没有改动的保存', effectiveDate: '2026-04-01' })).toMatchObject({ code: 'VALIDATION' })
    expect(count(s, 'SELECT count(*) AS n FROM checklist_adjustments')).toBe(1)
  })

  it('废止 closes the item the day before the date given, hides it from the list and records why', async () => {
    const created = await s.call('checklist:create', item())
    const abolished = await s.call('checklist:abolish', { id: created.id, reason: '上级清单已取消该事项', effectiveDate: '2026-03-01' })
    expect(abolished).toMatchObject({ validTo: '2026-02-28', status: '已废止' })
    expect(await s.call('checklist:list', {})).toEqual([])
    expect((await s.call('checklist:list', { includeAbolished: true })).map((i) => i.id)).toEqual([created.id])
    const [adjustment] = await s.call('checklist:adjustments', {})
    expect(adjustment).toMatchObject({ kind: '废止', reason: '上级清单已取消该事项', changes: [{ field: 'validTo', before: '', after: '2026-02-28' }] })
  })

  it('filters by department and category', async () => {
    await s.call('checklist:create', item())
    await s.call('checklist:create', item({ code: 'XF-001', departmentId: otherId, name: '消防安全检查', category: '一般', targetType: '人员密集场所' }))
    expect((await s.call('checklist:list', { departmentId: otherId })).map((i) => i.code)).toEqual(['XF-001'])
    expect((await s.call('checklist:list', { category: '重点' })).map((i) => i.code)).toEqual(['SCJG-001'])
    expect((await s.call('checklist:list', { text: '消防' })).map((i) => i.code)).toEqual(['XF-001'])
  })

  it('marks adjustments published (004 §(八) 及时公布) and lists the unpublished ones apart', async () => {
    const a = await s.call('checklist:create', item())
    await s.call('checklist:create', item({ code: 'SCJG-002', name: '餐饮服务提供者的检查' }))
    const all = await s.call('checklist:adjustments', {})
    const first = all.find((x) => x.checklistItemId === a.id)!
    const [published] = await s.call('checklist:publishAdjustments', { ids: [first.id] })
    expect(published).toMatchObject({ published: true, publishedAt: expect.any(String) })
    expect((await s.call('checklist:adjustments', { unpublishedOnly: true })).map((x) => x.code)).toEqual(['SCJG-002'])
  })

  it('exports the list in force as a Word document recorded in the register', async () => {
    await s.call('checklist:create', item())
    const file = await s.call('documents:exportChecklist', {})
    expect(file.fileName).toMatch(/抽查事项清单（2026-03-02）\.docx$/)
    expect(count(s, "SELECT count(*) AS n FROM issued_documents WHERE kind = 'checklist'")).toBe(1)
  })
})
