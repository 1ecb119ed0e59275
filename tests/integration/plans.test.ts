import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanFormOptionsDto, PlanItemInput } from '../../src-shared/domain/plans'
import { openTempServices, type TempServices } from '../support/tempServices'

let s: TempServices
let options: PlanFormOptionsDto

beforeAll(async () => {
  s = openTempServices({ seedDemo: true })
  options = await s.call('plans:formOptions')
})
afterAll(() => s.close())

const unit = (shortNamePart: string) => options.departments.find((d) => d.name.includes(shortNamePart))!.id
const checklist = (code: string) => options.checklistItems.find((c) => c.code === code)!.id

function item(year: number, overrides: Partial<PlanItemInput> = {}): PlanItemInput {
  return {
    name: '企业公示信息抽查',
    leadDepartmentId: unit('市场监督'),
    checklistItemIds: [checklist('SCJG-005')],
    scope: { kind: '企业' },
    ratios: { A: 3, B: 4, C: 5, D: 6 },
    periodStart: `${year}-06-01`,
    periodEnd: `${year}-09-30`,
    ...overrides
  }
}

describe('the demo county', () => {
  it('has this year’s plan published with at least 12 items, joint and key ones, and two adjustments; next year’s in 草拟', async () => {
    const list = await s.call('plans:list')
    expect(list.map((p) => [p.year, p.status])).toEqual([
      [2027, '草拟'],
      [2026, '已报备']
    ])
    const plan = await s.call('plans:get', { year: 2026 })
    const published = await s.call('plans:get', { year: 2026, version: 1 })
    expect(published.planItems.length).toBeGreaterThanOrEqual(12)
    expect(published.planItems.filter((i) => i.joint).length).toBeGreaterThanOrEqual(3)
    expect(published.planItems.filter((i) => i.category === '重点').length).toBeGreaterThanOrEqual(3)
    expect(plan.adjustments.map((a) => a.kind)).toEqual(['增加', '取消'])
    expect(plan.version).toBe(3)
    expect(plan.linkKind).toBe('meeting')
  })
})

describe('a plan’s lifecycle', () => {
  it('goes 草拟 → 征求意见 → 已发布 → 已报备, and a published plan is changed only by adjustments that leave version 1 as it was', async () => {
    const created = await s.call('plans:create', { year: 2028 })
    expect(created).toMatchObject({ status: '草拟', version: 1, items: 0 })
    expect(created.title).toBe('示范县2028年度市场监管领域部门联合“双随机、一公开”抽查工作计划')
    expect((await s.fail('plans:create', { year: 2028 })).code).toBe('CONFLICT')
    expect((await s.fail('plans:publish', { id: created.id })).message).toContain('先添加计划事项')

    let plan = await s.call('plans:addItem', { planId: created.id, item: item(2028) })
    plan = await s.call('plans:addItem', {
      planId: created.id,
      item: item(2028, {
        name: '餐饮服务单位食品安全和消防安全联合检查',
        participatingDepartmentIds: [unit('消防')],
        checklistItemIds: [checklist('SCJG-002'), checklist('XFJY-001')],
        scope: { specialDirectoryId: options.specialDirectories.find((d) => d.name.startsWith('餐饮'))!.id },
        category: '重点'
      })
    })
    expect(plan.planItems.map((i) => i.joint)).toEqual([false, true])
    plan = await s.call('plans:setStatus', { id: created.id, status: '征求意见' })
    expect(plan.status).toBe('征求意见')
    plan = await s.call('plans:publish', { id: created.id })
    expect(plan).toMatchObject({ status: '已发布', version: 1, publishedAt: '2026-03-02' })
    const asPublished = await s.call('plans:get', { year: 2028, version: 1 })

    const refused = await s.fail('plans:updateItem', { id: plan.planItems[0].id, item: item(2028, { name: '改名' }) })
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toContain('计划调整')

    plan = await s.call('plans:adjust', {
      planId: created.id,
      kind: '调整',
      planItemId: plan.planItems[0].id,
      item: item(2028, { periodStart: '2028-08-01', periodEnd: '2028-10-31' }),
      reason: '与省局专项行动错开时间',
      date: '2026-04-01'
    })
    expect(plan.version).toBe(2)
    expect(plan.planItems[0]).toMatchObject({ periodStart: '2028-08-01', adjustedBy: ['调整'] })
    expect(plan.adjustments[0].changes.map((c) => c.field)).toEqual(['开始日期', '结束日期'])

    plan = await s.call('plans:adjust', { planId: created.id, kind: '取消', planItemId: plan.planItems[1].id, reason: '并入省级专项整治', date: '2026-04-02' })
    plan = await s.call('plans:adjust', { planId: created.id, kind: '增加', item: item(2028, { name: '网络交易经营者检查', checklistItemIds: [checklist('SCJG-012')], scope: { tag: '网络交易' } }), reason: '上级部署', date: '2026-04-03' })
    expect(plan.version).toBe(4)
    expect(plan.items).toBe(2)
    expect(plan.planItems.map((i) => [i.name, i.cancelled])).toEqual([
      ['企业公示信息抽查', false],
      ['餐饮服务单位食品安全和消防安全联合检查', true],
      ['网络交易经营者检查', false]
    ])
    expect(await s.call('plans:get', { year: 2028, version: 1 })).toEqual({ ...asPublished, version: 4, items: 2, adjustments: plan.adjustments })

    plan = await s.call('plans:file', { id: created.id, filedDate: '2026-04-05', filedOffice: '市联席会议办公室' })
    expect(plan).toMatchObject({ status: '已报备', filedDate: '2026-04-05', filedOffice: '市联席会议办公室' })
  })

  it('refuses checklist items of a department that takes no part, naming the item and what to do', async () => {
    const { id } = await s.call('plans:create', { year: 2029 })
    const error = await s.fail('plans:addItem', { planId: id, item: item(2029, { checklistItemIds: [checklist('XFJY-001')] }) })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'item.checklistItemIds' })
    expect(error.message).toContain('加为参与部门')
    expect((await s.call('plans:get', { year: 2029 })).items).toBe(0)
  })
})

