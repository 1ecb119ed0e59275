import type Database from 'better-sqlite3'
import type { Stratum } from '@shared/domain/draw'
import type { ClassPreviewDto, DrawPreviewDto } from '@shared/domain/drawSession'
import type { ParsedInput } from '@shared/contract'
import { canonicalPool } from '../../draw/canonicalPool'
import { DrawInputError } from '../../draw/drawInputError'
import { stratifiedCounts } from '../../draw/stratifiedCounts'
import { targetEligibility } from '../../draw/targetEligibility'
import { ServiceError } from '../serviceError'
import { loadDrawHistory, loadDrawTargets } from './loadDrawTargets'

export type DrawSettings = ParsedInput<'draw:preview'>

/** One pool that is drawn on its own: a target class, or one risk stratum of it. */
export interface PlannedPool {
  className: string
  /** Null when the class is drawn by a fixed count, without strata. */
  stratum: Stratum | null
  percent: number | null
  count: number
  /** Canonical identifiers (docs/draw-algorithm.md §2). */
  ids: string[]
  hash: string
}

export interface TargetDrawPlan {
  preview: Omit<DrawPreviewDto, 'shortfalls'>
  pools: PlannedPool[]
}

export interface PlanTask {
  id: number
  year: number
  periodStart: string | null
  periodEnd: string | null
  /** The task checks a key item (重点事项). */
  keyItem: boolean
}

/**
 * The pools of a task's target draw, from the directory as it is now: per class, the filter's
 * targets not already in an earlier class (004 §(十八): classes drawn one by one, merged, so a
 * target matching two classes is drawn in the first only), the eligibility rules
 * (targetEligibility), the strata and their counts (stratifiedCounts), each pool canonical.
 * The rules live in src-main/draw; this only feeds them.
 */
export function planTargetDraw(sqlite: Database.Database, task: PlanTask, settings: DrawSettings): TargetDrawPlan {
  const history = loadDrawHistory(sqlite, task.id, task.year)
  const period = task.periodStart && task.periodEnd ? { from: task.periodStart, to: task.periodEnd } : undefined
  const taken = new Set<string>()
  const pools: PlannedPool[] = []
  const classes: ClassPreviewDto[] = []
  let mergeCandidates = 0

  settings.classes.forEach((targetClass, index) => {
    const matched = loadDrawTargets(sqlite, targetClass.filter, history)
    const fresh = taken.size === 0 ? matched : matched.filter((t) => !taken.has(t.id))
    // Only a later class needs to know who is taken (a million-entry set is not free).
    if (index < settings.classes.length - 1) for (const t of fresh) taken.add(t.id)
    const eligibility = targetEligibility(fresh, {
      keyItem: task.keyItem,
      targeted: settings.targeted,
      taskId: String(task.id),
      period,
      listedUpgrade: settings.listedUpgrade
    })
    mergeCandidates += eligibility.mergeCandidates.length
    const preview: ClassPreviewDto = {
      name: targetClass.name,
      mode: targetClass.mode,
      matched: matched.length,
      inEarlierClass: matched.length - fresh.length,
      eligible: eligibility.eligible.length,
      rules: eligibility.rules,
      strata: [],
      count: 0
    }
    if (targetClass.mode === 'count') {
      const pool = canonicalPool(eligibility.eligible.map((t) => t.id))
      const count = targetClass.count ?? 0
      if (count > pool.ids.length) {
        throw new ServiceError(
          'VALIDATION',
          `“${targetClass.name}”符合条件的对象只有 ${pool.ids.length} 个，不够抽取 ${count} 个：请减少数量或放宽范围`,
          `classes.${index}.count`
        )
      }
      pools.push({ className: targetClass.name, stratum: null, percent: null, count, ids: pool.ids, hash: pool.hash })
      preview.strata.push({ stratum: '未分类', size: pool.ids.length, percent: null, count, upgraded: 0, poolHash: pool.hash })
      preview.count = count
    } else {
      let strata
      try {
        strata = stratifiedCounts(eligibility.eligible, targetClass.ratios, settings.listedUpgrade)
      } catch (error) {
        if (error instanceof DrawInputError) throw new ServiceError('VALIDATION', `“${targetClass.name}”：${error.message}`, `classes.${index}.ratios`)
        throw error
      }
      for (const stratum of strata) {
        if (stratum.size === 0 && stratum.stratum === '未分类') continue
        const pool = canonicalPool(stratum.ids)
        preview.strata.push({ stratum: stratum.stratum, size: stratum.size, percent: stratum.percent, count: stratum.count, upgraded: stratum.upgraded, poolHash: pool.hash })
        preview.count += stratum.count
        if (stratum.count > 0) {
          pools.push({ className: targetClass.name, stratum: stratum.stratum, percent: stratum.percent, count: stratum.count, ids: pool.ids, hash: pool.hash })
        }
      }
    }
    classes.push(preview)
  })

  const union = canonicalPool(mergeSorted(pools.map((p) => p.ids)))
  return {
    preview: {
      taskId: task.id,
      keyItem: task.keyItem,
      targeted: settings.targeted,
      classes,
      poolSize: union.ids.length,
      poolHash: union.hash,
      toDraw: pools.reduce((sum, p) => sum + p.count, 0),
      mergeCandidates
    },
    pools
  }
}

/** Merges sorted, disjoint lists into one sorted list (so the union pool needs no sort). */
function mergeSorted(lists: readonly string[][]): string[] {
  let merged: string[] = []
  for (const list of lists) {
    if (merged.length === 0) {
      merged = list.slice()
      continue
    }
    const out: string[] = new Array(merged.length + list.length)
    let a = 0
    let b = 0
    let o = 0
    while (a < merged.length && b < list.length) out[o++] = merged[a] <= list[b] ? merged[a++] : list[b++]
    while (a < merged.length) out[o++] = merged[a++]
    while (b < list.length) out[o++] = list[b++]
    merged = out
  }
  return merged
}
