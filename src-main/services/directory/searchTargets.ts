import type Database from 'better-sqlite3'
import type { TargetPageDto, TargetSortKey } from '@shared/domain/targets'
import type { ParsedInput } from '@shared/contract'
import { readTargets } from './readTargets'
import { targetFilterWhere } from './targetFilterWhere'

type SearchInput = ParsedInput<'directory:searchTargets'>

const sortColumns: Record<TargetSortKey, string> = {
  name: 't.name',
  town: 't.town',
  riskClass: 't.risk_class',
  updatedAt: 't.updated_at',
  id: 't.id'
}

/** Highest code point: the upper bound of the range of grams that start with one character. */
const lastCodePoint = String.fromCodePoint(0x10ffff)

/**
 * 名录库 search over name/address/codes plus filters, one page at a time (issue 3 §2).
 *
 * DESIGN.md "Things that bite": clerks search Chinese names by two-character fragments ("鑫源"),
 * FTS5's trigram tokenizer matches nothing shorter than three characters, and a LIKE scan of
 * 1,000,000 rows is too slow. So each whitespace-separated term goes where it can be answered from
 * an index (migration 0003_issue3_target_search):
 *   3+ characters → targets_fts (trigram) over name, address, 统一社会信用代码 and 注册号;
 *   2 characters  → target_name_grams, the b-tree of every 2-character fragment of each name;
 *   1 character   → a prefix range of the same b-tree (every character starts some gram).
 * Short terms search names only: a 1–2 character fragment of an address or code says too little
 * to be worth a second index (the town filter covers "城关"-style searches).
 */
export function searchTargets(sqlite: Database.Database, input: SearchInput): TargetPageDto {
  const where: string[] = []
  const params: unknown[] = []
  const terms = input.text.split(/[\s\u3000]+/).filter(Boolean)
  const longTerms = terms.filter((term) => [...term].length >= 3)
  if (longTerms.length > 0) {
    where.push('t.id IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)')
    params.push(longTerms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND '))
  }
  for (const term of terms.filter((t) => [...t].length < 3)) {
    const gram = term.toLowerCase()
    if ([...gram].length === 2) {
      where.push('t.id IN (SELECT target_id FROM target_name_grams WHERE gram = ?)')
      params.push(gram)
    } else {
      where.push('t.id IN (SELECT target_id FROM target_name_grams WHERE gram >= ? AND gram < ?)')
      params.push(gram, gram + lastCodePoint)
    }
  }
  const filters = targetFilterWhere(input)
  where.push(...filters.where)
  params.push(...filters.params)

  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const direction = input.sortOrder === 'desc' ? 'DESC' : 'ASC'
  // With a text term the matching ids drive the query; `+` keeps the planner from walking the
  // whole sort index instead and testing every row against the (usually small) match set.
  const sortColumn = terms.length > 0 ? `+${sortColumns[input.sortBy]}` : sortColumns[input.sortBy]
  const orderSql = input.sortBy === 'id' ? `ORDER BY t.id ${direction}` : `ORDER BY ${sortColumn} ${direction}, t.id ${direction}`

  const offset = (input.page - 1) * input.pageSize
  let total: number
  let ids: number[]
  if (terms.length > 0) {
    // A text search sorts its whole match set anyway: count it in the same pass, so the FTS and
    // gram lookups run once, not twice.
    const page = sqlite
      .prepare(`SELECT t.id, count(*) OVER () AS total FROM targets t ${whereSql} ${orderSql} LIMIT ? OFFSET ?`)
      .all(...params, input.pageSize, offset) as { id: number; total: number }[]
    ids = page.map((row) => row.id)
    total = page[0]?.total ?? (offset > 0 ? countMatches(sqlite, whereSql, params) : 0)
  } else {
    // Filters alone: the page walks the sort index and stops after one page; the count is separate.
    total = countMatches(sqlite, whereSql, params)
    ids = (
      sqlite.prepare(`SELECT t.id FROM targets t ${whereSql} ${orderSql} LIMIT ? OFFSET ?`).all(...params, input.pageSize, offset) as {
        id: number
      }[]
    ).map((row) => row.id)
  }
  return { rows: readTargets(sqlite, ids), total, page: input.page, pageSize: input.pageSize }
}

function countMatches(sqlite: Database.Database, whereSql: string, params: unknown[]): number {
  return (sqlite.prepare(`SELECT count(*) AS n FROM targets t ${whereSql}`).get(...params) as { n: number }).n
}
