import { inArray } from 'drizzle-orm'
import type { TaskPlanItemOptionDto } from '@shared/domain/tasks'
import type { PlanItemFields } from '@shared/domain/plans'
import { checklistItems, plans } from '../../db/schema'
import type { ServiceContext } from '../serviceContext'
import { describeScope } from '../plans/describeScope'
import { itemsAtVersion, nameLookup, planVersion } from '../plans/readPlan'
import { readChecklistItems } from './readTasks'

function ratioText(fields: PlanItemFields): string {
  if (fields.mode === 'count') return `固定${fields.fixedCount}户`
  const { A, B, C, D } = fields.ratios
  return `A类${A}%、B类${B}%、C类${C}%、D类${D}%`
}

/**
 * The items of published or filed plans (as adjusted, cancelled ones left out) a task can be created
 * from (issue 8 §1), prefilled: a plan item names checklist versions of its day; the task takes the
 * version of each code in force today (an abolished one is reported, not taken).
 */
export function planItemOptions(ctx: ServiceContext): TaskPlanItemOptionDto[] {
  const current = new Map(readChecklistItems(ctx.sqlite, 'current', ctx.today).map((c) => [c.code, c.id]))
  const names = nameLookup(ctx.db)
  const taskCounts = new Map(
    (ctx.sqlite.prepare('SELECT plan_item_id AS id, count(*) AS n FROM tasks WHERE plan_item_id IS NOT NULL GROUP BY plan_item_id').all() as { id: number; n: number }[]).map(
      (r) => [r.id, r.n]
    )
  )
  const published = ctx.db
    .select()
    .from(plans)
    .where(inArray(plans.status, ['已发布', '已报备']))
    .all()
    .sort((a, b) => b.year - a.year)
  const codeOf = new Map(ctx.db.select({ id: checklistItems.id, code: checklistItems.code }).from(checklistItems).all().map((c) => [c.id, c.code]))
  return published.flatMap((plan) =>
    itemsAtVersion(ctx.db, plan.id, planVersion(ctx.db, plan))
      .filter((state) => !state.cancelled)
      .map((state) => {
        const f = state.fields
        const codes = f.checklistItemIds.map((id) => codeOf.get(id) ?? '')
        return {
          id: state.row.id,
          year: plan.year,
          planTitle: plan.title,
          name: f.name,
          leadDepartmentId: f.leadDepartmentId,
          participatingDepartmentIds: f.participatingDepartmentIds,
          checklistItemIds: codes.flatMap((code) => current.get(code) ?? []),
          droppedChecklistCodes: codes.filter((code) => !current.has(code)),
          periodStart: f.periodStart,
          periodEnd: f.periodEnd,
          scopeText: describeScope(f.scope, names),
          ratioText: ratioText(f),
          category: f.category,
          method: f.method ?? '',
          taskCount: taskCounts.get(state.row.id) ?? 0
        }
      })
  )
}
