import type { ServiceContext } from '../serviceContext'
import { dropTaskOwnVisits, ensureTaskVisits } from '../tasks/ensureTaskVisits'
import type { InspectorDrawResult } from './drawInspectors'
import type { TargetDrawResult } from './drawTargets'
import { visitsWithoutGroup } from './visitsToMatch'

/** 1 when the task belongs to the demo county (its draws, targets and groups are demo rows too), else 0. */
export function taskIsDemo(sqlite: ServiceContext['sqlite'], taskId: number): 0 | 1 {
  const row = sqlite.prepare('SELECT is_demo AS d FROM tasks WHERE id = ?').get(taskId) as { d: number } | undefined
  return row?.d === 1 ? 1 : 0
}

/**
 * The task's target list, derived from its target draw in force: task_targets, each with its visit.
 * A (re-)draw replaces this projection and drops the task's groups, so the list must be locked and
 * the inspectors drawn again (issue 8 §3, 004 §(十九)); the draws rows (append-only) keep every
 * earlier result and group. Prepared statements, not the query builder: a county-wide draw writes
 * tens of thousands of rows here.
 */
export function storeTargetDraw(ctx: ServiceContext, taskId: number, drawId: number, result: TargetDrawResult): void {
  const { sqlite } = ctx
  sqlite.prepare('DELETE FROM group_members WHERE group_id IN (SELECT id FROM inspection_groups WHERE task_id = ?)').run(taskId)
  sqlite.prepare('DELETE FROM inspection_groups WHERE task_id = ?').run(taskId)
  dropTaskOwnVisits(sqlite, taskId)
  sqlite.prepare('DELETE FROM task_targets WHERE task_id = ?').run(taskId)
  // A demo task's rows are demo rows too, so 清除示范数据 takes them with it (issue 8 §8).
  const isDemo = taskIsDemo(sqlite, taskId)
  const addTarget = sqlite.prepare('INSERT INTO task_targets (task_id, target_id, draw_id, stratum, is_demo) VALUES (?, ?, ?, ?, ?)')
  for (const target of result.targets) addTarget.run(taskId, target.targetId, drawId, target.stratum || target.className, isDemo)
  ensureTaskVisits(sqlite, taskId, ctx.now)
  sqlite.prepare("UPDATE tasks SET status = '已抽取对象', locked_at = NULL, updated_at = ? WHERE id = ?").run(ctx.now, taskId)
}

/**
 * The groups of an inspector draw, one per visit (inspection_groups.visit_id), pointing at the
 * draw that formed them. When every visit still to be checked has its group, the task is
 * 已匹配人员.
 */
export function storeInspectorGroups(ctx: ServiceContext, taskId: number, drawId: number, result: InspectorDrawResult): void {
  const { sqlite } = ctx
  const numbered = sqlite.prepare('SELECT count(*) AS n FROM inspection_groups WHERE task_id = ?').get(taskId) as { n: number }
  const addGroup = sqlite.prepare(
    'INSERT INTO inspection_groups (task_id, visit_id, target_id, draw_id, name, created_at, is_demo) VALUES (?, ?, ?, ?, ?, ?, (SELECT is_demo FROM tasks WHERE id = ?))'
  )
  const isDemo = taskIsDemo(sqlite, taskId)
  const addMember = sqlite.prepare('INSERT INTO group_members (group_id, inspector_id, department_id, is_leader, role, seat, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const members = new Map(result.groups.map((g) => [g.identifier, g.members]))
  result.targets.forEach((target, i) => {
    const groupId = addGroup.run(taskId, target.visitId, target.targetId, drawId, `第${numbered.n + i + 1}组`, ctx.now, taskId).lastInsertRowid
    ;(members.get(target.identifier) ?? []).forEach((member, seat) =>
      addMember.run(groupId, member.inspectorId, member.departmentId, member.role === '组长' ? 1 : 0, member.role, seat, isDemo)
    )
  })
  if (visitsWithoutGroup(sqlite, taskId) === 0) {
    sqlite.prepare("UPDATE tasks SET status = '已匹配人员', updated_at = ? WHERE id = ? AND status IN ('草拟', '已抽取对象')").run(ctx.now, taskId)
  }
}
