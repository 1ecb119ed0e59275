import type Database from 'better-sqlite3'
import type { RegistrationStatus, RiskClass } from '@shared/domain/enums'
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

/**
 * The targets a class's filter matches, in identifier order (SQLite's BINARY order is UTF-8 byte
 * order, the canonical order, so the pools need no sort of their own). Rows are read as arrays:
 * at a million targets, objects from the driver cost more than the rules themselves.
 */
export function loadDrawTargets(sqlite: Database.Database, filter: TargetFilter, history: DrawHistory): DrawTarget[] {
  const { where, params } = targetFilterWhere(filter)
  const sql = `SELECT t.id, ${targetIdentifierSql} AS identifier, t.status, t.risk_class, t.abnormal, t.serious_violation, t.complaint_count
                 FROM targets t ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY identifier`
  const rows = sqlite.prepare(sql).raw().all(...params) as [number, string, RegistrationStatus, RiskClass, number, number, number][]
  const out: DrawTarget[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const [targetId, identifier, status, riskClass, abnormal, serious, complaints] = rows[i]
    out[i] = {
      targetId,
      id: identifier,
      status,
      riskClass,
      abnormalListed: abnormal === 1,
      seriousViolation: serious === 1,
      complaintCount: complaints,
      selectionsThisYear: history.selections.get(targetId) ?? 0,
      visits: history.visits.get(targetId)
    }
  }
  return out
}
