import type Database from 'better-sqlite3'
import type { VerificationFields } from '@shared/domain/verification'
import { targetIdentifierSql } from '../draw/targetIdentifier'

/**
 * What a notice's QR code signs (issue 9 §3; docs/verification.md), read from the register the same
 * way for printing and for 核验: its 字号, the issuing task's 任务编号, the target's 统一社会信用代码 or
 * 注册号 (the identifier the draw uses), the visit's planned day (the issuing task's period start when
 * no day is set), and the 执法证号 of the visit's group members not replaced, leader first. Members
 * without a 执法证号 are left out (the notice prints 未登记 for them).
 */
export function readNoticeVerificationFields(sqlite: Database.Database, noticeIds: readonly number[]): Map<number, VerificationFields> {
  const notice = sqlite.prepare(
    `SELECT n.number_text AS number, k.code AS taskCode, n.visit_id AS visitId,
            coalesce((SELECT ${targetIdentifierSql} FROM targets t WHERE t.id = coalesce(n.target_id, v.target_id)), '') AS targetCode,
            coalesce(v.planned_date, k.period_start, '') AS inspectionDate
       FROM notices n JOIN tasks k ON k.id = n.task_id LEFT JOIN visits v ON v.id = n.visit_id
      WHERE n.id = ?`
  )
  const certificates = sqlite.prepare(
    `SELECT i.cert_no AS certNo
       FROM inspection_groups g JOIN group_members m ON m.group_id = g.id JOIN inspectors i ON i.id = m.inspector_id
      WHERE g.visit_id = ? AND m.replaced_by IS NULL AND coalesce(trim(i.cert_no), '') <> ''
      ORDER BY g.id, m.is_leader DESC, m.seat, m.id`
  )
  const fields = new Map<number, VerificationFields>()
  for (const id of noticeIds) {
    const row = notice.get(id) as { number: string; taskCode: string; visitId: number | null; targetCode: string; inspectionDate: string } | undefined
    if (!row) continue
    const certificateNumbers = row.visitId === null ? [] : (certificates.all(row.visitId) as { certNo: string }[]).map((r) => r.certNo.trim())
    fields.set(id, { number: row.number, taskCode: row.taskCode, targetCode: row.targetCode, inspectionDate: row.inspectionDate, certificateNumbers })
  }
  return fields
}

/** The id of the notice a 字号 names (the latest, as the register shows it). */
export function noticeIdByNumber(sqlite: Database.Database, numberText: string): number | null {
  const row = sqlite.prepare('SELECT id FROM notices WHERE number_text = ? ORDER BY id DESC LIMIT 1').get(numberText) as { id: number } | undefined
  return row?.id ?? null
}
