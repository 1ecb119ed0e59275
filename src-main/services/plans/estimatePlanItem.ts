import type Database from 'better-sqlite3'
import type { PlanItemEstimateDto, PlanItemFields } from '@shared/domain/plans'
import { planTargetDraw } from '../draw/planTargetDraw'
import { ServiceError } from '../serviceError'

/** No task exists yet: every task's draws of the year count against the targets (004 §(十五)). */
const NO_TASK = 0

/**
 * The estimated number of targets of a plan item: the draw service's own preview (pool query,
 * eligibility rules, strata and rounding — planTargetDraw) with the item's scope, ratios and
 * period, over today's directory. So the estimate is what a draw with the same parameters would
 * take; no rule is restated here. 004 §(十五): key items are not bound by ratio and frequency, so
 * the office's ratio cap warns on general items only.
 */
export function estimatePlanItem(
  sqlite: Database.Database,
  year: number,
  item: PlanItemFields,
  ratioCapPercent: number,
  itemId: number | null = null
): PlanItemEstimateDto {
  const keyItem = item.category === '重点'
  const warnings: string[] = []
  if (!keyItem && item.mode === 'ratio') {
    const over = (['A', 'B', 'C', 'D'] as const).filter((c) => item.ratios[c] > ratioCapPercent)
    if (over.length > 0) {
      warnings.push(`一般事项的抽查比例（${over.map((c) => `${c}类 ${item.ratios[c]}%`).join('、')}）超过本办设定的上限 ${ratioCapPercent}%：请降低比例，或改为重点事项`)
    }
  }
  const targetClass = {
    name: item.name,
    filter: item.scope,
    mode: item.mode,
    count: item.fixedCount ?? undefined,
    ratios: item.ratios
  }
  const task = { id: NO_TASK, year, periodStart: item.periodStart, periodEnd: item.periodEnd, keyItem }
  const settings = { taskId: NO_TASK, classes: [targetClass], targeted: false, listedUpgrade: 'oneLevel' as const }
  try {
    const { preview } = planTargetDraw(sqlite, task, settings)
    const only = preview.classes[0]
    return {
      itemId,
      matched: only.matched,
      eligible: only.eligible,
      count: preview.toDraw,
      rules: only.rules,
      strata: only.strata.map((s) => ({ stratum: s.stratum, size: s.size, percent: s.percent, count: s.count })),
      warnings
    }
  } catch (error) {
    if (!(error instanceof ServiceError) || item.mode !== 'count') throw error
    // A fixed count larger than the eligible pool: the draw refuses it; the plan shows the shortfall.
    const { preview } = planTargetDraw(sqlite, task, { ...settings, classes: [{ ...targetClass, mode: 'ratio', ratios: { A: 0, B: 0, C: 0, D: 0 } }] })
    const only = preview.classes[0]
    warnings.push(`符合条件的对象只有 ${only.eligible} 个，不够抽取 ${item.fixedCount} 个：请减少数量或放宽范围`)
    return { itemId, matched: only.matched, eligible: only.eligible, count: only.eligible, rules: only.rules, strata: [], warnings }
  }
}
