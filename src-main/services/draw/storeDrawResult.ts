import { eq } from 'drizzle-orm'
import { groupMembers, inspectionGroups, taskTargets, tasks } from '../../db/schema'
import type { ServiceContext } from '../serviceContext'
import type { DrawSessionResult } from './drawTargetsAndInspectors'

/**
 * The task's current assignment, derived from its draw in force: task_targets and the inspection
 * groups. A re-draw replaces this projection; the draws rows (append-only) keep every earlier
 * result and group, so nothing of the history is lost.
 */
export function storeDrawResult(ctx: ServiceContext, taskId: number, drawId: number, result: DrawSessionResult): void {
  ctx.sqlite.prepare('DELETE FROM inspection_groups WHERE task_id = ?').run(taskId)
  ctx.sqlite.prepare('DELETE FROM task_targets WHERE task_id = ?').run(taskId)
  const members = new Map(result.groups.map((g) => [g.identifier, g.members]))
  for (const target of result.targets) {
    ctx.db.insert(taskTargets).values({ taskId, targetId: target.targetId, drawId, stratum: target.stratum || target.className }).run()
    const group = ctx.db
      .insert(inspectionGroups)
      .values({ taskId, targetId: target.targetId, drawId, name: `第${target.order}组`, createdAt: ctx.now })
      .returning({ id: inspectionGroups.id })
      .get()
    ;(members.get(target.identifier) ?? []).forEach((member, seat) =>
      ctx.db
        .insert(groupMembers)
        .values({ groupId: group.id, inspectorId: member.inspectorId, departmentId: member.departmentId, isLeader: member.role === '组长', role: member.role, seat })
        .run()
    )
  }
  ctx.db.update(tasks).set({ status: '已匹配人员', lockedAt: ctx.now, updatedAt: ctx.now }).where(eq(tasks.id, taskId)).run()
}
