/**
 * The Excel import/export framework (issue 3 §4), generic over an entity's column spec.
 *
 * An entity (targets, inspectors, the checklist …) describes its sheet once, as an `EntitySpec`:
 * the columns (header + synonyms, how one cell becomes a field value, how a value is written
 * back), the key that identifies a record (in the file and in the database), and any cross-field
 * check. The framework does the rest:
 *   parseImportSheet(bytes, spec)      → rows + invalid issues (header row found by names)
 *   planImport(sheet, spec, sink)      → each valid row classified new / updated / unchanged
 *   applyImport(plan, sink, options)   → writes (all or nothing, or only valid rows) → ImportReport
 *   writeTemplate(spec)                → the blank template (header, 填写说明 sheet, dropdowns)
 *   writeRecordsSheet(spec, records)   → an export that re-imports with zero changes
 *   writeIssueReport(issues, label)    → the refusals as an xlsx the clerk can download
 */

/** A cell as read: exceljs values flattened (rich text joined, formulas by their result). */
export type CellValue = string | number | boolean | Date | null

/** What a column's parser returns for one non-empty cell. */
export type CellResult<T> = { value: T } | { error: string }

export interface ColumnSpec<R, K extends keyof R = keyof R> {
  /** The record field this column fills. */
  field: K
  /** The header written in templates and exports, and named in the report. */
  header: string
  /** Other headers clerks' sheets use for the same column (compared after normalizeHeader). */
  synonyms?: readonly string[]
  /** An empty cell is refused with “请填写…”. */
  required?: boolean
  /** Value of an empty cell (and of the field for a new record when the column is absent). */
  empty: R[K]
  /** One non-empty cell → the field value, or a Chinese reason naming what to write instead. */
  parse(cell: Exclude<CellValue, null>): CellResult<R[K]>
  /** The cell an export writes for the value; parse(format(v)) must give v back (round trip). */
  format(value: R[K]): string | number
  /** Allowed values: a dropdown (data validation list) in the template. */
  choices?: readonly string[]
  /** One line of the 填写说明 sheet. */
  note: string
  /** Keep as text in the template (codes, phones): Excel would turn long digit strings into numbers. */
  textFormat?: boolean
  /** Column width in characters (templates and exports). */
  width?: number
}

/** Any column of R (the field type is checked where the column is built). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyColumnSpec<R> = ColumnSpec<R, any>

export interface EntitySpec<R> {
  /** Name of the data sheet in templates and exports, e.g. “检查对象名录”. */
  sheetName: string
  /** What one row is, for messages: “检查对象”. */
  rowLabel: string
  columns: readonly AnyColumnSpec<R>[]
  /**
   * The identity of a record: the same key in the file twice is an error on the later row, and a
   * record whose key exists in the database is updated, not duplicated. Null = the row has no key
   * (it is then refused with `keyMissing`).
   */
  keyOf(record: R): string | null
  /** The header of the column the key comes from, for the duplicate message. */
  keyColumn: string
  /** Why a row without a key is refused. */
  keyMissing?: string
  /**
   * Derived values filled in after the cells parsed (e.g. 对象类型 from the code when the sheet
   * leaves it empty). Runs before `check` and `keyOf`.
   */
  complete?(record: R): R
  /**
   * Cross-field checks on a complete record (after the cells parsed). Return issues naming the
   * column; an empty array means the row is valid. May rewrite nothing.
   */
  check?(record: R): { column: string; message: string }[]
  /**
   * Checks across the valid rows once all are read (rows that together make one record, such as a
   * plan form's rows of one 抽查任务). Each issue names a row; that row becomes invalid.
   */
  checkRows?(rows: readonly { row: number; record: R }[]): { row: number; column: string; message: string }[]
}

/**
 * Where imported records go; built per call inside the service's transaction. `existing` returns
 * the stored record in the spec's record shape, so “unchanged” is an exact comparison.
 */
export interface ImportSink<R> {
  existing(key: string): R | undefined
  insert(record: R): void
  update(key: string, record: R, before: R): void
  /** Called once before the writes, with how many there will be (a sink may switch to bulk mode). */
  begin?(counts: { inserts: number; updates: number }): void
  /** Called once after the last write, still inside the transaction. */
  finish?(): void
}
