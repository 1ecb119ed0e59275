import type Database from 'better-sqlite3'

/**
 * Gives every target of a task that has none its own visit (一次上门检查). Visits are what
 * inspection groups, notices and record forms hang on: when a target is drawn by two tasks in the
 * same period, both task_targets rows point at one visit, so one group goes once and checks the
 * items of both tasks (进一次门、查多项事, seeds/004 §(二十)). Returns the task's visit id by target id.
 */
export function ensureTaskVisits(sqlite: Database.Database, taskId: number, now: string): Map<number, number> {
  const rows = sqlite.prepare('SELECT id, target_id AS targetId, visit_id AS visitId FROM task_targets WHERE task_id = ?').all(taskId) as {
    id: number
    targetId: number
    visitId: number | null
  }[]
  const addVisit = sqlite.prepare('INSERT INTO visits (target_id, created_at, is_demo) VALUES (?, ?, (SELECT is_demo FROM tasks WHERE id = ?))')
  const setVisit = sqlite.prepare('UPDATE task_targets SET visit_id = ? WHERE id = ?')
  const byTarget = new Map<number, number>()
  for (const row of rows) {
    let visitId = row.visitId
    if (visitId === null) {
      visitId = Number(addVisit.run(row.targetId, now, taskId).lastInsertRowid)
      setVisit.run(visitId, row.id)
    }
    byTarget.set(row.targetId, visitId)
  }
  return byTarget
}

/**
 * Deletes the visits only this task's targets point at (before its target list is replaced by a
 * re-draw). A visit merged with another task's target stays: the other task still goes there.
 */
export function dropTaskOwnVisits(sqlite: Database.Database, taskId: number): void {
  const own = sqlite
    .prepare(
      `SELECT DISTINCT tt.visit_id AS id FROM task_targets tt
        WHERE tt.task_id = ? AND tt.visit_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM task_targets o WHERE o.visit_id = tt.visit_id AND o.task_id <> tt.task_id)`
    )
    .all(taskId) as { id: number }[]
  sqlite.prepare('UPDATE task_targets SET visit_id = NULL WHERE task_id = ?').run(taskId)
  const drop = sqlite.prepare('DELETE FROM visits WHERE id = ? AND NOT EXISTS (SELECT 1 FROM notices WHERE visit_id = ?) AND NOT EXISTS (SELECT 1 FROM inspection_groups WHERE visit_id = ?)')
  for (const { id } of own) drop.run(id, id, id)
}
