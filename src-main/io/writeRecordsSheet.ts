import type { EntitySpec } from './columnSpec'
import { streamingWorkbook } from './xlsxBuffer'

const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const

/**
 * An export of records in the spec's own columns, headers in row 1: the file re-imports with zero
 * changes (each column's format is its parse's inverse). Codes are written as text.
 */
export async function writeRecordsSheet<R>(spec: EntitySpec<R>, records: Iterable<R>): Promise<Buffer> {
  const { workbook, bytes } = streamingWorkbook()
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.columns.map((column) => ({ header: column.header, width: column.width ?? 14 }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = headerFill
  })
  header.commit()
  for (const record of records) {
    sheet.addRow(spec.columns.map((column) => column.format(record[column.field as keyof R]))).commit()
  }
  sheet.commit()
  return bytes()
}
