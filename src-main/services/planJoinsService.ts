import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { PlanJoinsDto } from '@shared/domain/planJoins'
import { planItemMerges, planItems, type PlanItemRow } from '../db/schema'
import { assertPlanItem } from './plans/assertPlanItem'
import { itemFields, planRow, planRowOfYear, readPlan } from './plans/readPlan'
import { planItemValues } from './plans/planItemValues'
import { suggestJoins } from './plans/suggestJoins'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'

function assertDrafting(status: string, year: number): void {
  if (status !== '草拟' && status !== '征求意见') {
    throw new ServiceError('CONFLICT', `${year}年度计划已${status}，不能再合并或拆分计划事项：如需变动，请做计划调整`)
  }
}

function readJoins(ctx: ServiceContext, planId: number): PlanJoinsDto {
  const plan = readPlan(ctx.db, planRow(ctx.db, planId))
  const drafting = plan.status === '草拟' || plan.status === '征求意见'
  const existing = new Set(plan.planItems.map((i) => i.id))
  const joins = ctx.db
    .select()
    .from(planItemMerges)
    .where(and(eq(planItemMerges.planId, planId), isNull(planItemMerges.undoneAt)))
    .all()
    .map((m) => ({
      id: m.id,
      mergedItemId: m.mergedItemId,
      itemName: plan.planItems.find((i) => i.id === m.mergedItemId)?.name ?? m.originals[0].name,
      originals: m.originals.map((o) => o.name),
      createdAt: m.createdAt,
      undoable: drafting && existing.has(m.mergedItemId)
    }))
  return { suggestions: drafting ? suggestJoins(plan.planItems) : [], joins }
}

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join('')

export const planJoinsHandlers: Pick<HandlerMap, 'plans:joins' | 'plans:join' | 'plans:undoJoin'> = {
  'plans:joins': { tx: (ctx, { year }) => readJoins(ctx, planRowOfYear(ctx.db, year).id) },
  'plans:join': {
    tx: (ctx, { planId, itemIds }) => {
      const plan = planRow(ctx.db, planId)
      assertDrafting(plan.status, plan.year)
      if (new Set(itemIds).size !== itemIds.length) throw new ServiceError('VALIDATION', '同一计划事项选了两次，请重新选择', 'itemIds')
      const rows = ctx.db.select().from(planItems).where(and(eq(planItems.planId, planId), inArray(planItems.id, itemIds))).all()
      if (rows.length !== itemIds.length) throw new ServiceError('VALIDATION', '所选计划事项有的已不在本计划中，请刷新后重新选择', 'itemIds')
      const originals = itemIds.map((id) => rows.find((r) => r.id === id)!) as PlanItemRow[]
      const [first, ...rest] = originals.map(itemFields)
      const units = [...new Set(originals.flatMap((r) => [r.leadDepartmentId, ...r.participatingDepartmentIds]))]
      const starts = originals.map((r) => r.periodStart ?? '').sort()
      const ends = originals.map((r) => r.periodEnd ?? '').sort()
      // 进一次门、查多项事: one visit covers every unit's items; the first item's scope and ratios stand.
      const note = `由${quoted(originals.map((r) => r.name))}合并为联合抽查（进一次门、查多项事），抽查范围和比例沿用“${first.name}”`
      const fields = assertPlanItem(
        ctx,
        plan.year,
        {
          ...first,
          participatingDepartmentIds: units.filter((id) => id !== first.leadDepartmentId),
          checklistItemIds: [...new Set([first, ...rest].flatMap((f) => f.checklistItemIds))],
          // A key item among them makes the joint check key (004 §(十五): no ratio cap).
          category: [first, ...rest].some((f) => f.category === '重点') ? '重点' : '一般',
          periodStart: starts[0],
          periodEnd: ends.at(-1)!,
          notes: [first.notes, note].filter(Boolean).join('；').slice(0, 300)
        },
        'itemIds'
      )
      ctx.db.delete(planItems).where(inArray(planItems.id, itemIds)).run()
      const merged = ctx.db
        .insert(planItems)
        .values({ planId, seq: originals[0].seq, isDemo: false, ...planItemValues(fields) })
        .returning({ id: planItems.id })
        .get()
      ctx.db.insert(planItemMerges).values({ planId, mergedItemId: merged.id, originals, createdAt: ctx.now }).run()
      ctx.auditDetail({ name: fields.name, joined: originals.map((r) => ({ id: r.id, name: r.name })) })
      return readPlan(ctx.db, planRow(ctx.db, planId))
    }
  },
  'plans:undoJoin': {
    tx: (ctx, { id }) => {
      const merge = ctx.db.select().from(planItemMerges).where(eq(planItemMerges.id, id)).get()
      if (!merge || merge.undoneAt) throw new ServiceError('NOT_FOUND', '这次合并已撤销或不存在，请刷新')
      const plan = planRow(ctx.db, merge.planId)
      assertDrafting(plan.status, plan.year)
      const merged = ctx.db.select().from(planItems).where(eq(planItems.id, merge.mergedItemId)).get()
      if (!merged) throw new ServiceError('CONFLICT', '合并后的计划事项已被删除或再次合并，无法撤销这次合并')
      ctx.db.delete(planItems).where(eq(planItems.id, merged.id)).run()
      // The original rows come back whole, with their own ids, so nothing pointing at them breaks.
      for (const original of merge.originals) ctx.db.insert(planItems).values(original).run()
      ctx.db.update(planItemMerges).set({ undoneAt: ctx.now }).where(eq(planItemMerges.id, id)).run()
      ctx.auditDetail({ name: merged.name, restored: merge.originals.map((r) => r.name), discarded: merged })
      return readPlan(ctx.db, plan)
    }
  }
}
