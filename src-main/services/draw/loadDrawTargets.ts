import type Database from 'better-sqlite3'
import { registrationStatuses, riskClasses } from '@shared/domain/enums'
import type { EligibilityTarget } from '../../draw/targetEligibility'
import { targetFilterWhere, type TargetFilter } from '../directory/targetFilterWhere'
import { targetIdentifierSql } from './targetIdentifier'

/** A target as the eligibility rules see it, with its record number. */
export interface DrawTarget extends EligibilityTarget {
  targetId: number
}

export interface DrawHistory {
  /** Times each target was drawn this year by other tasks' current draws (004 §(十五)). */
  selections: Map<number, number>
  /** Other tasks' visits to each target, with their periods (004 §(二十)). */
  visits: Map<number, { taskId: string; from: string; to: string }[]>
}

/**
 * What the caps and the merge rule need to know about earlier draws: other tasks' current
 * draws (task_targets holds only the draw in force; superseded draws no longer count).
 */
export function loadDrawHistory(sqlite: Database.Database, taskId: number, year: number): DrawHistory {
  const selections = new Map<number, number>()
  const visits = new Map<number, { taskId: string; from: string; to: string }[]>()
  const rows = sqlite
    .prepare(
      `SELECT tt.target_id AS targetId, k.id AS taskId, k.year AS year, k.period_start AS periodStart, k.period_end AS periodEnd
         FROM task_targets tt JOIN tasks k ON k.id = tt.task_id
        WHERE tt.task_id <> ? AND tt.draw_id IS NOT NULL`
    )
    .all(taskId) as { targetId: number; taskId: number; year: number; periodStart: string | null; periodEnd: string | null }[]
  for (const row of rows) {
    if (row.year === year) selections.set(row.targetId, (selections.get(row.targetId) ?? 0) + 1)
    if (row.periodStart && row.periodEnd) {
      const list = visits.get(row.targetId) ?? []
      list.push({ taskId: String(row.taskId), from: row.periodStart, to: row.periodEnd })
      visits.set(row.targetId, list)
    }
  }
  return { selections, visits }
}

/** An enum column as its index in the enum's list, so a row carries numbers instead of strings. */
function indexSql(column: string, values: readonly string[]): string {
  return `(CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END)`
}

/**
 * status, risk class, the two flags and the complaint count packed into one number per row:
 * status index + 4 × risk index + 16 × abnormal + 32 × serious violation + 64 × complaints.
 */
const packedSql = `${indexSql('t.status', registrationStatuses)} + 4 * ${indexSql('t.risk_class', riskClasses)}
  + 16 * t.abnormal + 32 * t.serious_violation + 64 * t.complaint_count`

/**
 * The targets a class's filter matches, in identifier order (SQLite's BINARY order is UTF-8 byte
 * order, the canonical order, so the pools need no sort of their own). Three values a row, read
 * as arrays: at a million targets, what the driver hands over costs more than the rules themselves.
 */
export function loadDrawTargets(sqlite: Database.Database, filter: TargetFilter, history: DrawHistory): DrawTarget[] {
  const { where, params } = targetFilterWhere(filter)
  const sql = `SELECT t.id, ${targetIdentifierSql} AS identifier, ${packedSql} AS packed
                 FROM targets t ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY identifier`
  const rows = sqlite.prepare(sql).raw().all(...params) as [number, string, number][]
  const out: DrawTarget[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const [targetId, identifier, packed] = rows[i]
    out[i] = {
      targetId,
      id: identifier,
      status: registrationStatuses[packed & 3],
      riskClass: riskClasses[(packed >> 2) & 3],
      abnormalListed: (packed & 16) !== 0,
      seriousViolation: (packed & 32) !== 0,
      complaintCount: Math.floor(packed / 64),
      selectionsThisYear: history.selections.get(targetId) ?? 0,
      visits: history.visits.get(targetId)
    }
  }
  return out
}
