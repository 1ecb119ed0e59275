import type Database from 'better-sqlite3'
import { ServiceError } from '../serviceError'
import { readTaskPeriod, validNoticeNumber } from './readVisitsOverview'

interface TaskTargetVisit {
  id: number
  visitId: number | null
}

export function taskTargetVisit(sqlite: Database.Database, taskId: number, targetId: number): TaskTargetVisit {
  const row = sqlite.prepare('SELECT id, visit_id AS visitId FROM task_targets WHERE task_id = ? AND target_id = ?').get(taskId, targetId) as
    | TaskTargetVisit
    | undefined
  if (!row) throw new ServiceError('NOT_FOUND', '这个检查对象不在本任务的抽取名单中，请刷新后重试', 'targetId')
  return row
}

/** Deletes a visit nothing points at any more (notices, results and groups keep theirs). */
export function dropOrphanVisit(sqlite: Database.Database, visitId: number): void {
  sqlite
    .prepare(
      `DELETE FROM visits WHERE id = ?
          AND NOT EXISTS (SELECT 1 FROM task_targets WHERE visit_id = ?)
          AND NOT EXISTS (SELECT 1 FROM inspection_groups WHERE visit_id = ?)
          AND NOT EXISTS (SELECT 1 FROM notices WHERE visit_id = ?)
          AND NOT EXISTS (SELECT 1 FROM results WHERE visit_id = ?)`
    )
    .run(visitId, visitId, visitId, visitId, visitId)
}

function deleteGroup(sqlite: Database.Database, groupId: number): void {
  sqlite.prepare('DELETE FROM group_members WHERE group_id = ?').run(groupId)
  sqlite.prepare('DELETE FROM inspection_groups WHERE id = ?').run(groupId)
}

/**
 * 004 §(二十) 进一次门、查多项事: this task's target joins the other task's visit, so one group goes
 * once, with one notice and one record form listing the items of both tasks; each task keeps its own
 * task_targets row and records its own results. When the other visit has a group it serves both and
 * this task's group for the target is deleted (the 人员 draw keeps its record); when only this task's
 * visit had one, it moves to the merged visit.
 */
export function mergeVisit(sqlite: Database.Database, taskId: number, targetId: number, otherTaskId: number, now: string): { targetName: string; otherTaskCode: string } {
  if (taskId === otherTaskId) throw new ServiceError('VALIDATION', '请选择另一个任务合并', 'otherTaskId')
  const task = readTaskPeriod(sqlite, taskId)
  const other = readTaskPeriod(sqlite, otherTaskId)
  const mine = taskTargetVisit(sqlite, taskId, targetId)
  const theirs = sqlite.prepare('SELECT id, visit_id AS visitId FROM task_targets WHERE task_id = ? AND target_id = ?').get(otherTaskId, targetId) as
    | TaskTargetVisit
    | undefined
  if (!theirs) throw new ServiceError('CONFLICT', `任务${other.code}没有抽到这个检查对象，不能合并；请刷新后重试`, 'otherTaskId')
  if (!(other.periodStart <= task.periodEnd && other.periodEnd >= task.periodStart)) {
    throw new ServiceError('CONFLICT', `任务${other.code}的实地检查时间（${other.periodStart} 至 ${other.periodEnd}）与本任务不重叠，不能合并检查`, 'otherTaskId')
  }
  if (mine.visitId !== null && mine.visitId === theirs.visitId) throw new ServiceError('CONFLICT', '这个检查对象已经与该任务合并检查了')
  for (const visitId of [mine.visitId, theirs.visitId]) {
    const number = validNoticeNumber(sqlite, visitId)
    if (number) throw new ServiceError('CONFLICT', `已印发行政检查通知书${number}，不能再合并；如确需合并，请先作废该通知书`)
  }
  let target = theirs.visitId
  if (target === null) {
    target = Number(
      sqlite.prepare('INSERT INTO visits (target_id, created_at, is_demo) VALUES (?, ?, (SELECT is_demo FROM tasks WHERE id = ?))').run(targetId, now, otherTaskId).lastInsertRowid
    )
    sqlite.prepare('UPDATE task_targets SET visit_id = ? WHERE id = ?').run(target, theirs.id)
  }
  const groupOn = (visitId: number | null) =>
    visitId === null ? [] : (sqlite.prepare('SELECT id FROM inspection_groups WHERE visit_id = ?').all(visitId) as { id: number }[])
  const otherGroups = groupOn(target)
  const ownGroups = groupOn(mine.visitId)
  if (otherGroups.length > 0) for (const g of ownGroups) deleteGroup(sqlite, g.id)
  else for (const g of ownGroups) sqlite.prepare('UPDATE inspection_groups SET visit_id = ? WHERE id = ?').run(target, g.id)
  sqlite.prepare('UPDATE task_targets SET visit_id = ? WHERE id = ?').run(target, mine.id)
  if (mine.visitId !== null) dropOrphanVisit(sqlite, mine.visitId)
  const targetName = (sqlite.prepare('SELECT name FROM targets WHERE id = ?').get(targetId) as { name: string }).name
  return { targetName, otherTaskCode: other.code }
}

