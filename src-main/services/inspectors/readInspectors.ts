import type Database from 'better-sqlite3'
import type { InspectorKind, InspectorStatus } from '@shared/domain/enums'
import type { ParsedInput } from '@shared/contract'
import type { InspectorDto } from '@shared/domain/inspectors'

interface InspectorSqlRow {
  id: number
  department_id: number
  department_name: string
  name: string
  cert_no: string | null
  kind: InspectorKind
  qualifications: string
  specialties: string
  post: string
  organization: string
  phone: string
  status: InspectorStatus
  status_from: string | null
  status_to: string | null
  region: string
  avoidance: string
  updated_at: string
}

const columns = `i.id, i.department_id, d.short_name AS department_name, i.name, i.cert_no, i.kind, i.qualifications, i.specialties,
  i.post, i.organization, i.phone, i.status, i.status_from, i.status_to, i.region, i.avoidance, i.updated_at`

type SearchInput = ParsedInput<'inspectors:search'>

/** 执法检查人员 matching the filters, by department order then name. */
export function searchInspectors(sqlite: Database.Database, input: SearchInput): InspectorDto[] {
  const where: string[] = []
  const params: unknown[] = []
  if (input.text) {
    const like = `%${input.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    where.push("(i.name LIKE ? ESCAPE '\\' OR i.cert_no LIKE ? ESCAPE '\\' OR i.post LIKE ? ESCAPE '\\' OR i.organization LIKE ? ESCAPE '\\')")
    params.push(like, like, like, like)
  }
  const equal = (column: string, value: unknown) => {
    if (value === undefined || value === '') return
    where.push(`${column} = ?`)
    params.push(value)
  }
  equal('i.department_id', input.departmentId)
  equal('i.kind', input.kind)
  equal('i.status', input.status)
  equal('i.region', input.region)
  if (input.qualification) {
    where.push('EXISTS (SELECT 1 FROM json_each(i.qualifications) j WHERE j.value = ?)')
    params.push(input.qualification)
  }
  if (input.specialty) {
    where.push('EXISTS (SELECT 1 FROM json_each(i.specialties) j WHERE j.value = ?)')
    params.push(input.specialty)
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const rows = sqlite
    .prepare(`SELECT ${columns} FROM inspectors i JOIN departments d ON d.id = i.department_id ${whereSql} ORDER BY d.sort_order, d.id, i.name, i.id`)
    .all(...params) as InspectorSqlRow[]
  return toDtos(sqlite, rows)
}

export function readInspector(sqlite: Database.Database, id: number): InspectorDto | undefined {
  const rows = sqlite.prepare(`SELECT ${columns} FROM inspectors i JOIN departments d ON d.id = i.department_id WHERE i.id = ?`).all(id) as InspectorSqlRow[]
  return toDtos(sqlite, rows)[0]
}

function toDtos(sqlite: Database.Database, rows: InspectorSqlRow[]): InspectorDto[] {
  const parsed = rows.map((row) => ({ row, avoidance: JSON.parse(row.avoidance) as { targetIds: number[]; rules: string[] } }))
  const targetIds = [...new Set(parsed.flatMap((p) => p.avoidance.targetIds))]
  const targets = new Map(
    targetIds.length === 0
      ? []
      : (
          sqlite
            .prepare('SELECT id, name, coalesce(uscc, reg_no) AS code FROM targets WHERE id IN (SELECT value FROM json_each(?))')
            .all(JSON.stringify(targetIds)) as { id: number; name: string; code: string | null }[]
        ).map((t) => [t.id, t])
  )
  return parsed.map(({ row, avoidance }) => ({
    id: row.id,
    departmentId: row.department_id,
    departmentName: row.department_name,
    name: row.name,
    certNo: row.cert_no,
    kind: row.kind,
    qualifications: JSON.parse(row.qualifications) as string[],
    specialties: JSON.parse(row.specialties) as string[],
    post: row.post,
    organization: row.organization,
    phone: row.phone,
    status: row.status,
    statusFrom: row.status_from,
    statusTo: row.status_to,
    region: row.region,
    avoidTargets: avoidance.targetIds.flatMap((id) => {
      const target = targets.get(id)
      return target ? [target] : []
    }),
    avoidRules: avoidance.rules,
    updatedAt: row.updated_at
  }))
}