describe('estimates', () => {
  it('equal what the draw preview of a task with the same scope, ratios and period would take', async () => {
    const planned = item(2026, { scope: { kind: '个体工商户' }, checklistItemIds: [checklist('SCJG-006')], ratios: { A: 2, B: 3, C: 4, D: 6 } })
    const estimate = await s.call('plans:estimateItem', { year: 2026, item: planned })
    const task = await s.call('tasks:create', {
      name: '个体工商户登记事项检查',
      leadDepartmentId: planned.leadDepartmentId,
      checklistItemIds: planned.checklistItemIds,
      periodStart: planned.periodStart,
      periodEnd: planned.periodEnd,
      adHocReason: '测试'
    })
    const preview = await s.call('draw:preview', {
      taskId: task.id,
      classes: [{ name: '个体工商户', filter: { kind: '个体工商户' }, mode: 'ratio', ratios: { A: 2, B: 3, C: 4, D: 6 } }]
    })
    expect(estimate.count).toBe(preview.toDraw)
    expect(estimate.count).toBeGreaterThan(0)
    expect(estimate.eligible).toBe(preview.classes[0].eligible)
    expect(estimate.rules.map((r) => r.removed)).toEqual(preview.classes[0].rules.map((r) => r.removed))
    expect(estimate.rules[0].removed).toBeGreaterThan(0)
  })

  it('warn when a general item’s ratio is above the office cap, never for a key item', async () => {
    await s.call('plans:updateSettings', { ratioCapPercent: 5, preamble: (await s.call('plans:formOptions')).settings.preamble })
    const general = await s.call('plans:estimateItem', { year: 2026, item: item(2026, { ratios: { A: 3, B: 4, C: 8, D: 10 } }) })
    expect(general.warnings[0]).toContain('超过本办设定的上限 5%')
    const key = await s.call('plans:estimateItem', { year: 2026, item: item(2026, { category: '重点', ratios: { A: 3, B: 4, C: 8, D: 10 } }) })
    expect(key.warnings).toEqual([])
  })

  it('of a whole plan cover every item in force', async () => {
    const estimates = await s.call('plans:estimate', { year: 2026 })
    const plan = await s.call('plans:get', { year: 2026 })
    expect(estimates.map((e) => e.itemId)).toEqual(plan.planItems.filter((i) => !i.cancelled).map((i) => i.id))
  })
})

describe('coverage', () => {
  it('counts current checklist items in some item of the plan as adjusted and lists the rest with the typed reason', async () => {
    const coverage = await s.call('plans:coverage', { year: 2026 })
    const all = options.checklistItems.length
    expect(coverage.covered + coverage.uncovered.length).toBe(all)
    expect(coverage.uncovered.find((u) => u.checklistItem === 'TJ-001')?.reason).toContain('统计')
    // The cancelled transport item's checklist items are no longer covered.
    expect(coverage.uncovered.map((u) => u.checklistItem)).toContain('JTYS-001')
    const updated = await s.call('plans:setCoverageReason', { planId: coverage.planId!, checklistCode: 'JTYS-001', reason: '省级专项覆盖' })
    expect(updated.uncovered.find((u) => u.checklistItem === 'JTYS-001')?.reason).toBe('省级专项覆盖')
  })
})
