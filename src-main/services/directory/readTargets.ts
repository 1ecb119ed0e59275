import type Database from 'better-sqlite3'
import type { RegistrationStatus, RiskClass, TargetKind, TargetScale } from '@shared/domain/enums'
import type { TargetDto } from '@shared/domain/targets'

interface TargetSqlRow {
  id: number
  kind: TargetKind
  name: string
  uscc: string | null
  reg_no: string | null
  legal_rep: string
  address: string
  phone: string
  town: string
  industry: string
  scale: TargetScale | null
  status: RegistrationStatus
  status_date: string | null
  risk_class: RiskClass
  abnormal: number
  serious_violation: number
  complaint_count: number
  tags: string
  forced_code_reason: string | null
  department_ids: string
  updated_at: string
}

/** The columns `readTargets` maps; `t` is the targets alias of the caller's query. */
export const targetColumns = `t.id, t.kind, t.name, t.uscc, t.reg_no, t.legal_rep, t.address, t.phone, t.town, t.industry,
  t.scale, t.status, t.status_date, t.risk_class, t.abnormal, t.serious_violation, t.complaint_count, t.tags,
  t.forced_code_reason, t.updated_at,
  (SELECT json_group_array(department_id) FROM target_departments d WHERE d.target_id = t.id) AS department_ids`

/** Targets by id, in the order given, as DTOs carrying their departments' short names. */
export function readTargets(sqlite: Database.Database, ids: number[]): TargetDto[] {
  if (ids.length === 0) return []
  const rows = sqlite
    .prepare(`SELECT ${targetColumns} FROM targets t WHERE t.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as TargetSqlRow[]
  const shortNames = new Map(
    (sqlite.prepare('SELECT id, short_name FROM departments').all() as { id: number; short_name: string }[]).map((d) => [d.id, d.short_name])
  )
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const departmentIds = (JSON.parse(row.department_ids) as number[]).sort((a, b) => a - b)
    return [
      {
        id: row.id,
        kind: row.kind,
        name: row.name,
        uscc: row.uscc,
        regNo: row.reg_no,
        legalRep: row.legal_rep,
        address: row.address,
        phone: row.phone,
        town: row.town,
        industry: row.industry,
        scale: row.scale,
        status: row.status,
        statusDate: row.status_date,
        riskClass: row.risk_class,
        abnormal: row.abnormal === 1,
        seriousViolation: row.serious_violation === 1,
        complaintCount: row.complaint_count,
        tags: JSON.parse(row.tags) as string[],
        forcedCodeReason: row.forced_code_reason,
        departmentIds,
        departmentNames: departmentIds.map((d) => shortNames.get(d) ?? `#${d}`),
        updatedAt: row.updated_at
      }
    ]
  })
}
