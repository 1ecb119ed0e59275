import { eq } from 'drizzle-orm'
import type { PlanCoverageDto } from '@shared/domain/plans'
import type { Db } from '../../db/openStore'
import { planCoverageNotes, plans } from '../../db/schema'
import type { ServiceContext } from '../serviceContext'
import { readChecklistItems } from '../tasks/readTasks'
import { itemsAtVersion, nameLookup, planVersion } from './readPlan'

/**
 * 004 §(十三): the plan covers the whole checklist. Every current checklist item of every unit is
 * in some item of the year's plan as adjusted (matched by code, so a newer version of an item stays
 * covered), or is listed as uncovered with the reason the clerk typed.
 */
export function planCoverage(ctx: Pick<ServiceContext, 'db' | 'sqlite' | 'today'>, year: number): PlanCoverageDto {
  const current = readChecklistItems(ctx.sqlite, 'current', ctx.today)
  const plan = ctx.db.select().from(plans).where(eq(plans.year, year)).get()
  if (!plan) {
    return {
      planId: null,
      covered: 0,
      uncovered: current.map((c) => ({ checklistItemId: c.id, checklistItem: c.code, name: c.name, department: c.departmentName, reason: '' }))
    }
  }
  const names = nameLookup(ctx.db)
  const coveredCodes = new Set(
    itemsAtVersion(ctx.db, plan.id, planVersion(ctx.db, plan))
      .filter((s) => !s.cancelled)
      .flatMap((s) => s.fields.checklistItemIds.map((id) => names.checklist.get(id)?.code ?? ''))
  )
  const reasons = coverageReasons(ctx.db, plan.id)
  const uncovered = current.filter((c) => !coveredCodes.has(c.code))
  return {
    planId: plan.id,
    covered: current.length - uncovered.length,
    uncovered: uncovered.map((c) => ({ checklistItemId: c.id, checklistItem: c.code, name: c.name, department: c.departmentName, reason: reasons.get(c.code) ?? '' }))
  }
}

function coverageReasons(db: Db, planId: number): Map<string, string> {
  return new Map(db.select().from(planCoverageNotes).where(eq(planCoverageNotes.planId, planId)).all().map((n) => [n.checklistCode, n.reason]))
}
