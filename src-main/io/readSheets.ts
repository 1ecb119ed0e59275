import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { flattenCell } from './cellText'
import { zipEntries, zipEntryText } from './zipEntries'
import type { CellValue } from './columnSpec'

/** One row as Excel numbers it; cells[0] is column A. */
export interface SheetRow {
  row: number
  cells: CellValue[]
}

export interface SheetRows {
  name: string
  rows: AsyncIterable<SheetRow>
}

export interface ReadSheetsOptions {
  /** Called as the file is consumed: bytes read of the whole file. */
  onBytes?: (done: number, total: number) => void
  /**
   * Force the streaming reader (true) or the in-memory one (false). By default files up to
   * `inMemoryLimit` bytes load in memory, where merged cells are known (a value merged over
   * several rows is repeated into each of them); larger ones stream, row by row.
   */
  streaming?: boolean
}

/** Hand-made sheets with merged cells are small; registry exports are large and plain. */
export const inMemoryLimit = 4 * 1024 * 1024

/**
 * The worksheets of an .xlsx, in order, each with its rows. Throws a Chinese message when the
 * bytes are not an .xlsx (an .xls or a renamed file).
 */
export async function* readSheets(bytes: Buffer, options: ReadSheetsOptions = {}): AsyncGenerator<SheetRows> {
  assertXlsx(bytes)
  const streaming = options.streaming ?? bytes.length > inMemoryLimit
  if (streaming) yield* streamSheets(bytes, options)
  else yield* loadSheets(bytes, options)
}

function assertXlsx(bytes: Buffer): void {
  // An .xlsx is a zip (PK\3\4); an old .xls is an OLE file (D0 CF 11 E0).
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error('这是旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 格式后再导入')
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error('文件不是 Excel 表格（.xlsx）：请确认选对了文件；WPS 表格请“另存为” .xlsx 格式')
  }
}

async function* loadSheets(bytes: Buffer, options: ReadSheetsOptions): AsyncGenerator<SheetRows> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new Error(`无法打开这个 Excel 文件（${error instanceof Error ? error.message : String(error)}）：请用 Excel 或 WPS 打开后另存为 .xlsx 再试`)
  }
  options.onBytes?.(bytes.length, bytes.length)
  for (const worksheet of workbook.worksheets) {
    const rows: SheetRow[] = []
    // A merged cell reads as its master's value here, so a 乡镇 merged over ten rows fills all ten.
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      rows.push({ row: rowNumber, cells: rowCells(row) })
    })
    yield { name: worksheet.name, rows: iterate(rows) }
  }
}

async function* iterate<T>(items: T[]): AsyncGenerator<T> {
  yield* items
}

function rowCells(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = []
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    cells[col - 1] = flattenCell(cell.value)
  })
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null
  return cells
}

/** The private parsing steps of exceljs 4.4.0's WorkbookReader (pinned), fed our decoded entries. */
interface ReaderSteps {
  model?: { sheets?: { name: string; rId: string; id: number }[] }
  workbookRels?: { Id: string; Target: string }[]
  _parseRels(entry: Readable): Promise<void>
  _parseWorkbook(entry: Readable): Promise<void>
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>
  _parseStyles(entry: Readable): Promise<void>
  _parseWorksheet(iterator: Readable, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>
}

/**
 * Streams the sheets row by row with exceljs's worksheet parser, but reads the zip and decodes
 * UTF-8 ourselves (zipEntryText): shared strings and styles first, whatever their order in the
 * zip, then each worksheet in the workbook's order.
 */
async function* streamSheets(bytes: Buffer, options: ReadSheetsOptions): AsyncGenerator<SheetRows> {
  const entries = zipEntries(bytes)
  const total = bytes.length
  let consumed = 0
  const text = (name: string) => {
    const entry = entries.get(name)
    if (!entry) throw new Error(`Excel 文件缺少“${name}”部分：请用 Excel 或 WPS 打开后另存为 .xlsx 再试`)
    return zipEntryText(bytes, entry, (n) => {
      consumed += n
      options.onBytes?.(Math.min(consumed, total), total)
    })
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore'
  }) as unknown as ReaderSteps
  await reader._parseRels(text('xl/_rels/workbook.xml.rels'))
  await reader._parseWorkbook(text('xl/workbook.xml'))
  if (entries.has('xl/sharedStrings.xml')) for await (const _ of reader._parseSharedStrings(text('xl/sharedStrings.xml'))) void _
  if (entries.has('xl/styles.xml')) await reader._parseStyles(text('xl/styles.xml'))
  for (const sheet of reader.model?.sheets ?? []) {
    const target = reader.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target ?? ''
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`
    const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1]
    if (!sheetNo || !entries.has(path)) continue
    for (const event of reader._parseWorksheet(text(path), sheetNo)) {
      if (event.eventType === 'worksheet') yield { name: sheet.name, rows: streamRows(event.value) }
    }
  }
}

async function* streamRows(sheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of sheet) {
    const values = row.values as unknown[]
    const cells: CellValue[] = []
    for (let col = 1; col < values.length; col++) cells.push(flattenCell(values[col]))
    yield { row: row.number, cells }
  }
}
