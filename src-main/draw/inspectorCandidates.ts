import type { InspectorKind, InspectorStatus } from '@shared/domain/enums'

export interface InspectorRecord {
  /** 执法证号 (or the expert's registration number): the identifier drawn. */
  id: string
  departmentId: string
  kind: InspectorKind
  status: InspectorStatus
  /** 执法资质. */
  qualifications: readonly string[]
  /** 业务专长 tags. */
  specialties: readonly string[]
  /** Target ids the inspector must not check (回避范围, resolved by the service). */
  avoidTargetIds: readonly string[]
}

/** What one seat in an inspection group asks for. */
export interface SeatNeed {
  /** The department the seat belongs to; null for an expert, who may come from anywhere. */
  departmentId: string | null
  kind: '执法人员' | '专家'
  qualifications: readonly string[]
  specialty?: string
}

/**
 * Inspectors who may fill a seat: only 在岗 (004 §(二十三)); of the seat's kind and department;
 * holding every qualification the checklist items need (004 §(二十二)); with the specialty an
 * expert seat asks for (004 §(二十一)); not avoiding any target of the visit (004 §(二十三),
 * 003 §二(一) 回避范围); not already excluded (seated in the group, being replaced).
 */
export function inspectorCandidates(
  inspectors: readonly InspectorRecord[],
  need: SeatNeed,
  visitTargetIds: readonly string[],
  exclude: ReadonlySet<string>
): InspectorRecord[] {
  return inspectors.filter(
    (inspector) =>
      inspector.status === '在岗' &&
      inspector.kind === need.kind &&
      (need.departmentId === null || inspector.departmentId === need.departmentId) &&
      need.qualifications.every((q) => inspector.qualifications.includes(q)) &&
      (need.specialty === undefined || inspector.specialties.includes(need.specialty)) &&
      !visitTargetIds.some((t) => inspector.avoidTargetIds.includes(t)) &&
      !exclude.has(inspector.id)
  )
}
