import {
  replacementReasonKinds,
  type DrawProof,
  type GroupMember,
  type InspectionGroup,
  type ReplacementReason
} from '@shared/domain/draw'
import { drawFromPool } from './drawFromPool'
import { DrawInputError } from './drawInputError'
import { inspectorCandidates, type InspectorRecord, type SeatNeed } from './inspectorCandidates'
import type { MatchingTask, MatchingVisit } from './inspectorMatching'

export interface ReplaceInspectorInput {
  task: MatchingTask
  visit: MatchingVisit
  group: InspectionGroup
  inspectors: readonly InspectorRecord[]
  /** The inspector leaving the group. */
  replacedId: string
  reason: ReplacementReason
  /** Seats held in the task's inspector draw; the replacement comes from the least loaded. */
  load?: Readonly<Record<string, number>>
  /** A fresh secret (committed before this draw) and the entropy entered for it. */
  secretHex: string
  entropy: string
}

export interface ReplacementOutcome {
  /** The group with the replacement in the replaced member's seat and role. */
  group: InspectionGroup
  replaced: GroupMember
  replacement: GroupMember
  reason: ReplacementReason
  /** An ordinary draw proof over the candidates' 执法证号, verifiable by verifyProof. */
  proof: DrawProof
}

/**
 * 更换执法检查人员 (004 §(二十三)): only for a listed reason (岗位调整、工作冲突、身体健康, 回避
 * for 利害关系, or 其他 with the reason written out); the replacement is drawn from the same seat's
 * remaining candidates by the ordinary verifiable draw. The caller keeps the original group in
 * history: this function returns a new group and never changes its input.
 */
export function replaceInspector(input: ReplaceInspectorInput): ReplacementOutcome {
  const { task, visit, group, reason } = input
  if (!replacementReasonKinds.includes(reason.kind)) {
    throw new DrawInputError(`更换理由须为${replacementReasonKinds.join('、')}之一`)
  }
  const text = reason.text?.trim()
  if (reason.kind === '其他' && !text) throw new DrawInputError('选择“其他”作为更换理由时，须写明具体原因')
  const seatIndex = group.members.findIndex((m) => m.inspectorId === input.replacedId)
  if (seatIndex < 0) throw new DrawInputError(`${input.replacedId} 不在检查对象 ${group.visitId} 的检查组中`)
  const replaced = group.members[seatIndex]

  const need: SeatNeed =
    replaced.role === '专家'
      ? { departmentId: null, kind: '专家', qualifications: [], specialty: replaced.specialty }
      : { departmentId: replaced.departmentId, kind: '执法人员', qualifications: visit.qualifications?.[replaced.departmentId] ?? [] }
  const seated = new Set(group.members.map((m) => m.inspectorId))
  const candidates = inspectorCandidates(input.inspectors, need, visit.targetIds, seated)
  const departmentName = need.departmentId === null ? '专家库' : (task.departmentNames[need.departmentId] ?? need.departmentId)
  if (candidates.length === 0) {
    throw new DrawInputError(`${departmentName}没有可替换的人员：在岗、符合资质且无需回避的人员都已在检查组中`)
  }
  // Same balance as the inspector draw: the least loaded candidates form the pool.
  const loadOf = (id: string) => input.load?.[id] ?? 0
  const fewest = Math.min(...candidates.map((c) => loadOf(c.id)))
  const pool = candidates.filter((c) => loadOf(c.id) === fewest)

  const { selected, proof } = drawFromPool(
    pool.map((c) => c.id),
    { count: 1, purpose: 'replacement', visitId: visit.id, replacedId: replaced.inspectorId, reason: reason.kind },
    input.secretHex,
    input.entropy,
    { includePool: true }
  )
  const chosen = pool.find((c) => c.id === selected[0]) as InspectorRecord
  const replacement: GroupMember = { ...replaced, inspectorId: chosen.id, departmentId: chosen.departmentId }
  const members = group.members.map((m, i) => (i === seatIndex ? replacement : m))
  return {
    group: { visitId: group.visitId, members },
    replaced,
    replacement,
    reason: text ? { kind: reason.kind, text } : { kind: reason.kind },
    proof
  }
}
