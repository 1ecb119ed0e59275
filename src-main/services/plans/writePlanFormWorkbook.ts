import ExcelJS from 'exceljs'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { addChoiceLists } from '../../io/addChoiceLists'
import type { EntitySpec } from '../../io/columnSpec'
import type { PlanFormRecord } from '../imports/planFormSpec'
import { planFormInfoLabels, planFormInfoSheet } from './planFormInfo'
import type { PlanForm } from './planFormState'

/** Rows under the prefilled ones that still carry the dropdowns (a unit may copy a row). */
const spareRows = 50
const headerRow = 3

/**
 * A unit's 年度计划填报表 (issue 7 §3): title and 填报单位 lines, the header, one row per current
 * checklist item prefilled with the plan as it stands, dropdowns, a 填写说明 sheet and the hidden
 * 表单信息 sheet naming the unit and year.
 */
export async function writePlanFormWorkbook(
  spec: EntitySpec<PlanFormRecord>,
  records: PlanFormRecord[],
  form: PlanForm & { countyName: string; deadline: string }
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: headerRow, xSplit: 2 }] })
  const notes = workbook.addWorksheet('填写说明')
  const options = workbook.addWorksheet('选项', { state: 'hidden' })
  const info = workbook.addWorksheet(planFormInfoSheet, { state: 'hidden' })

  const width = spec.columns.length
  sheet.columns = spec.columns.map((column) => ({ width: column.width ?? 14, style: column.textFormat ? { numFmt: '@' } : {} }))
  sheet.mergeCells(1, 1, 1, width)
  const title = sheet.getCell(1, 1)
  title.value = `${form.countyName}${form.year}年度联合抽查计划填报表`
  title.font = { bold: true, size: 16 }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30
  sheet.mergeCells(2, 1, 2, width)
  sheet.getCell(2, 1).value = `填报单位：${form.departmentName}\u3000\u3000计划年度：${form.year}年度\u3000\u3000报送截止：${formatChineseDate(form.deadline)}`
  const header = sheet.getRow(headerRow)
  header.values = spec.columns.map((column) => (column.required ? `${column.header}*` : column.header))
  header.font = { bold: true }
  header.height = 32
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }
  })
  records.forEach((record, i) => {
    const row = sheet.getRow(headerRow + 1 + i)
    row.values = spec.columns.map((column) => column.format(record[column.field as keyof PlanFormRecord]))
    // The prefilled columns are for reading: shaded grey.
    for (const col of [1, 2]) row.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  })
  addChoiceLists(sheet, options, spec, headerRow + 1, headerRow + records.length + spareRows)
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` }

  notes.columns = [
    { header: '列名', width: 16 },
    { header: '填写说明', width: 100 }
  ]
  notes.getRow(1).font = { bold: true }
  for (const column of spec.columns) notes.addRow([column.header, column.note]).alignment = { wrapText: true, vertical: 'top' }
  notes.addRow([])
  for (const line of [
    `本表是${form.departmentName}${form.year}年度联合抽查计划的填报表，已按本单位现行抽查事项清单逐项预填，一行一个抽查事项。请在“${spec.sheetName}”工作表中填写计划栏目，于${formatChineseDate(form.deadline)}前报送联席会议办公室（002 §四(二)：每年3月前报送）。`,
    '同一抽查任务包含几个事项时，这几行填写相同的“抽查任务名称”，其余计划栏目也填写一致；需要其他部门参加的，在“参与部门”中列出，联席会议办公室汇总时会统筹合并为联合抽查。',
    '不纳入本年度计划的事项，“抽查任务名称”留空，并在“未纳入原因”中写明原因（004 §(十三)）。',
    '请不要改动“事项编码”、不要增删工作表；导入时先整体校验，有任何一行不符合要求，默认整个文件都不导入，并给出“第几行、哪一列、什么问题”的报告。',
    '计划发布后不再接收填报表，需要变动的按计划调整程序办理。'
  ]) {
    notes.addRow(['', line]).alignment = { wrapText: true }
  }

  info.addRow([planFormInfoLabels.year, form.year])
  info.addRow([planFormInfoLabels.department, form.departmentName])
  info.addRow([planFormInfoLabels.departmentId, form.departmentId])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
