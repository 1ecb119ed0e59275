import type Database from 'better-sqlite3'
import type { PlanItemFields } from '@shared/domain/plans'
import type { PlanProjectionDto } from '@shared/domain/planProjection'
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
  // Per target, running sums: expected checks, P(drawn by none), P(drawn by exactly one), items.
  // Adding a draw with chance p: one ← one·(1−p) + none·p, none ← none·(1−p) (no list per target,
  // so a million-target directory costs four numbers a target).
  const slot = new Map<string, number>()
  let expected = new Float64Array(1024)
  let none = new Float64Array(1024)
  let one = new Float64Array(1024)
  let draws = new Uint16Array(1024)
  const grow = () => {
    const size = expected.length * 2
    const copy = <T extends Float64Array | Uint16Array>(from: T, to: T) => (to.set(from), to)
    expected = copy(expected, new Float64Array(size))
    none = copy(none, new Float64Array(size))
    one = copy(one, new Float64Array(size))
    draws = copy(draws, new Uint16Array(size))
  }
  for (const item of items) {
    for (const pool of itemPools(sqlite, year, item)) {
      if (pool.ids.length === 0 || pool.count === 0) continue
      const p = Math.min(1, pool.count / pool.ids.length)
      for (const id of pool.ids) {
        let i = slot.get(id)
        if (i === undefined) {
          i = slot.size
          if (i === expected.length) grow()
          slot.set(id, i)
          none[i] = 1
        }
        expected[i] += p
        one[i] = one[i] * (1 - p) + none[i] * p
        none[i] *= 1 - p
        draws[i]++
      }
    }
  }
  const buckets = bucketLabels.map((label) => ({ label, count: 0 }))
  let expectedChecks = 0
  let expectedAtCap = 0
  let likelyAtCap = 0
  let inSeveralItems = 0
  for (let i = 0; i < slot.size; i++) {
    expectedChecks += expected[i]
    buckets[bucketOf(expected[i])].count++
    if (draws[i] < 2) continue
    inSeveralItems++
    const atCap = Math.max(0, Math.min(1, 1 - none[i] - one[i]))
    expectedAtCap += atCap
    if (atCap >= 0.5) likelyAtCap++
  }
  return {
    year,
    items: items.length,
    targets: slot.size,
    expectedChecks: Math.round(expectedChecks * 10) / 10,
    buckets,
    expectedAtCap: Math.round(expectedAtCap * 10) / 10,
    likelyAtCap,
    inSeveralItems
  }
}

/** The item's draw pools as the draw service plans them; a fixed count beyond the pool takes it all. */
function itemPools(sqlite: Database.Database, year: number, item: PlanItemFields) {
  const task = { id: NO_TASK, year, periodStart: item.periodStart, periodEnd: item.periodEnd, keyItem: item.category === '重点' }
  const targetClass = { name: item.name, filter: item.scope, mode: item.mode, count: item.fixedCount ?? undefined, ratios: item.ratios }
  const settings = { taskId: NO_TASK, classes: [targetClass], targeted: false, listedUpgrade: 'oneLevel' as const }
  try {
    return planTargetDraw(sqlite, task, settings).pools
  } catch (error) {
    if (!(error instanceof ServiceError) || item.mode !== 'count') throw error
    return planTargetDraw(sqlite, task, { ...settings, classes: [{ ...targetClass, mode: 'ratio', ratios: { A: 100, B: 100, C: 100, D: 100 } }] }).pools
  }
}
