import type Database from 'better-sqlite3'
import type { TaskChecklistItemDto, TaskDto, TaskSummaryDto } from '@shared/domain/tasks'
import type { ParsedInput } from '@shared/contract'
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
  ad_hoc: number
  ad_hoc_reason: string
  plan_item_id: number | null
  plan_item_name: string | null
  created_at: string
}

/** Task rows with the name of the plan item they carry out. */
const TASK_SELECT = 'SELECT t.*, pi.name AS plan_item_name FROM tasks t LEFT JOIN plan_items pi ON pi.id = t.plan_item_id'

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
    targetCount: counts.get(row.id) ?? 0,
    planItemId: row.plan_item_id,
    planItemName: row.plan_item_name ?? '',
    adHoc: row.ad_hoc === 1
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

/** The task list, filtered on the server (issue 8 §1): year, a department leading or taking part, status, plan item. */
export function listTasks(sqlite: Database.Database, filter: Partial<ParsedInput<'tasks:list'>> = {}): TaskSummaryDto[] {
  const where: string[] = []
  const params: unknown[] = []
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition)
    params.push(...values)
  }
  if (filter.year != null) add('t.year = ?', filter.year)
  if (filter.status != null) add('t.status = ?', filter.status)
  if (filter.planItemId != null) add('t.plan_item_id = ?', filter.planItemId)
  if (filter.departmentId != null) {
    add('(t.lead_department_id = ? OR EXISTS (SELECT 1 FROM json_each(t.participating_department_ids) WHERE value = ?))', filter.departmentId, filter.departmentId)
  }
  const rows = sqlite
    .prepare(`${TASK_SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.year DESC, t.code DESC`)
    .all(...params) as TaskRecord[]
  const names = departmentNames(sqlite)
  const counts = targetCounts(sqlite)
  return rows.map((row) => summary(row, names, counts))
}

export function readTask(sqlite: Database.Database, id: number): TaskDto {
  const row = sqlite.prepare(`${TASK_SELECT} WHERE t.id = ?`).get(id) as TaskRecord | undefined
  if (!row) throw notFound('这个联合抽查任务')
  const base = summary(row, departmentNames(sqlite), targetCounts(sqlite))
  const { groups } = sqlite
    .prepare(
      `SELECT count(*) AS groups FROM (
         SELECT id FROM inspection_groups WHERE task_id = ?
         UNION SELECT g.id FROM task_targets tt JOIN inspection_groups g ON g.visit_id = tt.visit_id WHERE tt.task_id = ?)`
    )
    .get(id, id) as { groups: number }
  const { draws } = sqlite.prepare('SELECT count(*) AS draws FROM draws WHERE task_id = ?').get(id) as { draws: number }
  return {
    ...base,
    checklistItems: readChecklistItems(sqlite, JSON.parse(row.checklist_item_ids) as number[]),
    adHocReason: row.ad_hoc_reason,
    createdAt: row.created_at,
    groupCount: groups,
    // 004 §(十九): what is drawn is fixed by the task as set before the draw.
    editable: row.status === '草拟' && base.targetCount === 0 && draws === 0
  }
}
