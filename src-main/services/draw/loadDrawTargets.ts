import type Database from 'better-sqlite3'
import { registrationStatuses, riskClasses } from '@shared/domain/enums'
import type { EligibilityTarget } from '../../draw/targetEligibility'
import { targetFilterSql, type ParsedTargetFilter } from '../directory/targetFilterSql'
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
 * status index + 4 × risk index + 16 × abnormal + 32 × serious violation + 64 × complaints
 * (complaints capped at 32,767, far past the rules' 多次被投诉举报 threshold, so the number stays
 * below 2^21 and fits beside the record number in one double).
 */
const packedSql = `${indexSql('t.status', registrationStatuses)} + 4 * ${indexSql('t.risk_class', riskClasses)}
  + 16 * t.abnormal + 32 * t.serious_violation + 64 * min(t.complaint_count, 32767)`

const recordNumberSpan = 4294967296

/**
 * The targets a class's filter matches, in identifier order (SQLite's BINARY order is UTF-8 byte
 * order, the canonical order, so the pools need no sort of their own). With no filter this is one
 * walk of the covering index targets_draw. Read as two single-column lists (the identifiers, and
 * packed × 2^32 + record number) instead of one array per row: at a million targets the driver's
 * per-row arrays cost more than the query and the rules together. Both lists come from the same
 * ORDER BY in the same transaction; only equal identifiers (a 注册号 shared by two targets) could
 * pair up differently, so then the rows are read together as before.
 */
export function loadDrawTargets(sqlite: Database.Database, filter: ParsedTargetFilter, history: DrawHistory): DrawTarget[] {
  const { where, params } = targetFilterSql(filter)
  const from = `FROM targets t ${where} ORDER BY ${targetIdentifierSql}`
  const identifiers = sqlite.prepare(`SELECT ${targetIdentifierSql} ${from}`).pluck().all(...params) as string[]
  const numbers = sqlite.prepare(`SELECT (${packedSql}) * ${recordNumberSpan} + t.id ${from}`).pluck().all(...params) as number[]
  if (numbers.length !== identifiers.length || hasEqualNeighbours(identifiers)) return loadDrawTargetsByRow(sqlite, where, params, history)
  const out: DrawTarget[] = new Array(identifiers.length)
  for (let i = 0; i < identifiers.length; i++) {
    const packed = Math.floor(numbers[i] / recordNumberSpan)
    out[i] = drawTarget(numbers[i] - packed * recordNumberSpan, identifiers[i], packed, history)
  }
  return out
}

function loadDrawTargetsByRow(sqlite: Database.Database, where: string, params: unknown[], history: DrawHistory): DrawTarget[] {
  const sql = `SELECT t.id, ${targetIdentifierSql} AS identifier, ${packedSql} AS packed
                 FROM targets t ${where} ORDER BY identifier, t.id`
  const rows = sqlite.prepare(sql).raw().all(...params) as [number, string, number][]
  return rows.map(([targetId, identifier, packed]) => drawTarget(targetId, identifier, packed, history))
}

function drawTarget(targetId: number, identifier: string, packed: number, history: DrawHistory): DrawTarget {
  return {
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

function hasEqualNeighbours(sorted: readonly string[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true
  return false
}
