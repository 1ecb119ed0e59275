import type Database from 'better-sqlite3'
import type { TaskChecklistItemDto, TaskDto, TaskSummaryDto } from '@shared/domain/tasks'
import type { ChecklistCategory, TaskStatus } from '@shared/domain/enums'
import { notFound } from '../serviceError'

interface TaskRecord {
  id: number
  code: string
  year: number
  name: string
  lead_department_id: number
  participating_department_ids: string
  checklist_item_ids: string
  period_start: string | null
  period_end: string | null
  status: TaskStatus
  ad_hoc_reason: string
  created_at: string
}

function departmentNames(sqlite: Database.Database): Map<number, string> {
  const rows = sqlite.prepare('SELECT id, name FROM departments').all() as { id: number; name: string }[]
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Targets of each task's current draw (task_targets holds only the current draw's rows). */
function targetCounts(sqlite: Database.Database): Map<number, number> {
  const rows = sqlite.prepare('SELECT task_id, count(*) AS n FROM task_targets GROUP BY task_id').all() as { task_id: number; n: number }[]
  return new Map(rows.map((r) => [r.task_id, r.n]))
}

function summary(row: TaskRecord, names: Map<number, string>, counts: Map<number, number>): TaskSummaryDto {
  const participating = JSON.parse(row.participating_department_ids) as number[]
  return {
    id: row.id,
    code: row.code,
    year: row.year,
    name: row.name,
    leadDepartmentId: row.lead_department_id,
    leadDepartmentName: names.get(row.lead_department_id) ?? '',
    participatingDepartmentIds: participating,
    participatingDepartmentNames: participating.map((id) => names.get(id) ?? ''),
    periodStart: row.period_start ?? '',
    periodEnd: row.period_end ?? '',
    status: row.status,
    targetCount: counts.get(row.id) ?? 0
  }
}

/** Checklist item versions by id, with their department's name (a task keeps the versions it was created with). */
export function readChecklistItems(sqlite: Database.Database, ids: readonly number[] | 'current', today = ''): TaskChecklistItemDto[] {
  const sql = `SELECT c.id, c.code, c.name, c.category, c.department_id AS departmentId, d.name AS departmentName, c.qualification
     FROM checklist_items c JOIN departments d ON d.id = c.department_id`
  const rows =
    ids === 'current'
      ? (sqlite
          .prepare(`${sql} WHERE c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to > ?) ORDER BY c.code`)
          .all(today, today) as TaskChecklistItemDto[])
      : (sqlite.prepare(`${sql} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as TaskChecklistItemDto[])
  if (ids === 'current') return rows.map((r) => ({ ...r, category: r.category as ChecklistCategory }))
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export function listTasks(sqlite: Database.Database): TaskSummaryDto[] {
  const rows = sqlite.prepare('SELECT * FROM tasks ORDER BY year DESC, code DESC').all() as TaskRecord[]
  const names = departmentNames(sqlite)
  const counts = targetCounts(sqlite)
  return rows.map((row) => summary(row, names, counts))
}

export function readTask(sqlite: Database.Database, id: number): TaskDto {
  const row = sqlite.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as TaskRecord | undefined
  if (!row) throw notFound('这个联合抽查任务')
  return {
    ...summary(row, departmentNames(sqlite), targetCounts(sqlite)),
    checklistItems: readChecklistItems(sqlite, JSON.parse(row.checklist_item_ids) as number[]),
    adHocReason: row.ad_hoc_reason,
    createdAt: row.created_at
  }
}
