import ExcelJS from 'exceljs'

export interface ReportColumn {
  header: string
  /** Width in characters: fixed, so the printed table looks the same on every machine. */
  width: number
  align?: 'left' | 'center'
}

export interface ReportTable {
  sheetName: string
  title: string
  /** 填报单位 (left) and 填报日期 (right) line under the title. */
  unitLine: string
  dateLine: string
  columns: ReportColumn[]
  /** Data rows without 序号 (numbered here). */
  rows: (string | number)[][]
  /** The 合计 row's cells after the 序号 column; null: none. */
  total: (string | number)[] | null
  /** Lines under the table (填报人、审核人 …). */
  footer: string[]
}

const thin = { style: 'thin' } as const
const border = { top: thin, bottom: thin, left: thin, right: thin }

/**
 * A table in the layout reports upward take (issue 7 §5): title row, 填报单位 and date line, header,
 * 序号 numbering, a total row, fixed widths, borders, A4 landscape with the header row repeated on
 * every printed page and the width fitted to one page.
 */
export async function writeReportWorkbook(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const headerRow = 3
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' }
  })
  const columns = [{ header: '序号', width: 6, align: 'center' as const }, ...table.columns]
  sheet.columns = columns.map((c) => ({ width: c.width }))
  const width = columns.length

  sheet.mergeCells(1, 1, 1, width)
  const title = sheet.getCell(1, 1)
  title.value = table.title
  title.font = { name: '方正小标宋简体', size: 18 }
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.getRow(1).height = 48

  const half = Math.ceil(width / 2)
  sheet.mergeCells(2, 1, 2, half)
  sheet.mergeCells(2, half + 1, 2, width)
  sheet.getCell(2, 1).value = table.unitLine
  sheet.getCell(2, half + 1).value = table.dateLine
  sheet.getCell(2, half + 1).alignment = { horizontal: 'right' }
  sheet.getRow(2).height = 22

  const header = sheet.getRow(headerRow)
  header.values = columns.map((c) => c.header)
  header.height = 30
  header.eachCell((cell) => {
    cell.font = { name: '黑体', bold: true, size: 11 }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = border
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  })

  const body = (row: ExcelJS.Row) => {
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col)
      cell.font = { name: '仿宋_GB2312', size: 11 }
      cell.alignment = { vertical: 'middle', horizontal: columns[col - 1].align ?? 'left', wrapText: true }
      cell.border = border
    }
  }
  table.rows.forEach((cells, i) => {
    const row = sheet.getRow(headerRow + 1 + i)
    row.values = [i + 1, ...cells]
    body(row)
  })
  if (table.total) {
    const row = sheet.getRow(headerRow + 1 + table.rows.length)
    row.values = ['合计', ...table.total]
    body(row)
    row.font = { name: '黑体', bold: true, size: 11 }
  }
  let next = headerRow + 2 + table.rows.length + (table.total ? 1 : 0)
  for (const line of table.footer) {
    sheet.mergeCells(next, 1, next, width)
    sheet.getCell(next, 1).value = line
    next++
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
