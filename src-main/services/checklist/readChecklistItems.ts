import type Database from 'better-sqlite3'
import type { CheckMethod, ChecklistCategory } from '@shared/domain/enums'
import type { ChecklistItemDto, ChecklistItemStatus } from '@shared/domain/checklist'

interface ChecklistSqlRow {
  id: number
  root_id: number | null
  version: number
  code: string
  department_id: number
  name: string
  category: ChecklistCategory
  target_type: string
  methods: string
  basis: string
  content: string
  qualification: string
  joint_department_ids: string
  valid_from: string
  valid_to: string | null
  updated_at: string
  task_count: number
}

export interface ChecklistQuery {
  /** Only the latest version of each item (the list screen); otherwise the ids given. */
  ids?: number[]
  departmentId?: number
  category?: ChecklistCategory
  text?: string
  includeAbolished?: boolean
}

/** An item's state on `today`: a closed version whose end has passed is 已废止. */
export function checklistStatus(validFrom: string, validTo: string | null, today: string): ChecklistItemStatus {
  if (validTo !== null && validTo < today) return '已废止'
  return validFrom > today ? '未生效' : '现行'
}

/** Tasks that name this checklist version (tasks.checklist_item_ids keeps the version ids). */
export const taskCountSql = `(SELECT count(*) FROM tasks k, json_each(k.checklist_item_ids) j WHERE j.value = c.id)`

/**
 * Checklist versions as DTOs, ordered by department order and code. Without `ids`, only the latest
 * version of each item, filtered as the list screen asks.
 */
export function readChecklistItems(sqlite: Database.Database, today: string, query: ChecklistQuery = {}): ChecklistItemDto[] {
  const where: string[] = []
  const params: unknown[] = []
  if (query.ids) {
    where.push('c.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(query.ids))
  } else {
    where.push('NOT EXISTS (SELECT 1 FROM checklist_items n WHERE coalesce(n.root_id, n.id) = coalesce(c.root_id, c.id) AND n.version > c.version)')
    if (!query.includeAbolished) {
      where.push('(c.valid_to IS NULL OR c.valid_to >= ?)')
      params.push(today)
    }
  }
  if (query.departmentId !== undefined) {
    where.push('c.department_id = ?')
    params.push(query.departmentId)
  }
  if (query.category !== undefined) {
    where.push('c.category = ?')
    params.push(query.category)
  }
  if (query.text) {
    where.push("(instr(c.name, ?) > 0 OR instr(c.code, upper(?)) > 0 OR instr(c.target_type, ?) > 0)")
    params.push(query.text, query.text, query.text)
  }
  const rows = sqlite
    .prepare(
      `SELECT c.*, ${taskCountSql} AS task_count FROM checklist_items c JOIN departments d ON d.id = c.department_id
       WHERE ${where.join(' AND ')} ORDER BY d.sort_order, d.id, c.code, c.version`
    )
    .all(...params) as ChecklistSqlRow[]
  const shortNames = new Map(
    (sqlite.prepare('SELECT id, short_name FROM departments').all() as { id: number; short_name: string }[]).map((d) => [d.id, d.short_name])
  )
  const nameOf = (id: number) => shortNames.get(id) ?? `#${id}`
  return rows.map((row) => {
    const jointDepartmentIds = JSON.parse(row.joint_department_ids) as number[]
    return {
      id: row.id,
      rootId: row.root_id ?? row.id,
      version: row.version,
      code: row.code,
      departmentId: row.department_id,
      departmentName: nameOf(row.department_id),
      name: row.name,
      category: row.category,
      targetType: row.target_type,
      methods: JSON.parse(row.methods) as CheckMethod[],
      basis: row.basis,
      content: row.content,
      qualification: row.qualification,
      jointDepartmentIds,
      jointDepartmentNames: jointDepartmentIds.map(nameOf),
      validFrom: row.valid_from,
      validTo: row.valid_to,
      status: checklistStatus(row.valid_from, row.valid_to, today),
      taskCount: row.task_count,
      updatedAt: row.updated_at
    }
  })
}
