import type Database from 'better-sqlite3'
import { precheckOutcome, type PrecheckDecision, type PrecheckRowDto } from '@shared/domain/visits'
import type { TaskTargetOutcome } from '@shared/domain/enums'
import { ServiceError } from '../serviceError'
import { taskTargetVisit } from './mergeVisit'
import { readTaskPeriod, validNoticeNumber } from './readVisitsOverview'

interface PrecheckRecord {
  targetId: number
  visitId: number | null
  targetName: string
  code: string
  town: string
  registrationStatus: string
  abnormal: number
  outcome: TaskTargetOutcome
  note: string
  precheckedAt: string | null
}

/**
 * 预查比对 (seeds/004 §(二十八)1): before notices, each target's registration status (still 存续?
 * moved out?), whether it is on the 经营异常名录, and what earlier tasks found and left open.
 */
export function readPrecheck(sqlite: Database.Database, taskId: number): PrecheckRowDto[] {
  readTaskPeriod(sqlite, taskId)
  const rows = sqlite
    .prepare(
      `SELECT tt.target_id AS targetId, tt.visit_id AS visitId, tg.name AS targetName, coalesce(tg.uscc, tg.reg_no, '') AS code,
              tg.town, tg.status AS registrationStatus, tg.abnormal, tt.outcome, tt.precheck_note AS note, tt.prechecked_at AS precheckedAt
         FROM task_targets tt JOIN targets tg ON tg.id = tt.target_id
        WHERE tt.task_id = ? ORDER BY tg.town, tg.name`
    )
    .all(taskId) as PrecheckRecord[]
  const earlier = sqlite.prepare(
    `SELECT t.code, coalesce(r.checked_date, substr(r.entered_at, 1, 10)) AS date, group_concat(DISTINCT r.category) AS categories
       FROM results r JOIN tasks t ON t.id = r.task_id
      WHERE r.target_id = ? AND r.task_id <> ?
      GROUP BY r.task_id ORDER BY date DESC`
  )
  const openFollowUps = sqlite.prepare(
    `SELECT count(*) AS n FROM follow_ups f JOIN results r ON r.id = f.result_id
      WHERE r.target_id = ? AND r.task_id <> ? AND f.closed_at IS NULL`
  )
  return rows.map((r) => ({
    ...r,
    movedOut: r.registrationStatus === '迁出',
    abnormal: r.abnormal === 1,
    earlierResults: (earlier.all(r.targetId, taskId) as { code: string; date: string; categories: string }[]).map(
      (e) => `${e.code}（${e.date}）：${e.categories.split(',').join('、')}`
    ),
    openFollowUps: (openFollowUps.get(r.targetId, taskId) as { n: number }).n,
    noticeNumber: validNoticeNumber(sqlite, r.visitId)
  }))
}

/**
 * Records the 预查 decision: proceed, or 不再检查 with its reason (seeds/004 §(三十)), which keeps the
 * target in the task with that outcome. Refused once the visit's notice is issued.
 */
export function decidePrecheck(
  sqlite: Database.Database,
  input: { taskId: number; targetId: number; decision: PrecheckDecision; note: string },
  now: string
): string {
  readTaskPeriod(sqlite, input.taskId)
  const row = taskTargetVisit(sqlite, input.taskId, input.targetId)
  const number = validNoticeNumber(sqlite, row.visitId)
  if (number) {
    throw new ServiceError('CONFLICT', `已印发行政检查通知书${number}，预查结论不能再改；如确需改动，请先在“通知书与记录表”页作废该通知书`, 'decision')
  }
  const current = sqlite.prepare('SELECT outcome FROM task_targets WHERE id = ?').get(row.id) as { outcome: TaskTargetOutcome }
  if (current.outcome === '已检查') throw new ServiceError('CONFLICT', '这个检查对象已检查，不能再作预查结论', 'decision')
  sqlite
    .prepare('UPDATE task_targets SET outcome = ?, precheck_note = ?, prechecked_at = ? WHERE id = ?')
    .run(precheckOutcome[input.decision], input.note, now, row.id)
  return (sqlite.prepare('SELECT name FROM targets WHERE id = ?').get(input.targetId) as { name: string }).name
}
