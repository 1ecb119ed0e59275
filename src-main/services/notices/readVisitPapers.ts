import type Database from 'better-sqlite3'
import type { NoticeInspector } from '../../documents/inspectionNoticeDocument'
import { readChecklistItems } from '../tasks/readTasks'

/** What the notice and the record form of one visit print. */
export interface VisitPaper {
  visitId: number
  plannedDate: string | null
  target: { name: string; code: string; town: string; legalRep: string; address: string; phone: string }
  /** Tasks on the visit whose target still proceeds, the issuing task first. */
  periodStart: string
  periodEnd: string
  items: { name: string; departmentName: string; content: string }[]
  inspectors: NoticeInspector[]
}

/**
 * The visit's target, the items of every task on it that still proceeds (合并检查 lists them all,
 * seeds/004 §(二十)), and the current members of its group (a replaced member is left out).
 */
export function readVisitPapers(sqlite: Database.Database, visitIds: readonly number[], firstTaskId: number): VisitPaper[] {
  const visit = sqlite.prepare(
    `SELECT v.id, v.planned_date AS plannedDate, t.name, coalesce(t.uscc, t.reg_no, '') AS code, t.town, t.legal_rep AS legalRep, t.address, t.phone
       FROM visits v JOIN targets t ON t.id = v.target_id WHERE v.id = ?`
  )
  const tasksOn = sqlite.prepare(
    `SELECT k.id, k.checklist_item_ids AS itemIds, coalesce(k.period_start, '') AS periodStart, coalesce(k.period_end, '') AS periodEnd
       FROM task_targets tt JOIN tasks k ON k.id = tt.task_id
      WHERE tt.visit_id = ? AND tt.outcome = '待检查' ORDER BY (k.id = ?) DESC, k.id`
  )
  const members = sqlite.prepare(
    `SELECT i.name, coalesce(i.cert_no, '') AS certNo, d.name AS departmentName, m.is_leader AS leader
       FROM inspection_groups g JOIN group_members m ON m.group_id = g.id
       JOIN inspectors i ON i.id = m.inspector_id JOIN departments d ON d.id = m.department_id
      WHERE g.visit_id = ? AND m.replaced_by IS NULL ORDER BY g.id, m.is_leader DESC, m.seat, m.id`
  )
  const content = sqlite.prepare('SELECT content FROM checklist_items WHERE id = ?')
  return visitIds.map((visitId) => {
    const v = visit.get(visitId) as { id: number; plannedDate: string | null } & VisitPaper['target']
    const tasks = tasksOn.all(visitId, firstTaskId) as { id: number; itemIds: string; periodStart: string; periodEnd: string }[]
    const seen = new Set<number>()
    const items = tasks.flatMap((t) =>
      readChecklistItems(sqlite, JSON.parse(t.itemIds) as number[]).flatMap((item) => {
        if (seen.has(item.id)) return []
        seen.add(item.id)
        return [{ name: item.name, departmentName: item.departmentName, content: (content.get(item.id) as { content: string }).content }]
      })
    )
    const inspectors = (members.all(visitId) as (Omit<NoticeInspector, 'leader'> & { leader: number })[]).map((m) => ({ ...m, leader: m.leader === 1 }))
    const starts = tasks.map((t) => t.periodStart).sort()
    const ends = tasks.map((t) => t.periodEnd).sort()
    return {
      visitId,
      plannedDate: v.plannedDate,
      target: { name: v.name, code: v.code, town: v.town, legalRep: v.legalRep, address: v.address, phone: v.phone },
      // The window every task on the visit shares: the latest start to the earliest end.
      periodStart: starts.at(-1) ?? '',
      periodEnd: ends[0] ?? '',
      items,
      inspectors
    }
  })
}
