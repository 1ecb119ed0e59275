import type Database from 'better-sqlite3'
import type { NoticeDto, TaskNoticesDto } from '@shared/domain/notices'
import type { NoticeStatus } from '@shared/domain/enums'
import { readTaskPeriod } from '../visits/readVisitsOverview'

/** The task's visits a notice is due for: at least one task on the visit still proceeds (待检查). */
export function proceedingVisits(sqlite: Database.Database, taskId: number): { visitId: number; targetId: number; hasGroup: boolean; noticed: boolean }[] {
  const rows = sqlite
    .prepare(
      `SELECT DISTINCT tt.visit_id AS visitId, tt.target_id AS targetId,
              EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = tt.visit_id) AS hasGroup,
              EXISTS (SELECT 1 FROM notices n WHERE n.visit_id = tt.visit_id AND n.status = '有效') AS noticed
         FROM task_targets tt JOIN targets tg ON tg.id = tt.target_id
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM task_targets p WHERE p.visit_id = tt.visit_id AND p.outcome = '待检查')
        ORDER BY tg.town, tg.name, tt.visit_id`
    )
    .all(taskId) as { visitId: number; targetId: number; hasGroup: number; noticed: number }[]
  return rows.map((r) => ({ ...r, hasGroup: r.hasGroup === 1, noticed: r.noticed === 1 }))
}

interface NoticeRecord {
  id: number
  year: number
  seq: number
  numberText: string
  visitId: number | null
  targetId: number | null
  targetName: string | null
  issuingTaskId: number
  issuingTaskCode: string
  status: NoticeStatus
  voidReason: string | null
  issuedAt: string
  shared: string
}

/** The notices of the task's visits, its own and those another task issued for a shared visit. */
export function readNotices(sqlite: Database.Database, taskId: number, where = ''): NoticeDto[] {
  const rows = sqlite
    .prepare(
      `SELECT n.id, n.year, n.seq, n.number_text AS numberText, n.visit_id AS visitId, n.target_id AS targetId, tg.name AS targetName,
              n.task_id AS issuingTaskId, it.code AS issuingTaskCode, n.status, n.void_reason AS voidReason, n.issued_at AS issuedAt,
              (SELECT json_group_array(o.code) FROM task_targets ot JOIN tasks o ON o.id = ot.task_id
                WHERE ot.visit_id = n.visit_id AND ot.task_id <> n.task_id) AS shared
         FROM notices n JOIN tasks it ON it.id = n.task_id LEFT JOIN targets tg ON tg.id = n.target_id
        WHERE (n.task_id = ? OR n.visit_id IN (SELECT visit_id FROM task_targets WHERE task_id = ?)) ${where}
        ORDER BY n.year, n.seq`
    )
    .all(taskId, taskId) as NoticeRecord[]
  return rows.map(({ shared, ...r }) => ({ ...r, targetName: r.targetName ?? '', sharedWith: JSON.parse(shared) as string[] }))
}

export function readTaskNotices(sqlite: Database.Database, taskId: number): TaskNoticesDto {
  readTaskPeriod(sqlite, taskId)
  const due = proceedingVisits(sqlite, taskId).filter((v) => !v.noticed)
  return { notices: readNotices(sqlite, taskId), pending: due.length, withoutGroup: due.filter((v) => !v.hasGroup).length }
}
