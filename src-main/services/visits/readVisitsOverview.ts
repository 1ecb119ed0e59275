import type Database from 'better-sqlite3'
import type { MergeCandidateDto, MergedVisitDto, VisitsOverviewDto } from '@shared/domain/visits'
import { notFound } from '../serviceError'

export interface TaskPeriod {
  id: number
  code: string
  name: string
  status: string
  periodStart: string
  periodEnd: string
}

export function readTaskPeriod(sqlite: Database.Database, taskId: number): TaskPeriod {
  const row = sqlite
    .prepare(`SELECT id, code, name, status, coalesce(period_start, '') AS periodStart, coalesce(period_end, '') AS periodEnd FROM tasks WHERE id = ?`)
    .get(taskId) as TaskPeriod | undefined
  if (!row) throw notFound('这个联合抽查任务')
  return row
}

/** The 字号 of a visit's valid notice, if one is issued. */
export function validNoticeNumber(sqlite: Database.Database, visitId: number | null): string | null {
  if (visitId === null) return null
  const row = sqlite.prepare(`SELECT number_text AS n FROM notices WHERE visit_id = ? AND status = '有效' ORDER BY id DESC LIMIT 1`).get(visitId) as
    | { n: string }
    | undefined
  return row?.n ?? null
}

/**
 * 004 §(二十): the task's drawn targets that another task also checks in an overlapping on-site
 * window (period_start..period_end) and that are not yet on the same visit. Targets whose visit
 * already has a valid notice are left out: the notice lists the items of one visit as issued.
 */
export function readMergeCandidates(sqlite: Database.Database, taskId: number): MergeCandidateDto[] {
  const rows = sqlite
    .prepare(
      `SELECT tt.target_id AS targetId, tg.name AS targetName, coalesce(tg.uscc, tg.reg_no, '') AS code,
              o.id AS otherTaskId, o.code AS otherTaskCode, o.name AS otherTaskName,
              o.period_start || ' 至 ' || o.period_end AS otherPeriod,
              EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = ot.visit_id) AS otherHasGroup
         FROM task_targets tt
         JOIN tasks t ON t.id = tt.task_id
         JOIN task_targets ot ON ot.target_id = tt.target_id AND ot.task_id <> tt.task_id
         JOIN tasks o ON o.id = ot.task_id
         JOIN targets tg ON tg.id = tt.target_id
        WHERE tt.task_id = ?
          AND (tt.visit_id IS NULL OR ot.visit_id IS NULL OR tt.visit_id <> ot.visit_id)
          AND o.period_start <= t.period_end AND o.period_end >= t.period_start
          AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.status = '有效' AND n.visit_id IN (tt.visit_id, ot.visit_id))
        ORDER BY tg.name, o.code`
    )
    .all(taskId) as (Omit<MergeCandidateDto, 'otherHasGroup'> & { otherHasGroup: number })[]
  return rows.map((r) => ({ ...r, otherHasGroup: r.otherHasGroup === 1 }))
}

/** The task's visits that other tasks share. */
export function readMergedVisits(sqlite: Database.Database, taskId: number): MergedVisitDto[] {
  const rows = sqlite
    .prepare(
      `SELECT tt.visit_id AS visitId, tt.target_id AS targetId, tg.name AS targetName, coalesce(tg.uscc, tg.reg_no, '') AS code,
              (SELECT json_group_array(json_object('id', o.id, 'code', o.code, 'name', o.name))
                 FROM task_targets ot JOIN tasks o ON o.id = ot.task_id
                WHERE ot.visit_id = tt.visit_id AND ot.task_id <> tt.task_id) AS others,
              coalesce((SELECT gt.code FROM inspection_groups g JOIN tasks gt ON gt.id = g.task_id WHERE g.visit_id = tt.visit_id ORDER BY g.id LIMIT 1), '') AS groupTaskCode
         FROM task_targets tt JOIN targets tg ON tg.id = tt.target_id
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM task_targets ot WHERE ot.visit_id = tt.visit_id AND ot.task_id <> tt.task_id)
        ORDER BY tg.name`
    )
    .all(taskId) as (Omit<MergedVisitDto, 'otherTasks' | 'noticeNumber'> & { others: string })[]
  return rows.map(({ others, ...r }) => ({
    ...r,
    otherTasks: JSON.parse(others) as MergedVisitDto['otherTasks'],
    noticeNumber: validNoticeNumber(sqlite, r.visitId)
  }))
}

export function readVisitsOverview(sqlite: Database.Database, taskId: number): VisitsOverviewDto {
  readTaskPeriod(sqlite, taskId)
  return { candidates: readMergeCandidates(sqlite, taskId), merged: readMergedVisits(sqlite, taskId) }
}
