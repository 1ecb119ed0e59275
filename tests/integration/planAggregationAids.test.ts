import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanFormOptionsDto } from '../../src-shared/domain/plans'
import { openTempServices, type TempServices } from '../support/tempServices'

let s: TempServices
let options: PlanFormOptionsDto

beforeAll(async () => {
  s = openTempServices({ seedDemo: true })
  options = await s.call('plans:formOptions')
})
afterAll(() => s.close())

const unit = (namePart: string) => options.departments.find((d) => d.name.includes(namePart))!.id
const itemRows = (planId: number) => s.host.deps.store.sqlite.prepare('SELECT * FROM plan_items WHERE plan_id = ? ORDER BY id').all(planId)

describe('suggested joins (issue 7 §4(a))', () => {
  it('suggests items of different units with the same scope and overlapping periods, joins them in one click, and undoes the join exactly', async () => {
    const health = unit('卫生健康')
    const healthItem = options.checklistItems.find((c) => c.departmentId === health)!
    let plan = await s.call('plans:get', { year: 2027 })
    expect((await s.call('plans:joins', { year: 2027 })).suggestions).toEqual([])
    plan = await s.call('plans:addItem', {
      planId: plan.id,
      item: { name: '企业公共卫生检查', leadDepartmentId: health, checklistItemIds: [healthItem.id], scope: { kind: '企业' }, periodStart: '2027-08-01', periodEnd: '2027-12-31', category: '重点' }
    })
    const publicity = plan.planItems.find((i) => i.name === '企业公示信息抽查')!
    const added = plan.planItems.find((i) => i.name === '企业公共卫生检查')!
    const { suggestions } = await s.call('plans:joins', { year: 2027 })
    expect(suggestions).toEqual([
      {
        itemIds: [publicity.id, added.id],
        items: [
          { id: publicity.id, seq: publicity.seq, name: publicity.name, leadName: publicity.leadDepartmentName },
          { id: added.id, seq: added.seq, name: added.name, leadName: added.leadDepartmentName }
        ],
        scopeText: '企业',
        overlap: '8月—10月'
      }
    ])
    const before = itemRows(plan.id)

    const joined = await s.call('plans:join', { planId: plan.id, itemIds: suggestions[0].itemIds })
    const item = joined.planItems.find((i) => i.joint && i.name === publicity.name)!
    expect(joined.planItems.length).toBe(plan.planItems.length - 1)
    expect(item).toMatchObject({
      leadDepartmentId: publicity.leadDepartmentId,
      participatingDepartmentIds: [health],
      checklistItemIds: [...publicity.checklistItemIds, healthItem.id],
      scope: publicity.scope,
      ratios: publicity.ratios,
      category: '重点',
      periodStart: publicity.periodStart,
      periodEnd: '2027-12-31',
      seq: publicity.seq
    })
    expect(item.notes).toContain('合并为联合抽查')
    const joins = await s.call('plans:joins', { year: 2027 })
    expect(joins.suggestions).toEqual([])
    expect(joins.joins).toMatchObject([{ mergedItemId: item.id, originals: [publicity.name, added.name], undoable: true }])

    await s.call('plans:undoJoin', { id: joins.joins[0].id })
    expect(itemRows(plan.id)).toEqual(before)
    expect((await s.call('plans:joins', { year: 2027 })).joins).toEqual([])
    expect((await s.fail('plans:undoJoin', { id: joins.joins[0].id })).message).toContain('已撤销')
  })

  it('is refused once the plan is published', async () => {
    const plan = await s.call('plans:get', { year: 2026 })
    const ids = plan.planItems.slice(0, 2).map((i) => i.id)
    const error = await s.fail('plans:join', { planId: plan.id, itemIds: ids })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('计划调整')
    expect((await s.call('plans:joins', { year: 2026 })).suggestions).toEqual([])
  })
})

describe('per-target projection (issue 7 §4(d))', () => {
  it('expects as many checks in all as the plan’s estimates add up to', async () => {
    const estimates = await s.call('plans:estimate', { year: 2026 })
    const projection = await s.call('plans:projection', { year: 2026 })
    const total = estimates.reduce((sum, e) => sum + e.count, 0)
    expect(projection.expectedChecks).toBeCloseTo(total, 0)
    expect(projection.targets).toBeGreaterThan(0)
    expect(projection.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(projection.targets)
  })

  it('counts targets two items are certain to draw as reaching the yearly cap of 2', async () => {
    const created = await s.call('plans:create', { year: 2029 })
    const market = unit('市场监督')
    const checklistItemIds = [options.checklistItems.find((c) => c.departmentId === market)!.id]
    const base = { leadDepartmentId: market, checklistItemIds, scope: { kind: '农民专业合作社' as const }, category: '重点' as const, periodStart: '2029-03-01', periodEnd: '2029-05-31' }
    const pool = (await s.call('plans:estimateItem', { year: 2029, item: { ...base, name: '估算' } })).eligible
    expect(pool).toBeGreaterThan(0)
    await s.call('plans:addItem', { planId: created.id, item: { ...base, name: '合作社检查一', mode: 'count', fixedCount: pool } })
    await s.call('plans:addItem', { planId: created.id, item: { ...base, name: '合作社检查二', mode: 'count', fixedCount: pool, periodStart: '2029-09-01', periodEnd: '2029-10-31' } })
    const projection = await s.call('plans:projection', { year: 2029 })
    expect(projection).toMatchObject({ items: 2, targets: pool, expectedChecks: 2 * pool, likelyAtCap: pool, expectedAtCap: pool, inSeveralItems: pool })
    expect(projection.buckets.at(-1)).toEqual({ label: '2次及以上', count: pool })
  })

  it('gives a target in two draws of chance p a chance p² of reaching the cap', async () => {
    const plan = await s.call('plans:get', { year: 2029 })
    const [first, second] = plan.planItems
    const pool = first.fixedCount!
    const half = Math.floor(pool / 2)
    for (const { id, ...fields } of [first, second]) await s.call('plans:updateItem', { id, item: { ...fields, fixedCount: half } })
    const projection = await s.call('plans:projection', { year: 2029 })
    const p = half / pool
    // Both draws take it with p · p; none is more likely than not to be drawn twice.
    expect(projection).toMatchObject({ expectedChecks: 2 * half, expectedAtCap: Math.round(pool * p * p * 10) / 10, likelyAtCap: 0 })
  })
})
