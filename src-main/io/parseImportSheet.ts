import type { ImportIssue, ImportPhase } from '@shared/domain/imports'
import { cellText } from './cellText'
import type { AnyColumnSpec, CellValue, EntitySpec } from './columnSpec'
import { headerLookup, headerSearchRows, matchHeader, pickHeaderRow, type HeaderMatch } from './findHeaderRow'
import { ImportFileError } from './importFileError'
import { readSheets, type SheetRow } from './readSheets'

export interface ParsedRow<R> {
  /** The sheet's own row number. */
  row: number
  key: string
  record: R
}

export interface ParsedSheet<R> {
  sheetName: string
  headerRow: number
  /** Valid rows, in sheet order. */
  rows: ParsedRow<R>[]
  /** Every refusal, in sheet order (a row may have several). */
  invalid: ImportIssue[]
  /** Number of distinct rows with at least one refusal. */
  invalidRows: number
  /** Data rows read (valid + invalid). */
  dataRows: number
  /** Fields whose column the sheet has: on update, only these change. */
  presentFields: (keyof R)[]
  ignoredColumns: string[]
}

export interface ParseOptions {
  onProgress?: (phase: ImportPhase, done: number, total: number) => void
  /** See readSheets: force the streaming (true) or in-memory (false) reader. */
  streaming?: boolean
}

