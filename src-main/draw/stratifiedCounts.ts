import { strata as allStrata, type Stratum } from '@shared/domain/draw'
import { DrawInputError } from './drawInputError'
import { effectiveRiskClass, type ListedUpgrade, type RiskProfile } from './effectiveRiskClass'
import { ratioCount } from './ratioCount'

/** Per-stratum ratio in percent (003 §二(五): ratios follow the credit risk classes, e.g. A 3, B 4, C 5, D 6). */
export type StratumRatios = Partial<Record<Stratum, number>>

export interface StratumPlan {
  stratum: Stratum
  /** Target ids in this stratum, in input order (the draw canonicalises them). */
  ids: string[]
  size: number
  percent: number
  /** ceil(size × percent / 100), at least 1 when the stratum is non-empty (ratioCount). */
  count: number
  /** Targets raised into this stratum from a lower class (002 §四(四)). */
  upgraded: number
}

/**
 * Splits eligible targets into strata by effective credit risk class and works out each
 * stratum's draw count. Each stratum is then drawn on its own (parameters carry the stratum).
 */
export function stratifiedCounts(
  targets: readonly (RiskProfile & { id: string })[],
  ratios: StratumRatios,
  listedUpgrade: ListedUpgrade = 'oneLevel'
): StratumPlan[] {
  const groups = new Map<Stratum, { ids: string[]; upgraded: number }>(allStrata.map((s) => [s, { ids: [], upgraded: 0 }]))
  for (const target of targets) {
    const stratum = effectiveRiskClass(target, listedUpgrade)
    const group = groups.get(stratum) as { ids: string[]; upgraded: number }
    group.ids.push(target.id)
    if (stratum !== (target.riskClass ?? '未分类')) group.upgraded++
  }
  return allStrata.map((stratum) => {
    const { ids, upgraded } = groups.get(stratum) as { ids: string[]; upgraded: number }
    const percent = ratios[stratum]
    if (percent === undefined) {
      if (ids.length > 0) throw new DrawInputError(`有 ${ids.length} 个${stratumLabel(stratum)}对象，但未设置该类的抽查比例`)
      return { stratum, ids, size: 0, percent: 0, count: 0, upgraded }
    }
    return { stratum, ids, size: ids.length, percent, count: ratioCount(ids.length, percent), upgraded }
  })
}

function stratumLabel(stratum: Stratum): string {
  return stratum === '未分类' ? '未分类' : `${stratum} 类`
}
