import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'

/**
 * A streaming workbook writer whose bytes end up in a Buffer: rows are committed as they are
 * added, so an export of 100,000 targets never holds the whole sheet model in memory.
 */
export function streamingWorkbook(): { workbook: ExcelJS.stream.xlsx.WorkbookWriter; bytes: () => Promise<Buffer> } {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  return {
    workbook,
    bytes: async () => {
      await workbook.commit()
      await ended
      return Buffer.concat(chunks)
    }
  }
}
