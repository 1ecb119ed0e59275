import type Database from 'better-sqlite3'
import type { MatchingTask, MatchingVisit } from '../../draw/inspectorMatching'
import type { TaskDto } from '@shared/domain/tasks'
import { readTask } from '../tasks/readTasks'
import { matchingSetup } from './loadInspectorPool'
import { targetIdentifierSql } from './targetIdentifier'

/** 004 §(三十): targets that are still to be checked; 无法联系/已注销吊销/已迁出 need no group. */
export const outcomesNeedingGroup = ['待检查', '已检查'] as const
const outcomesSql = outcomesNeedingGroup.map((o) => `'${o}'`).join(', ')

export interface VisitToMatch {
  visitId: number
  targetId: number
  identifier: string
  name: string
  town: string
  /** Every task whose target list points at this visit (two or more: a merged visit). */
  taskCodes: string[]
  matching: MatchingVisit
}

export interface InspectorDrawSetup {
  task: MatchingTask
  visits: VisitToMatch[]
}

/**
 * The matching's inputs for a task's visits (004 §(二十一)): by default those of the task still to
 * be checked that have no inspection group yet; `only` restricts to given visits (a replacement).
 * A visit shared with another task (004 §(二十) 进一次门、查多项事) needs the qualifications of the
 * checklist items of all its tasks and members from the departments of all of them; the leader
 * still comes from this task's lead department.
 */
export function visitsToMatch(sqlite: Database.Database, task: TaskDto, only?: { visitId: number }): InspectorDrawSetup {
  const rows = sqlite
    .prepare(
      `SELECT tt.visit_id AS visitId, tt.target_id AS targetId, ${targetIdentifierSql} AS identifier, t.name, t.town
         FROM task_targets tt JOIN targets t ON t.id = tt.target_id
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL AND tt.outcome IN (${outcomesSql})
          AND ${only ? 'tt.visit_id = ?' : 'NOT EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = tt.visit_id)'}
        ORDER BY identifier`
    )
    .all(...(only ? [task.id, only.visitId] : [task.id])) as { visitId: number; targetId: number; identifier: string; name: string; town: string }[]
  const tasksOn = sqlite.prepare(
    `SELECT DISTINCT task_id AS taskId FROM task_targets WHERE visit_id = ? AND outcome IN (${outcomesSql}) ORDER BY task_id`
  )
  const base = matchingSetup(sqlite, task, task.checklistItems)
  const departmentNames: Record<string, string> = { ...base.task.departmentNames }
  const others = new Map<number, TaskDto>()
  const visits = rows.map((row): VisitToMatch => {
    const taskIds = (tasksOn.all(row.visitId) as { taskId: number }[]).map((r) => r.taskId)
    const all = taskIds.map((id) => (id === task.id ? task : (others.get(id) ?? others.set(id, readTask(sqlite, id)).get(id)!)))
    const matching: MatchingVisit = { id: row.identifier, targetIds: [row.identifier], qualifications: base.qualifications }
    if (all.some((t) => t.id !== task.id)) {
      const departments = new Set(all.flatMap((t) => [t.leadDepartmentId, ...t.participatingDepartmentIds]))
      departments.delete(task.leadDepartmentId)
      const merged = matchingSetup(
        sqlite,
        { leadDepartmentId: task.leadDepartmentId, participatingDepartmentIds: [...departments] },
        all.flatMap((t) => t.checklistItems)
      )
      Object.assign(departmentNames, merged.task.departmentNames)
      matching.qualifications = merged.qualifications
      matching.departmentIds = merged.task.participatingDepartmentIds
    }
    return { ...row, taskCodes: all.map((t) => t.code), matching }
  })
  return { task: { ...base.task, departmentNames }, visits }
}

/** Ids of the task's visits still to be checked that have no inspection group. */
export function openVisitIds(sqlite: Database.Database, taskId: number): Set<number> {
  const rows = sqlite
    .prepare(
      `SELECT DISTINCT tt.visit_id AS id FROM task_targets tt
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL AND tt.outcome IN (${outcomesSql})
          AND NOT EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = tt.visit_id)`
    )
    .all(taskId) as { id: number }[]
  return new Set(rows.map((r) => r.id))
}

/** Visits of the task still to be checked that have no inspection group. */
export function visitsWithoutGroup(sqlite: Database.Database, taskId: number): number {
  const row = sqlite
    .prepare(
      `SELECT count(DISTINCT tt.visit_id) AS n FROM task_targets tt
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL AND tt.outcome IN (${outcomesSql})
          AND NOT EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = tt.visit_id)`
    )
    .get(taskId) as { n: number }
  return row.n
}
