import type { z } from 'zod'
import type { targetFilterInput } from '@shared/domain/targets'

export type TargetFilter = z.output<typeof targetFilterInput>

/**
 * SQL conditions (over `targets t`) for the directory's filters: the 名录库 search and the pool of
 * a directed draw use this one translation, so a filter means the same in both.
 */
export function targetFilterWhere(filter: TargetFilter): { where: string[]; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return
    where.push(`${column} = ?`)
    params.push(value)
  }
  equal('t.kind', filter.kind)
  equal('t.town', filter.town)
  equal('t.industry', filter.industry)
  equal('t.risk_class', filter.riskClass)
  equal('t.status', filter.status)
  if (filter.abnormal !== undefined) equal('t.abnormal', filter.abnormal ? 1 : 0)
  if (filter.tag !== undefined) {
    // 003 §二(一): 标签化管理 — tags live as a JSON array on the row.
    where.push('EXISTS (SELECT 1 FROM json_each(t.tags) j WHERE j.value = ?)')
    params.push(filter.tag)
  }
  if (filter.specialDirectoryId !== undefined) {
    where.push('t.id IN (SELECT target_id FROM special_directory_members WHERE directory_id = ?)')
    params.push(filter.specialDirectoryId)
  }
  if (filter.departmentId !== undefined) {
    where.push('t.id IN (SELECT target_id FROM target_departments WHERE department_id = ?)')
    params.push(filter.departmentId)
  }
  return { where, params }
}
