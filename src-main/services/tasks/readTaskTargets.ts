import type Database from 'better-sqlite3'
import type { TaskGroupMemberDto, TaskTargetDto } from '@shared/domain/tasks'
import type { TaskTargetOutcome } from '@shared/domain/enums'

/**
 * The task's drawn targets with their visit and the group going there: the members of the group on
 * the visit (which may be another task's group, for a merged visit), replaced members left out.
 */
export function readTaskTargets(sqlite: Database.Database, taskId: number): TaskTargetDto[] {
  const targets = sqlite
    .prepare(
      `SELECT t.id AS targetId, coalesce(nullif(t.uscc, ''), t.reg_no, '') AS code, t.name, t.town, t.address,
              tt.outcome, tt.visit_id AS visitId
         FROM task_targets tt JOIN targets t ON t.id = tt.target_id
        WHERE tt.task_id = ?
        ORDER BY tt.id`
    )
    .all(taskId) as (Omit<TaskTargetDto, 'group'> & { outcome: TaskTargetOutcome })[]
  const members = sqlite
    .prepare(
      `SELECT g.visit_id AS visitId, g.target_id AS targetId, i.name, coalesce(i.cert_no, '') AS certNo, d.name AS department, gm.is_leader AS leader
         FROM inspection_groups g
         JOIN group_members gm ON gm.group_id = g.id AND gm.replaced_by IS NULL
         JOIN inspectors i ON i.id = gm.inspector_id
         JOIN departments d ON d.id = gm.department_id
        WHERE g.id IN (
          SELECT min(g2.id) FROM inspection_groups g2
           WHERE g2.visit_id IN (SELECT visit_id FROM task_targets WHERE task_id = ? AND visit_id IS NOT NULL)
              OR (g2.task_id = ? AND g2.visit_id IS NULL)
           GROUP BY coalesce(g2.visit_id, -g2.target_id))
        ORDER BY g.id, gm.is_leader DESC, gm.seat, gm.id`
    )
    .all(taskId, taskId) as (Omit<TaskGroupMemberDto, 'leader'> & { visitId: number | null; targetId: number | null; leader: number })[]
  const byVisit = new Map<number, TaskGroupMemberDto[]>()
  const byTarget = new Map<number, TaskGroupMemberDto[]>()
  for (const { visitId, targetId, leader, ...member } of members) {
    const entry = { ...member, leader: leader === 1 }
    if (visitId !== null) byVisit.set(visitId, [...(byVisit.get(visitId) ?? []), entry])
    else if (targetId !== null) byTarget.set(targetId, [...(byTarget.get(targetId) ?? []), entry])
  }
  return targets.map((t) => ({ ...t, group: (t.visitId !== null ? byVisit.get(t.visitId) : undefined) ?? byTarget.get(t.targetId) ?? [] }))
}
