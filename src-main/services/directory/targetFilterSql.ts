import type { TargetFilter } from '@shared/domain/targets'

/** Highest code point: the upper bound of the range of grams that start with one character. */
const lastCodePoint = String.fromCodePoint(0x10ffff)

export interface TargetFilterSql {
  /** `WHERE …` over `targets t`, or '' when nothing filters. */
  where: string
  params: unknown[]
  /** Whether a text term is part of the filter. */
  hasText: boolean
}

/** The filter bar's values as the contract parses them (empty strings already dropped). */
export type ParsedTargetFilter = Omit<TargetFilter, 'text'> & { text: string }

/** Text terms: whitespace (half- or full-width) separates them. */
export function textTerms(text: string): string[] {
  return text.split(/[\s\u3000]+/).filter(Boolean)
}

/**
 * The WHERE clause of a 名录库 filter (issue 3 §2), shared by the search, the bulk tag edit and the
 * special directories' add-by-filter, so "the targets on screen" means the same set everywhere.
 *
 * `text` — DESIGN.md "Things that bite": clerks search Chinese names by two-character fragments
 * ("鑫源"), FTS5's trigram tokenizer matches nothing shorter than three characters, and a LIKE scan of
 * 1,000,000 rows is too slow. So with `textMode: 'index'` each whitespace-separated term goes where an
 * index answers it (migration 0003_issue3_target_search):
 *   3+ characters → targets_fts (trigram) over name, address, 统一社会信用代码 and 注册号;
 *   2 characters  → target_name_grams, the b-tree of every 2-character fragment of each name;
 *   1 character   → a prefix range of the same b-tree (every character starts some gram).
 * Short terms search names only: a 1–2 character fragment of an address or code says too little.
 * `textMode: 'row'` states the same test on the row's own values (instr), for a query that walks a
 * sort index through a broad match set and tests each row it passes instead of collecting them all.
 */
export function targetFilterSql(input: ParsedTargetFilter, textMode: 'index' | 'row' = 'index'): TargetFilterSql {
  const where: string[] = []
  const params: unknown[] = []
  const terms = textTerms(input.text)
  const longTerms = terms.filter((term) => [...term].length >= 3)
  const shortTerms = terms.filter((term) => [...term].length < 3)
  if (textMode === 'index') {
    if (longTerms.length > 0) {
      where.push('t.id IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)')
      params.push(longTerms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND '))
    }
    for (const term of shortTerms) {
      const gram = term.toLowerCase()
      if ([...gram].length === 2) {
        where.push('t.id IN (SELECT target_id FROM target_name_grams WHERE gram = ?)')
        params.push(gram)
      } else {
        where.push('t.id IN (SELECT target_id FROM target_name_grams WHERE gram >= ? AND gram < ?)')
        params.push(gram, gram + lastCodePoint)
      }
    }
  } else {
    for (const term of longTerms) {
      where.push("(instr(lower(t.name), ?) > 0 OR instr(lower(t.address), ?) > 0 OR instr(lower(coalesce(t.uscc, '')), ?) > 0 OR instr(lower(coalesce(t.reg_no, '')), ?) > 0)")
      params.push(...Array<string>(4).fill(term.toLowerCase()))
    }
    for (const term of shortTerms) {
      where.push('instr(lower(t.name), ?) > 0')
      params.push(term.toLowerCase())
    }
  }
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return
    where.push(`${column} = ?`)
    params.push(value)
  }
  equal('t.kind', input.kind)
  equal('t.town', input.town)
  equal('t.industry', input.industry)
  equal('t.risk_class', input.riskClass)
  equal('t.status', input.status)
  if (input.abnormal !== undefined) equal('t.abnormal', input.abnormal ? 1 : 0)
  if (input.tag !== undefined) {
    // 003 §二(一): 标签化管理 — the tag side table (migration issue3_target_tags_sync), not a JSON scan.
    where.push('t.id IN (SELECT target_id FROM target_tags WHERE tag = ?)')
    params.push(input.tag)
  }
  if (input.specialDirectoryId !== undefined) {
    where.push('t.id IN (SELECT target_id FROM special_directory_members WHERE directory_id = ?)')
    params.push(input.specialDirectoryId)
  }
  if (input.departmentId !== undefined) {
    where.push('t.id IN (SELECT target_id FROM target_departments WHERE department_id = ?)')
    params.push(input.departmentId)
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params, hasText: terms.length > 0 }
}
