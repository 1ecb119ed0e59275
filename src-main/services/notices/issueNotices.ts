import type Database from 'better-sqlite3'
import { ServiceError } from '../serviceError'
import { readTaskPeriod } from '../visits/readVisitsOverview'
import { proceedingVisits } from './readTaskNotices'

/** 字号 as seeds/002 附件2 prints it: 部门联合双随机抽检字【2026】第 N 号. */
export function noticeNumberText(prefix: string, year: number, seq: number): string {
  return `${prefix}【${year}】第 ${seq} 号`
}

/**
 * Gives every proceeding visit of the task without a valid notice its 字号 from the one office-wide
 * register of the year (seeds/002 附件2): N follows the highest number ever issued that year, voided
 * ones included, so a number is never reused. No notice goes out before the visit has its group
 * (004 §(二十一)). The first issue puts the task 实施中. Returns the number of notices issued.
 */
export function issueNotices(sqlite: Database.Database, taskId: number, prefix: string, today: string, now: string): number {
  const task = readTaskPeriod(sqlite, taskId)
  if (task.status === '草拟') throw new ServiceError('CONFLICT', '本任务还没有抽取检查对象，请先在“摇号”页抽取检查对象并匹配执法检查人员，再印发通知书')
  const due = proceedingVisits(sqlite, taskId).filter((v) => !v.noticed)
  if (due.length === 0) throw new ServiceError('CONFLICT', '需要检查的对象都已印发通知书，没有新的通知书要编号；需要重印的，请在列表中点“重印”')
  const withoutGroup = due.filter((v) => !v.hasGroup).length
  if (withoutGroup > 0) {
    throw new ServiceError(
      'CONFLICT',
      `还有 ${withoutGroup} 个检查对象没有检查组，不能印发通知书：请先在“摇号”页随机匹配执法检查人员（合并检查后缺组的对象请补抽），每个对象至少2名执法人员，再来印发`
    )
  }
  const year = Number(today.slice(0, 4))
  const last = (sqlite.prepare('SELECT coalesce(max(seq), 0) AS n FROM notices WHERE year = ?').get(year) as { n: number }).n
  const insert = sqlite.prepare(
    `INSERT INTO notices (year, seq, number_text, task_id, visit_id, target_id, status, issued_at, is_demo)
     VALUES (?, ?, ?, ?, ?, ?, '有效', ?, (SELECT is_demo FROM tasks WHERE id = ?))`
  )
  due.forEach((v, i) => insert.run(year, last + i + 1, noticeNumberText(prefix, year, last + i + 1), taskId, v.visitId, v.targetId, now, taskId))
  if (['已抽取对象', '已匹配人员'].includes(task.status)) {
    sqlite.prepare(`UPDATE tasks SET status = '实施中', updated_at = ? WHERE id = ?`).run(now, taskId)
  }
  return due.length
}

/** Voids a notice: it keeps its number, marked 作废 with the reason; the visit can be issued anew. */
export function voidNotice(sqlite: Database.Database, id: number, reason: string): { numberText: string; taskId: number } {
  const row = sqlite.prepare('SELECT number_text AS numberText, task_id AS taskId, status FROM notices WHERE id = ?').get(id) as
    | { numberText: string; taskId: number; status: string }
    | undefined
  if (!row) throw new ServiceError('NOT_FOUND', '找不到这份通知书，可能已被删除，请刷新后重试')
  if (row.status === '作废') throw new ServiceError('CONFLICT', `通知书${row.numberText}已经作废了`)
  sqlite.prepare(`UPDATE notices SET status = '作废', void_reason = ? WHERE id = ?`).run(reason, id)
  return row
}
