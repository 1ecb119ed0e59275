import type Database from 'better-sqlite3'
import type { TargetPageDto, TargetSortKey } from '@shared/domain/targets'
import { targetCountCap } from '@shared/domain/targets'
import type { ParsedInput } from '@shared/contract'
import { readTargets } from './readTargets'
import { targetFilterSql } from './targetFilterSql'

type SearchInput = ParsedInput<'directory:searchTargets'>

const sortColumns: Record<TargetSortKey, string> = {
  name: 't.name',
  town: 't.town',
  riskClass: 't.risk_class',
  updatedAt: 't.updated_at',
  id: 't.id'
}

/** Sort keys with an index of their own: a page can walk it and stop after one page. */
const indexedSorts: readonly TargetSortKey[] = ['name', 'town', 'riskClass', 'id']

/**
 * 名录库 search over name/address/codes plus filters, one page at a time (issue 3 §2; the WHERE
 * clause is `targetFilterSql`'s).
 *
 * The total is exact up to `targetCountCap` and "more than that" beyond (the screen shows
 * "10,000+"): counting 46,000 address matches exactly costs more than the page itself, and no clerk
 * pages through ten thousand rows — she narrows the search. Counting stops at the cap, and a broad
 * text match (cap reached) is paged by walking the sort index and testing each row's own text, which
 * finds a page after a few thousand rows instead of collecting and sorting every match.
 */
export function searchTargets(sqlite: Database.Database, input: SearchInput): TargetPageDto {
  const filter = targetFilterSql(input, 'index')
  const direction = input.sortOrder === 'desc' ? 'DESC' : 'ASC'
  const offset = (input.page - 1) * input.pageSize
  const total = cappedCount(sqlite, filter.where, filter.params)
  const capped = total > targetCountCap
  const order = (column: string) => (input.sortBy === 'id' ? `ORDER BY t.id ${direction}` : `ORDER BY ${column} ${direction}, t.id ${direction}`)

  let sql: string
  let params: unknown[]
  if (filter.hasText && capped && indexedSorts.includes(input.sortBy)) {
    const rowFilter = targetFilterSql(input, 'row')
    sql = `SELECT t.id FROM targets t ${rowFilter.where} ${order(sortColumns[input.sortBy])} LIMIT ? OFFSET ?`
    params = rowFilter.params
  } else {
    // With a text term (and at most the cap of matches) the matching ids drive the query; `+`
    // keeps the planner from walking the whole sort index instead and testing every row against
    // the small match set. Filters alone walk the sort index and stop after one page.
    const column = filter.hasText ? `+${sortColumns[input.sortBy]}` : sortColumns[input.sortBy]
    sql = `SELECT t.id FROM targets t ${filter.where} ${order(column)} LIMIT ? OFFSET ?`
    params = filter.params
  }
  const ids = (sqlite.prepare(sql).pluck().all(...params, input.pageSize, offset) as number[])
  return { rows: readTargets(sqlite, ids), total: capped ? targetCountCap : total, totalCapped: capped, page: input.page, pageSize: input.pageSize }
}

/** How many targets match, counting no further than one past the cap. */
export function cappedCount(sqlite: Database.Database, whereSql: string, params: unknown[]): number {
  return sqlite.prepare(`SELECT count(*) FROM (SELECT 1 FROM targets t ${whereSql} LIMIT ?)`).pluck().get(...params, targetCountCap + 1) as number
}

/** The exact number of matches, for a bulk action's confirmation ("将为 12,345 个对象添加标签"). */
export function exactCount(sqlite: Database.Database, whereSql: string, params: unknown[]): number {
  return sqlite.prepare(`SELECT count(*) FROM targets t ${whereSql}`).pluck().get(...params) as number
}