const spaces = /[\s\u3000]+/g
// A 合计/小计/总计 line at the end of a hand-made sheet (“合计”, “合 计：120户”, “小计3”).
const totalCell = /^(合计|小计|总计)([:：\d(（].*)?$/
// Signature lines under the table: “填报人：张三”, “审核人：”, “填报日期：2026年3月1日”, “注：…”.
const footerCell = /^(填报人|填表人|审核人|审批人|制表人|统计人|单位负责人|联系人|联系电话|填报日期|填表日期|制表日期|报送日期|注|说明|备注)[:：]/

function isBlank(cells: readonly CellValue[]): boolean {
  return cells.every((cell) => cell === null)
}

function texts(cells: readonly CellValue[]): string[] {
  return cells.filter((cell) => cell !== null).map((cell) => cellText(cell).replace(spaces, ''))
}

function isTotalRow(cells: readonly CellValue[]): boolean {
  return texts(cells).some((text) => totalCell.test(text))
}

function isFooterRow(cells: readonly CellValue[]): boolean {
  const nonEmpty = texts(cells)
  return nonEmpty.length > 0 && nonEmpty.every((text) => footerCell.test(text))
}

/**
 * Reads an import file against an entity spec: finds the header row by its names (title and
 * 填报单位 rows above it, 序号 and unknown columns ignored), skips wholly empty rows, 合计/小计
 * lines and signature lines, parses every cell, runs the spec's cross-field check, and refuses a
 * key seen on an earlier row. Throws ImportFileError when no header row can be found.
 */
export async function parseImportSheet<R>(bytes: Buffer, spec: EntitySpec<R>, options: ParseOptions = {}): Promise<ParsedSheet<R>> {
  const progress = options.onProgress
  let result: ParsedSheet<R> | null = null
  let firstSheetName = ''
  try {
    for await (const sheet of readSheets(bytes, { streaming: options.streaming, onBytes: (done, total) => progress?.('读取表格', done, total) })) {
      firstSheetName ||= sheet.name
      if (result) {
        // The streaming reader must drain a sheet before the next; later sheets (填写说明) are not data.
        for await (const _row of sheet.rows) void _row
        continue
      }
      result = await parseSheet(sheet.name, sheet.rows, spec)
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError(error instanceof Error ? error.message : String(error))
  }
  if (!result) {
    const required = spec.columns.filter((c) => c.required).map((c) => `“${c.header}”`)
    throw new ImportFileError(
      `没有在${firstSheetName ? `工作表“${firstSheetName}”` : '文件'}的前${headerSearchRows}行中找到表头：请确认有一行列名写着${required.join('')}等（可先下载导入模板对照）`
    )
  }
  progress?.('校验', result.dataRows, result.dataRows)
  return result
}

/** Parses one sheet; null when it has no recognisable header row. */
async function parseSheet<R>(name: string, source: AsyncIterable<SheetRow>, spec: EntitySpec<R>): Promise<ParsedSheet<R> | null> {
  const iterator = source[Symbol.asyncIterator]()
  const head: SheetRow[] = []
  while (head.length < headerSearchRows) {
    const next = await iterator.next()
    if (next.done) break
    if (!isBlank(next.value.cells)) head.push(next.value)
  }
  const header = pickHeaderRow(head, spec)
  if (!header) {
    while (!(await iterator.next()).done) {
      // drain: see parseImportSheet
    }
    return null
  }
  assertRequiredColumns(name, header, spec)

  const lookup = headerLookup(spec)
  const builder = rowBuilder(spec, header)
  for (const row of head) if (row.row > header.row) builder.add(row, lookup)
  for (;;) {
    const next = await iterator.next()
    if (next.done) break
    builder.add(next.value, lookup)
  }
  return { sheetName: name, headerRow: header.row, ...builder.finish() }
}

function assertRequiredColumns<R>(sheetName: string, header: HeaderMatch<R> & { row: number }, spec: EntitySpec<R>): void {
  const present = new Set(header.columns.values())
  const missing = spec.columns.filter((column) => column.required && !present.has(column))
  if (missing.length === 0) return
  const names = missing.map((column) => `“${column.header}”`).join('')
  const synonyms = missing.flatMap((column) => (column.synonyms?.length ? [`${column.header}也可写作${column.synonyms.join('/')}`] : []))
  throw new ImportFileError(
    `工作表“${sheetName}”第${header.row}行是表头，但缺少${names}列：请补上这一列${synonyms.length ? `（${synonyms.join('；')}）` : ''}`
  )
}

function rowBuilder<R>(spec: EntitySpec<R>, header: HeaderMatch<R> & { row: number }) {
  const columns = [...header.columns.entries()]
  const [firstHeaderIndex, firstHeaderColumn] = columns[0]
  const firstHeaderText = header.sheetHeaders.get(firstHeaderColumn.header) ?? ''
  const presentFields = columns.map(([, column]) => column.field as keyof R)
  const absent = spec.columns.filter((column) => !presentFields.includes(column.field as keyof R))
  const sheetHeader = (canonical: string) => header.sheetHeaders.get(canonical) ?? canonical
  const rows: ParsedRow<R>[] = []
  const invalid: ImportIssue[] = []
  const firstRowOfKey = new Map<string, number>()
  let invalidRows = 0
  let dataRows = 0

  function add(sheetRow: SheetRow, lookup: Map<string, AnyColumnSpec<R>>): void {
    const { cells, row } = sheetRow
    if (isBlank(cells) || isTotalRow(cells) || isFooterRow(cells)) return
    // A printed sheet repeats its header on every page (checked only when the first header cell repeats).
    if (cellText(cells[firstHeaderIndex] ?? null) === firstHeaderText && matchHeader(cells, lookup).score >= header.score) return
    dataRows++
    const issues: ImportIssue[] = []
    const record = {} as Record<keyof R, unknown>
    for (const column of absent) record[column.field as keyof R] = column.empty
    for (const [index, column] of columns) {
      const cell = cells[index] ?? null
      if (cell === null) {
        if (column.required) issues.push({ row, column: sheetHeader(column.header), message: `请填写${column.header}` })
        record[column.field as keyof R] = column.empty
        continue
      }
      const parsed = column.parse(cell)
      if ('error' in parsed) issues.push({ row, column: sheetHeader(column.header), message: parsed.error })
      else record[column.field as keyof R] = parsed.value
    }
    const full = issues.length === 0 && spec.complete ? spec.complete(record as R) : (record as R)
    if (issues.length === 0 && spec.check) {
      for (const issue of spec.check(full)) issues.push({ row, column: sheetHeader(issue.column), message: issue.message })
    }
    if (issues.length === 0) {
      const key = spec.keyOf(full)
      if (key === null) {
        issues.push({ row, column: sheetHeader(spec.keyColumn), message: spec.keyMissing ?? `请填写${spec.keyColumn}` })
      } else {
        const first = firstRowOfKey.get(key)
        if (first !== undefined) {
          // Issue 3 §4: the later row of a duplicate is the error; the first one stands.
          issues.push({ row, column: sheetHeader(spec.keyColumn), message: `与第${first}行重复（${spec.keyColumn}相同）：同一${spec.rowLabel}只保留一行，请删除或合并这一行` })
        } else {
          firstRowOfKey.set(key, row)
          rows.push({ row, key, record: full })
        }
      }
    }
    if (issues.length > 0) {
      invalidRows++
      invalid.push(...issues)
    }
  }

  function finish() {
    const crossIssues = spec.checkRows?.(rows) ?? []
    if (crossIssues.length === 0) return { rows, invalid, invalidRows, dataRows, presentFields, ignoredColumns: header.ignored }
    const refused = new Set(crossIssues.map((issue) => issue.row))
    const all = [...invalid, ...crossIssues.map((issue) => ({ row: issue.row, column: sheetHeader(issue.column), message: issue.message }))]
    return {
      rows: rows.filter((r) => !refused.has(r.row)),
      invalid: all.sort((a, b) => a.row - b.row),
      invalidRows: invalidRows + refused.size,
      dataRows,
      presentFields,
      ignoredColumns: header.ignored
    }
  }

  return { add, finish }
}
