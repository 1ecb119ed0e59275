import ExcelJS from 'exceljs'
import { addChoiceLists } from './addChoiceLists'
import type { EntitySpec } from './columnSpec'

/** Rows of the data sheet that carry the dropdowns and the text format. */
const templateRows = 5000

/**
 * The blank import template (issue 3 §4): one data sheet with the header row (required columns
 * marked *), a 填写说明 sheet with a line per column, and dropdown lists (data validation) for
 * the columns with fixed values; the lists live on a hidden 选项 sheet, which has no length limit.
 */
export async function writeTemplate<R>(spec: EntitySpec<R>, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  const notes = workbook.addWorksheet('填写说明')
  const options = workbook.addWorksheet('选项', { state: 'hidden' })

  sheet.columns = spec.columns.map((column) => ({
    header: column.required ? `${column.header}*` : column.header,
    width: column.width ?? 14,
    style: column.textFormat ? { numFmt: '@' } : {}
  }))
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  })

  addChoiceLists(sheet, options, spec, 2, templateRows)

  notes.columns = [
    { header: '列名', width: 22 },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 90 }
  ]
  notes.getRow(1).font = { bold: true }
  for (const column of spec.columns) {
    const row = notes.addRow([column.header, column.required ? '必填' : '', column.note])
    row.alignment = { wrapText: true, vertical: 'top' }
  }
  notes.addRow([])
  for (const line of [
    `本模板用于导入${title}。请在“${spec.sheetName}”工作表第2行起逐行填写，一行一条，不要合并单元格。`,
    '表头可以保留您单位原表的写法（如“企业名称”“社会统一信用代码”），系统按列名识别；标题行、填报单位行、序号列、合计行会被忽略。',
    '统一社会信用代码、注册号、电话等请保持“文本”格式：以数字格式保存的长代码已被 Excel 截断，无法导入。',
    `导入时先整体校验：有任何一行不符合要求，默认整个文件都不导入，并给出“第几行、哪一列、什么问题”的报告；也可选择“只导入有效行”。`,
    `与已有记录的${spec.keyColumn}相同的行会更新原记录，不会重复新增。`
  ]) {
    notes.addRow(['', '', line]).alignment = { wrapText: true }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
