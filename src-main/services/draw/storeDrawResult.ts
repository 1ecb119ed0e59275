import type { ServiceContext } from '../serviceContext'
import { dropTaskOwnVisits, ensureTaskVisits } from '../tasks/ensureTaskVisits'
import type { DrawSessionResult } from './drawTargetsAndInspectors'

/**
 * The task's current assignment, derived from its draw in force: task_targets and the inspection
 * groups. A re-draw replaces this projection; the draws rows (append-only) keep every earlier
 * result and group, so nothing of the history is lost. Prepared statements, not the query
 * builder: a county-wide draw writes tens of thousands of rows here.
 */
export function storeDrawResult(ctx: ServiceContext, taskId: number, drawId: number, result: DrawSessionResult): void {
  const { sqlite } = ctx
  sqlite.prepare('DELETE FROM inspection_groups WHERE task_id = ?').run(taskId)
  dropTaskOwnVisits(sqlite, taskId)
  sqlite.prepare('DELETE FROM task_targets WHERE task_id = ?').run(taskId)
  const addTarget = sqlite.prepare('INSERT INTO task_targets (task_id, target_id, draw_id, stratum) VALUES (?, ?, ?, ?)')
  const addGroup = sqlite.prepare(
    'INSERT INTO inspection_groups (task_id, visit_id, target_id, draw_id, name, created_at) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const addMember = sqlite.prepare('INSERT INTO group_members (group_id, inspector_id, department_id, is_leader, role, seat) VALUES (?, ?, ?, ?, ?, ?)')
  const members = new Map(result.groups.map((g) => [g.identifier, g.members]))
  for (const target of result.targets) addTarget.run(taskId, target.targetId, drawId, target.stratum || target.className)
  const visitOf = ensureTaskVisits(sqlite, taskId, ctx.now)
  for (const target of result.targets) {
    const groupId = addGroup.run(taskId, visitOf.get(target.targetId)!, target.targetId, drawId, `第${target.order}组`, ctx.now).lastInsertRowid
    ;(members.get(target.identifier) ?? []).forEach((member, seat) =>
      addMember.run(groupId, member.inspectorId, member.departmentId, member.role === '组长' ? 1 : 0, member.role, seat)
    )
  }
  sqlite.prepare("UPDATE tasks SET status = '已匹配人员', locked_at = ?, updated_at = ? WHERE id = ?").run(ctx.now, ctx.now, taskId)
}
