import type { RiskClass } from '@shared/domain/enums'
import type { Stratum } from '@shared/domain/draw'

export interface RiskProfile {
  riskClass: RiskClass | null
  /** Listed on 经营异常名录. */
  abnormalListed: boolean
  /** Has a serious-violation record (严重违法失信). */
  seriousViolation: boolean
}

/** How far a listed target is raised: not at all, one class, or to D. */
export type ListedUpgrade = 'none' | 'oneLevel' | 'highest'

const order: readonly RiskClass[] = ['A', 'B', 'C', 'D']

/**
 * The stratum a target is drawn in. 002 §四(四): a target on 经营异常名录 or with serious
 * violations has its risk level raised (提高风险等级). An unclassified target counts as B (一般)
 * when raised, so it lands in C with 'oneLevel'.
 */
export function effectiveRiskClass(target: RiskProfile, upgrade: ListedUpgrade = 'oneLevel'): Stratum {
  const listed = target.abnormalListed || target.seriousViolation
  if (!listed || upgrade === 'none') return target.riskClass ?? '未分类'
  if (upgrade === 'highest') return 'D'
  const base = order.indexOf(target.riskClass ?? 'B')
  return order[Math.min(base + 1, order.length - 1)]
}
