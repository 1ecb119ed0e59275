import { cellText } from './cellText'
import type { AnyColumnSpec, CellValue, EntitySpec } from './columnSpec'
import { normalizeHeader } from './normalizeHeader'

export interface HeaderMatch<R> {
  /** Sheet column index (0 = A) → the spec column it fills. */
  columns: Map<number, AnyColumnSpec<R>>
  /** Spec column header → the header text as the sheet writes it. */
  sheetHeaders: Map<string, string>
  /** Header texts no column matched (序号, 备注 …). */
  ignored: string[]
  /** How many spec columns the row matched. */
  score: number
}

/** Normalised header → spec column; canonical headers win over synonyms. */
export function headerLookup<R>(spec: EntitySpec<R>): Map<string, AnyColumnSpec<R>> {
  const lookup = new Map<string, AnyColumnSpec<R>>()
  for (const column of spec.columns) lookup.set(normalizeHeader(column.header), column)
  for (const column of spec.columns) {
    for (const synonym of column.synonyms ?? []) {
      const key = normalizeHeader(synonym)
      if (!lookup.has(key)) lookup.set(key, column)
    }
  }
  return lookup
}

/** Matches one row's cells as a header row. The first cell matching a column wins it. */
export function matchHeader<R>(cells: readonly CellValue[], lookup: Map<string, AnyColumnSpec<R>>): HeaderMatch<R> {
  const columns = new Map<number, AnyColumnSpec<R>>()
  const sheetHeaders = new Map<string, string>()
  const ignored: string[] = []
  const taken = new Set<AnyColumnSpec<R>>()
  cells.forEach((cell, index) => {
    const text = cellText(cell)
    if (!text) return
    const column = lookup.get(normalizeHeader(text))
    if (column && !taken.has(column)) {
      taken.add(column)
      columns.set(index, column)
      sheetHeaders.set(column.header, text)
    } else {
      ignored.push(text)
    }
  })
  return { columns, sheetHeaders, ignored, score: taken.size }
}

/** Rows above the header looked at: title, 填报单位, 填报日期, a blank line or two, a two-row header. */
export const headerSearchRows = 30

/**
 * Among the first rows of a sheet, the header is the one naming the most of the spec's columns
 * (at least two): title and 填报单位 rows above it name none, or one by accident.
 */
export function pickHeaderRow<R>(rows: readonly { row: number; cells: readonly CellValue[] }[], spec: EntitySpec<R>) {
  const lookup = headerLookup(spec)
  let best: (HeaderMatch<R> & { row: number }) | null = null
  for (const candidate of rows.slice(0, headerSearchRows)) {
    const match = matchHeader(candidate.cells, lookup)
    if (match.score >= 2 && (!best || match.score > best.score)) best = { ...match, row: candidate.row }
  }
  return best
}
