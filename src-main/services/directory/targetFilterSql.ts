import type { TargetFilter } from '@shared/domain/targets'

/** Highest code point: the upper bound of the range of grams that start with one character. */
const lastCodePoint = String.fromCodePoint(0x10ffff)

/**
 * One condition of a 名录库 filter, stated three ways for the three kinds of query that use it:
 * `index` collects the matching ids from an index (`t.id IN (…)`); `row` tests one target row as a
 * query walks a sort index past it; `source` (text terms and side tables only) lists the matching ids
 * on its own, so a filter made of this one condition is counted without touching the targets table.
 */
export interface TargetCondition {
  index: string
  params: unknown[]
  row: string
  rowParams: unknown[]
  /** Lists matching target ids on its own (same parameters as `index`). */
  source?: string
}

export interface TargetFilterSql {
  conditions: TargetCondition[]
  /** `WHERE …` over `targets t` with every condition in its `index` form, or ''. */
  where: string
  params: unknown[]
  hasText: boolean
}

/** The filter bar's values as the contract parses them (empty strings already dropped). */
export type ParsedTargetFilter = Omit<TargetFilter, 'text'> & { text?: string }

/** Text terms: whitespace (half- or full-width) separates them. */
export function textTerms(text: string): string[] {
  return text.split(/[\s\u3000]+/).filter(Boolean)
}

/** A condition answered by a side table keyed (value, target_id): a range of its primary key. */
function sideTable(table: string, column: string, value: unknown): TargetCondition {
  return {
    index: `t.id IN (SELECT target_id FROM ${table} WHERE ${column} = ?)`,
    params: [value],
    row: `EXISTS (SELECT 1 FROM ${table} x WHERE x.${column} = ? AND x.target_id = t.id)`,
    rowParams: [value],
    source: `SELECT target_id FROM ${table} WHERE ${column} = ?`
  }
}

/**
 * The conditions of a 名录库 filter (issue 3 §2), shared by the search, the bulk tag edit and the
 * special directories' add-by-filter, so "the targets on screen" means the same set everywhere.
 *
 * Text — DESIGN.md "Things that bite": clerks search Chinese names by two-character fragments
 * ("鑫源"), FTS5's trigram tokenizer matches nothing shorter than three characters, and a LIKE scan of
 * 1,000,000 rows is too slow. So each whitespace-separated term goes where an index answers it
 * (migration 0003_issue3_target_search):
 *   3+ characters → targets_fts (trigram) over name, address, 统一社会信用代码 and 注册号;
 *   2 characters  → target_name_grams, the b-tree of every 2-character fragment of each name;
 *   1 character   → a prefix range of the same b-tree (every character starts some gram).
 * Short terms search names only: a 1–2 character fragment of an address or code says too little.
 * The `row` forms state the same tests with instr() on the row's own text.
 */
export function targetFilterSql(input: ParsedTargetFilter): TargetFilterSql {
  const conditions: TargetCondition[] = []
  const terms = textTerms(input.text ?? '')
  const longTerms = terms.filter((term) => [...term].length >= 3)
  if (longTerms.length > 0) {
    const match = longTerms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND ')
    const rowTests = longTerms.map(
      () => "(instr(lower(t.name), ?) > 0 OR instr(lower(t.address), ?) > 0 OR instr(lower(coalesce(t.uscc, '')), ?) > 0 OR instr(lower(coalesce(t.reg_no, '')), ?) > 0)"
    )
    conditions.push({
      index: 't.id IN (SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?)',
      params: [match],
      row: rowTests.join(' AND '),
      rowParams: longTerms.flatMap((term) => Array<string>(4).fill(term.toLowerCase())),
      source: 'SELECT rowid FROM targets_fts WHERE targets_fts MATCH ?'
    })
  }
  for (const term of terms.filter((t) => [...t].length < 3)) {
    const gram = term.toLowerCase()
    const base = { row: 'instr(lower(t.name), ?) > 0', rowParams: [gram] }
    if ([...gram].length === 2) {
      conditions.push({ ...sideTable('target_name_grams', 'gram', gram), ...base })
    } else {
      conditions.push({
        index: 't.id IN (SELECT target_id FROM target_name_grams WHERE gram >= ? AND gram < ?)',
        params: [gram, gram + lastCodePoint],
        // A name holding the character twice has two grams starting with it: count each target once.
        source: 'SELECT DISTINCT target_id FROM target_name_grams WHERE gram >= ? AND gram < ?',
        ...base
      })
    }
  }
  // Row forms of column tests carry a `+`, so a query walking the name index is not turned into a
  // column-index lookup plus a sort of every match — except 属地, whose (town, name) index is the
  // walk itself: one town's names in order.
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return
    conditions.push({ index: `${column} = ?`, params: [value], row: column === 't.town' ? `${column} = ?` : `+${column} = ?`, rowParams: [value] })
  }
  equal('t.kind', input.kind)
  equal('t.town', input.town)
  equal('t.industry', input.industry)
  equal('t.scale', input.scale)
  equal('t.risk_class', input.riskClass)
  equal('t.status', input.status)
  if (input.abnormal !== undefined) equal('t.abnormal', input.abnormal ? 1 : 0)
  // 003 §二(一): 标签化管理 — the tag side table (migration issue3_target_tags_sync), not a JSON scan.
  if (input.tag !== undefined) conditions.push(sideTable('target_tags', 'tag', input.tag))
  if (input.specialDirectoryId !== undefined) conditions.push(sideTable('special_directory_members', 'directory_id', input.specialDirectoryId))
  if (input.departmentId !== undefined) conditions.push(sideTable('target_departments', 'department_id', input.departmentId))

  return {
    conditions,
    where: conditions.length > 0 ? `WHERE ${conditions.map((c) => c.index).join(' AND ')}` : '',
    params: conditions.flatMap((c) => c.params),
    hasText: terms.length > 0
  }
}
