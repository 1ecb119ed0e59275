import type Database from 'better-sqlite3'
import type { TargetPageDto, TargetSortKey } from '@shared/domain/targets'
import { targetCountCap } from '@shared/domain/targets'
import type { ParsedInput } from '@shared/contract'
import { readTargets } from './readTargets'
import { targetFilterSql, type TargetFilterSql } from './targetFilterSql'

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
 * Above this many matches a page walks the sort index, testing each row, rather than collecting
 * every match and sorting it: at 1,000,000 targets that passes about 1,000,000 / 2,000 × 50 = 25,000
 * rows for the first page, a few milliseconds, against ~80 ms to collect and sort 100,000 matches.
 */
const walkAbove = 2_000

/**
 * 名录库 search over name/address/codes plus filters, one page at a time (issue 3 §2; the
 * conditions are `targetFilterSql`'s).
 *
 * The total is exact up to `targetCountCap` and "more than that" beyond (the screen shows
 * "10,000+"): counting 46,000 address matches exactly costs more than the page itself, and no clerk
 * pages through ten thousand rows — she narrows the search. A filter of one text term or one tag,
 * directory or department is counted straight from its index, without reading target rows.
 *
 * Then a narrow match set (text, tag …) is collected from the indexes and sorted; a broad one is
 * paged by walking the sort index and testing each row (`row` forms), which finds a page long before
 * it could collect every match. With a 属地 filter the walk goes through that town's names in the
 * (town, name) index.
 */
export function searchTargets(sqlite: Database.Database, input: SearchInput): TargetPageDto {
  const filter = targetFilterSql(input)
  const direction = input.sortOrder === 'desc' ? 'DESC' : 'ASC'
  const offset = (input.page - 1) * input.pageSize
  const total = cappedCount(sqlite, filter)
  const capped = total > targetCountCap
  const order = (column: string) => (input.sortBy === 'id' ? `ORDER BY t.id ${direction}` : `ORDER BY ${column} ${direction}, t.id ${direction}`)
  const narrowing = filter.conditions.some((c) => c.source !== undefined)

  let sql: string
  let params: unknown[]
  if (total > walkAbove && indexedSorts.includes(input.sortBy)) {
    const where = filter.conditions.length > 0 ? `WHERE ${filter.conditions.map((c) => c.row).join(' AND ')}` : ''
    sql = `SELECT t.id FROM targets t ${where} ${order(sortColumns[input.sortBy])} LIMIT ? OFFSET ?`
    params = filter.conditions.flatMap((c) => c.rowParams)
  } else {
    // A narrow match set drives the query; `+` keeps the planner from walking the whole sort index
    // instead and testing every row against it. Column filters alone walk the sort index or a
    // column index, as the planner judges.
    const column = narrowing ? `+${sortColumns[input.sortBy]}` : sortColumns[input.sortBy]
    sql = `SELECT t.id FROM targets t ${filter.where} ${order(column)} LIMIT ? OFFSET ?`
    params = filter.params
  }
  const ids = sqlite.prepare(sql).pluck().all(...params, input.pageSize, offset) as number[]
  return { rows: readTargets(sqlite, ids), total: capped ? targetCountCap : total, totalCapped: capped, page: input.page, pageSize: input.pageSize }
}

/** How many targets match, counting no further than one past the cap. */
export function cappedCount(sqlite: Database.Database, filter: TargetFilterSql): number {
  const [only] = filter.conditions
  const sql =
    filter.conditions.length === 1 && only.source
      ? `SELECT count(*) FROM (${only.source} LIMIT ?)`
      : `SELECT count(*) FROM (SELECT 1 FROM targets t ${filter.where} LIMIT ?)`
  return sqlite.prepare(sql).pluck().get(...filter.params, targetCountCap + 1) as number
}