/**
 * Undoes a merge until the visit's notice is issued: this task's target gets its own visit again.
 * The group stays with the task it belongs to (inspection_groups.task_id); a task left without a
 * group for the target needs a supplementary inspector draw, so a task at 已匹配人员 goes back to
 * 已抽取对象. Returns what the clerk must do next ('' when nothing).
 */
export function unmergeVisit(sqlite: Database.Database, taskId: number, targetId: number, now: string): string {
  const task = readTaskPeriod(sqlite, taskId)
  const mine = taskTargetVisit(sqlite, taskId, targetId)
  const shared = mine.visitId === null ? [] : (sqlite.prepare('SELECT task_id AS taskId FROM task_targets WHERE visit_id = ? AND task_id <> ?').all(mine.visitId, taskId) as { taskId: number }[])
  if (mine.visitId === null || shared.length === 0) throw new ServiceError('CONFLICT', '这个检查对象没有与其他任务合并检查，无需取消')
  const number = validNoticeNumber(sqlite, mine.visitId)
  if (number) throw new ServiceError('CONFLICT', `已印发行政检查通知书${number}，不能再取消合并；如确需取消，请先作废该通知书`)
  const own = Number(
    sqlite.prepare('INSERT INTO visits (target_id, created_at, is_demo) VALUES (?, ?, (SELECT is_demo FROM tasks WHERE id = ?))').run(targetId, now, taskId).lastInsertRowid
  )
  sqlite.prepare('UPDATE task_targets SET visit_id = ? WHERE id = ?').run(own, mine.id)
  sqlite.prepare('UPDATE inspection_groups SET visit_id = ? WHERE visit_id = ? AND task_id = ?').run(own, mine.visitId, taskId)
  const hasGroup = (visitId: number) => sqlite.prepare('SELECT 1 FROM inspection_groups WHERE visit_id = ?').get(visitId) !== undefined
  const messages: string[] = []
  const sendBack = (id: number, visitId: number) => {
    if (hasGroup(visitId)) return
    const t = readTaskPeriod(sqlite, id)
    // 004 §(二十一): every target needs its own group of ≥ 2 inspectors; a task missing one is not 已匹配人员.
    if (t.status === '已匹配人员') sqlite.prepare(`UPDATE tasks SET status = '已抽取对象', updated_at = ? WHERE id = ?`).run(now, id)
    messages.push(`任务${t.code}的这个检查对象现在没有检查组，请在该任务的“摇号”页补抽执法检查人员${t.status === '已匹配人员' ? '（任务状态已退回“已抽取对象”）' : ''}`)
  }
  sendBack(task.id, own)
  for (const { taskId: otherId } of shared) sendBack(otherId, mine.visitId)
  return messages.join('；')
}
