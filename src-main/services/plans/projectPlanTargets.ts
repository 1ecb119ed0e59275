import type Database from 'better-sqlite3'
import type { PlanItemFields } from '@shared/domain/plans'
import { probabilityAtLeastTwo, type PlanProjectionDto } from '@shared/domain/planProjection'
import { planTargetDraw } from '../draw/planTargetDraw'
import { ServiceError } from '../serviceError'

const NO_TASK = 0
const bucketLabels = ['0.1次及以下', '0.1～0.5次', '0.5～1次', '1～2次', '2次及以上']

function bucketOf(expected: number): number {
  if (expected <= 0.1) return 0
  if (expected <= 0.5) return 1
  if (expected <= 1) return 2
  if (expected < 2) return 3
  return 4
}

/**
 * issue 7 §4(d): each item's draw as the draw service plans it (planTargetDraw: scope, eligibility,
 * strata, rounding), each pool taking `count` of its `size` targets, so a target in it is drawn
 * with probability count / size; a target's expected checks are the sum over the items. Items are
 * taken as independent draws. An item whose fixed count exceeds its pool takes the whole pool.
 */
export function projectPlanTargets(sqlite: Database.Database, year: number, items: readonly PlanItemFields[]): PlanProjectionDto {
  const chances = new Map<string, number[]>()
  for (const item of items) {
    const task = { id: NO_TASK, year, periodStart: item.periodStart, periodEnd: item.periodEnd, keyItem: item.category === '重点' }
    const targetClass = { name: item.name, filter: item.scope, mode: item.mode, count: item.fixedCount ?? undefined, ratios: item.ratios }
    const settings = { taskId: NO_TASK, classes: [targetClass], targeted: false, listedUpgrade: 'oneLevel' as const }
    let pools
    try {
      pools = planTargetDraw(sqlite, task, settings).pools
    } catch (error) {
      if (!(error instanceof ServiceError) || item.mode !== 'count') throw error
      const whole = planTargetDraw(sqlite, task, { ...settings, classes: [{ ...targetClass, mode: 'ratio', ratios: { A: 100, B: 100, C: 100, D: 100 } }] })
      pools = whole.pools
    }
    for (const pool of pools) {
      if (pool.ids.length === 0 || pool.count === 0) continue
      const p = Math.min(1, pool.count / pool.ids.length)
      for (const id of pool.ids) {
        const list = chances.get(id)
        if (list) list.push(p)
        else chances.set(id, [p])
      }
    }
  }
  const buckets = bucketLabels.map((label) => ({ label, count: 0 }))
  let expectedChecks = 0
  let expectedAtCap = 0
  let likelyAtCap = 0
  let inSeveralItems = 0
  for (const ps of chances.values()) {
    const expected = ps.reduce((a, b) => a + b, 0)
    expectedChecks += expected
    buckets[bucketOf(expected)].count++
    if (ps.length < 2) continue
    inSeveralItems++
    const atCap = probabilityAtLeastTwo(ps)
    expectedAtCap += atCap
    if (atCap >= 0.5) likelyAtCap++
  }
  return {
    year,
    items: items.length,
    targets: chances.size,
    expectedChecks: Math.round(expectedChecks * 10) / 10,
    buckets,
    expectedAtCap: Math.round(expectedAtCap * 10) / 10,
    likelyAtCap,
    inSeveralItems
  }
}
