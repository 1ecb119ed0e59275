import type { ImportIssue } from '@shared/domain/imports'
import { streamingWorkbook } from './xlsxBuffer'

/** The refusals of an import as an xlsx: 行号, 列, 问题 — what the clerk fixes, row by row. */
export async function writeIssueReport(issues: readonly ImportIssue[], fileName: string): Promise<Buffer> {
  const { workbook, bytes } = streamingWorkbook()
  const sheet = workbook.addWorksheet('导入问题', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 90 }]
  sheet.addRow([`文件“${fileName}”的导入问题，共 ${issues.length} 处（行号即 Excel 中显示的行号）`]).commit()
  const header = sheet.addRow(['行号', '列', '问题及改法'])
  header.font = { bold: true }
  header.commit()
  for (const issue of issues) sheet.addRow([issue.row || '', issue.column, issue.message]).commit()
  sheet.commit()
  return bytes()
}
