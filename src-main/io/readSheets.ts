import ExcelJS from 'exceljs'
import { flattenCell } from './cellText'
import { dateStyles, relationships, sharedStrings, workbookSheets, worksheetRows } from './sheetXml'
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

/**
 * Streams the sheets row by row: the zip is read from its central directory and each part
 * inflated and decoded as UTF-8 by us (zipEntryText), the XML read by sheetXml. exceljs 4.4.0's
 * own stream reader decodes each chunk separately and garbles Chinese characters split between
 * chunks; it is also several times slower, building a Row and Cell model for every cell.
 */
async function* streamSheets(bytes: Buffer, options: ReadSheetsOptions): AsyncGenerator<SheetRows> {
  const entries = zipEntries(bytes)
  const total = bytes.length
  let consumed = 0
  const stream = (name: string) => {
    const entry = entries.get(name)
    if (!entry) throw new Error(`Excel 文件缺少“${name}”部分：请用 Excel 或 WPS 打开后另存为 .xlsx 再试`)
    return zipEntryText(bytes, entry, (n) => {
      consumed += n
      options.onBytes?.(Math.min(consumed, total), total)
    })
  }
  const text = async (name: string) => {
    let result = ''
    for await (const chunk of stream(name)) result += chunk as string
    return result
  }
  const rels = relationships(await text('xl/_rels/workbook.xml.rels'))
  const sheets = workbookSheets(await text('xl/workbook.xml'))
  const strings = entries.has('xl/sharedStrings.xml') ? sharedStrings(await text('xl/sharedStrings.xml')) : []
  const dates = entries.has('xl/styles.xml') ? dateStyles(await text('xl/styles.xml')) : new Set<number>()
  for (const sheet of sheets) {
    const target = rels.get(sheet.rId) ?? ''
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`
    if (!entries.has(path)) continue
    yield { name: sheet.name, rows: worksheetRows(stream(path), strings, dates) }
  }
}
