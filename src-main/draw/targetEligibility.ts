import type { EligibilityRuleCode, EligibilityRuleReport } from '@shared/domain/draw'
import type { RegistrationStatus } from '@shared/domain/enums'
import { effectiveRiskClass, type ListedUpgrade, type RiskProfile } from './effectiveRiskClass'

export interface EligibilityTarget extends RiskProfile {
  id: string
  status: RegistrationStatus
  complaintCount: number
  /** Times drawn for a 双随机 check in the task's year, by any task, before this draw. */
  selectionsThisYear: number
  /** Other tasks that already visit this target, with their execution periods (ISO dates). */
  visits?: readonly { taskId: string; from: string; to: string }[]
}

export interface EligibilityContext {
  /** The task checks a key item (重点事项). */
  keyItem: boolean
  /** A targeted check deployed for 专项整治, a special event or a higher office's order (定向抽查). */
  targeted: boolean
  /** This task, so its own visits are not flagged for merging. */
  taskId?: string
  /** This task's execution period (ISO dates, inclusive). */
  period?: { from: string; to: string }
  /** Complaints that count as 多次被投诉举报; default 3. */
  frequentComplaints?: number
  listedUpgrade?: ListedUpgrade
}

export interface EligibilityResult<T extends EligibilityTarget> {
  eligible: T[]
  /** One line per rule, in the order applied; a target is counted under the first rule that removes it. */
  rules: EligibilityRuleReport[]
  excludedIds: Record<EligibilityRuleCode, string[]>
  /** Eligible targets another task visits in the same period: merge into one visit. */
  mergeCandidates: { targetId: string; taskIds: string[] }[]
}

/**
 * Who may be drawn, applied before the pool is canonicalised and hashed, each rule reported with
 * how many it removed and how many an exception kept.
 */
export function targetEligibility<T extends EligibilityTarget>(
  targets: readonly T[],
  context: EligibilityContext
): EligibilityResult<T> {
  const frequentComplaints = context.frequentComplaints ?? 3
  // 004 §(十五): key sectors and targeted checks (专项整治、特殊事件、上级指令) are not bound by
  // ratio and frequency; 003 §二(六): key supervision items are outside the random-check rules.
  const taskExempt = context.keyItem || context.targeted
  const excludedIds: Record<EligibilityRuleCode, string[]> = { notActive: [], annualCap: [], lowRiskRepeat: [] }
  const exempted: Record<EligibilityRuleCode, number> = { notActive: 0, annualCap: 0, lowRiskRepeat: 0 }
  const eligible: T[] = []
  const mergeCandidates: { targetId: string; taskIds: string[] }[] = []

  for (const target of targets) {
    // 004 §(三十): 注销、吊销 targets are no longer checked; 迁出 ones belong to the receiving office.
    if (target.status !== '存续') {
      excludedIds.notActive.push(target.id)
      continue
    }
    // 004 §(十五): at most two draws a year per entity; entities with repeated complaints, on
    // 经营异常名录, or with 失信/serious-violation records are not bound by the frequency.
    if (target.selectionsThisYear >= 2) {
      const entityExempt = target.abnormalListed || target.seriousViolation || target.complaintCount >= frequentComplaints
      if (!taskExempt && !entityExempt) {
        excludedIds.annualCap.push(target.id)
        continue
      }
      exempted.annualCap++
    }
    // 003 §二(五): a low-risk entity is not checked twice in the same year. The class is the
    // effective one, so a listed A-class target raised by 002 §四(四) is no longer low-risk.
    if (target.selectionsThisYear >= 1 && effectiveRiskClass(target, context.listedUpgrade) === 'A') {
      if (!taskExempt) {
        excludedIds.lowRiskRepeat.push(target.id)
        continue
      }
      exempted.lowRiskRepeat++
    }
    eligible.push(target)
    // 004 §(二十): the same target drawn by different tasks in one period is visited once.
    if (context.period && target.visits?.length) {
      const { from, to } = context.period
      const taskIds = target.visits.filter((v) => v.taskId !== context.taskId && v.from <= to && v.to >= from).map((v) => v.taskId)
      if (taskIds.length > 0) mergeCandidates.push({ targetId: target.id, taskIds })
    }
  }

  const rules: EligibilityRuleReport[] = [
    { rule: 'notActive', label: '登记状态非存续（注销、吊销、迁出）', source: '004 §(三十)', removed: excludedIds.notActive.length, exempted: 0 },
    { rule: 'annualCap', label: '本年度已被抽中 2 次', source: '004 §(十五)', removed: excludedIds.annualCap.length, exempted: exempted.annualCap },
    {
      rule: 'lowRiskRepeat',
      label: '信用风险低（A 类）且本年度已被抽查',
      source: '003 §二(五)',
      removed: excludedIds.lowRiskRepeat.length,
      exempted: exempted.lowRiskRepeat
    }
  ]
  return { eligible, rules, excludedIds, mergeCandidates }
}
