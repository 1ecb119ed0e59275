import type Database from 'better-sqlite3'

/**
 * Hands out row ids for the demo rows before they are inserted, so related rows can be built in
 * memory and written in batches. Ids continue after both the highest id present and the
 * AUTOINCREMENT counter, so no id a deleted row once had is ever reused.
 */
export type DemoIds = (table: DemoIdTable) => number

export type DemoIdTable =
  | 'departments'
  | 'checklist_items'
  | 'targets'
  | 'target_status_history'
  | 'special_directories'
  | 'inspectors'
  | 'roster_seats'
  | 'meetings'
  | 'meeting_attendees'
  | 'meeting_topics'
  | 'meeting_decisions'
  | 'decision_progress'
  | 'meeting_minutes'
  | 'minutes_reviews'
  // issue 7: annual plans
  | 'plans'
  | 'plan_items'
  | 'plan_adjustments'
  | 'plan_coverage_notes'

export function demoIds(sqlite: Database.Database): DemoIds {
  const next = new Map<DemoIdTable, number>()
  const hasSequence = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").get() !== undefined
  return (table) => {
    let id = next.get(table)
    if (id === undefined) {
      const max = (sqlite.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n
      const seq = hasSequence
        ? ((sqlite.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as { seq: number } | undefined)?.seq ?? 0)
        : 0
      id = Math.max(max, seq) + 1
    }
    next.set(table, id + 1)
    return id
  }
}
