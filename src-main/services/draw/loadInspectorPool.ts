import type Database from 'better-sqlite3'
import type { InspectorKind, InspectorStatus } from '@shared/domain/enums'
import type { InspectorRecord } from '../../draw/inspectorCandidates'
import { inspectorMatching, type MatchingTask, type MatchingVisit } from '../../draw/inspectorMatching'
import { targetIdentifierSql } from './targetIdentifier'

export interface InspectorInfo {
  inspectorId: number
  name: string
  departmentId: number
}

export interface InspectorPool {
  /** 执法人员 and 专家 of every status (inspectorCandidates keeps only 在岗 ones). */
  records: InspectorRecord[]
  /** By identifier (执法证号, or "专家" and the record number for an expert without one). */
  info: Map<string, InspectorInfo>
}

/** The identifier an inspector is drawn under: the 执法证号 (issue 4), else "专家" and the record number. */
export function inspectorIdentifier(row: { id: number; certNo: string | null }): string {
  return row.certNo ?? `专家${row.id}`
}

/** The inspector directory as the matching sees it, avoidance resolved to target identifiers. */
export function loadInspectorPool(sqlite: Database.Database): InspectorPool {
  const rows = sqlite
    .prepare(
      `SELECT id, name, cert_no AS certNo, department_id AS departmentId, kind, status, qualifications, specialties, avoidance
         FROM inspectors WHERE kind IN ('执法人员', '专家')`
    )
    .all() as {
    id: number
    name: string
    certNo: string | null
    departmentId: number
    kind: InspectorKind
    status: InspectorStatus
    qualifications: string
    specialties: string
    avoidance: string
  }[]
  const avoided = rows.flatMap((r) => (JSON.parse(r.avoidance) as { targetIds?: number[] }).targetIds ?? [])
  const identifiers = new Map<number, string>()
  if (avoided.length > 0) {
    const found = sqlite
      .prepare(`SELECT t.id AS id, ${targetIdentifierSql} AS identifier FROM targets t WHERE t.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...new Set(avoided)])) as { id: number; identifier: string }[]
    for (const f of found) identifiers.set(f.id, f.identifier)
  }
  const info = new Map<string, InspectorInfo>()
  const records = rows.map((r): InspectorRecord => {
    const id = inspectorIdentifier(r)
    info.set(id, { inspectorId: r.id, name: r.name, departmentId: r.departmentId })
    const avoidance = JSON.parse(r.avoidance) as { targetIds?: number[] }
    return {
      id,
      departmentId: String(r.departmentId),
      kind: r.kind,
      status: r.status,
      qualifications: JSON.parse(r.qualifications) as string[],
      specialties: JSON.parse(r.specialties) as string[],
      avoidTargetIds: (avoidance.targetIds ?? []).flatMap((t) => identifiers.get(t) ?? [])
    }
  })
  return { records, info }
}

export interface MatchingSetup {
  task: MatchingTask
  /** 执法资质 each department's members need for the task's checklist items (004 §(二十二)). */
  qualifications: Record<string, string[]>
}

/** The matching's view of a task: lead and participating departments, the items' qualifications. */
export function matchingSetup(
  sqlite: Database.Database,
  task: { leadDepartmentId: number; participatingDepartmentIds: number[] },
  items: readonly { departmentId: number; qualification: string }[]
): MatchingSetup {
  const names = new Map(
    (sqlite.prepare('SELECT id, name FROM departments').all() as { id: number; name: string }[]).map((d) => [String(d.id), d.name])
  )
  const seated = new Set([String(task.leadDepartmentId), ...task.participatingDepartmentIds.map(String)])
  const qualifications: Record<string, string[]> = {}
  for (const item of items) {
    const department = String(item.departmentId)
    if (!item.qualification || !seated.has(department)) continue
    const list = (qualifications[department] ??= [])
    if (!list.includes(item.qualification)) list.push(item.qualification)
  }
  for (const list of Object.values(qualifications)) list.sort()
  const departmentNames: Record<string, string> = {}
  for (const id of seated) departmentNames[id] = names.get(id) ?? id
  return {
    task: {
      leadDepartmentId: String(task.leadDepartmentId),
      participatingDepartmentIds: task.participatingDepartmentIds.map(String).sort(),
      departmentNames
    },
    qualifications
  }
}

/**
 * Shortfalls that hold for every group, whatever targets are drawn (issue 4: said before
 * drawing, naming the department): the matching's own check over one group with nobody to avoid.
 */
export function inspectorShortfalls(setup: MatchingSetup, pool: InspectorPool): string[] {
  const probe: MatchingVisit = { id: '每组', targetIds: [], qualifications: setup.qualifications }
  const outcome = inspectorMatching(setup.task, [probe], pool.records, { randInt: () => 0 })
  if (outcome.ok) return []
  return outcome.shortfalls.map((s) => s.message.replace('检查对象 每组 需要', '每个检查组需要'))
}
