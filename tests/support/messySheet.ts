import ExcelJS from 'exceljs'
import { makeUscc } from '../../src-shared/domain/uscc'

/** The columns a county office's own 名录 sheet has, spelled as such sheets spell them. */
export const messyHeaders = ['序号', '企业名称', '社会统一信用代码', '法定代表人', '住 所（经营场所）', '联系方式', '属地', '主体类型', '行业类别', '风险等级', '经营状态', '备注'] as const
export type MessyHeader = (typeof messyHeaders)[number]
export type MessyRow = Partial<Record<MessyHeader, string | number | null>>

let serial = 0
/** A valid code no other call returns (企业, 示范县 370322). */
export function sheetUscc(prefix = '91370322MA'): string {
  serial += 1
  return makeUscc(`${prefix}${String(serial).padStart(16 - prefix.length, '0')}Y`.slice(0, 17))
}

/** A plausible, valid row; override any cell. */
export function messyRow(overrides: MessyRow = {}): MessyRow {
  return {
    企业名称: '示范县鑫源餐饮有限公司',
    社会统一信用代码: sheetUscc(),
    法定代表人: '王建国',
    '住 所（经营场所）': '示范县城关街道人民路18号',
    联系方式: '13905331234',
    属地: '城关街道',
    主体类型: '企业',
    行业类别: '餐饮服务',
    风险等级: '一般风险',
    经营状态: '在业',
    ...overrides
  }
}

export interface MessySheetOptions {
  /** Merge the 属地 cell over the first `mergeTownRows` data rows (a town written once for a block). */
  mergeTownRows?: number
  /** Put a 合计 row and signature lines under the data (default true). */
  footer?: boolean
}

/**
 * A sheet as member units send them (issue 3 §4): a merged title row, a 填报单位 row, a blank
 * row, headers with spaces and full-width brackets and synonyms, a 序号 column, a 备注 column,
 * optionally a 属地 merged down a block, then a 合计 row and 填报人/审核人 lines. Data starts on
 * row 5, so row N of `rows` is sheet row N + 5.
 */
export async function messyTargetSheet(rows: MessyRow[], options: MessySheetOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('城关所')
  const last = String.fromCharCode(64 + messyHeaders.length)
  sheet.getCell('A1').value = '示范县2026年度检查对象名录（餐饮服务）'
  sheet.mergeCells(`A1:${last}1`)
  sheet.getCell('A2').value = '填报单位：示范县市场监督管理局城关市场监管所          填报日期：2026年3月1日'
  sheet.mergeCells(`A2:${last}2`)
  sheet.getRow(4).values = [...messyHeaders]
  rows.forEach((row, index) => {
    const values = messyHeaders.map((header) => (header === '序号' ? index + 1 : (row[header] ?? null)))
    sheet.getRow(5 + index).values = values
  })
  const town = messyHeaders.indexOf('属地') + 1
  if (options.mergeTownRows && options.mergeTownRows > 1) {
    for (let i = 1; i < options.mergeTownRows; i++) sheet.getRow(5 + i).getCell(town).value = null
    sheet.mergeCells(5, town, 4 + options.mergeTownRows, town)
  }
  if (options.footer ?? true) {
    const after = 5 + rows.length
    sheet.getRow(after).values = ['合 计', `共${rows.length}户`]
    sheet.getRow(after + 2).values = ['填报人：张丽', null, null, '审核人：李明', null, null, '联系电话：0533-6966123']
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
