import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { cellParsers } from '../../src-main/io/cellParsers'
import { pickHeaderRow } from '../../src-main/io/findHeaderRow'
import { normalizeHeader } from '../../src-main/io/normalizeHeader'
import { parseImportSheet } from '../../src-main/io/parseImportSheet'
import { writeTemplate } from '../../src-main/io/writeTemplate'
import type { DepartmentNames } from '../../src-main/services/imports/departmentNames'
import { kindFromCode, targetImportSpec } from '../../src-main/services/imports/targetImportSpec'
import { validateUscc } from '../../src-shared/domain/uscc'
import { messyRow, messyTargetSheet, sheetUscc } from '../support/messySheet'

const departments: DepartmentNames = {
  shortNames: ['市场监管', '应急管理'],
  resolve: (names) => {
    const known: Record<string, string> = { 市场监管: '市场监管', 示范县市场监督管理局: '市场监管', 应急管理: '应急管理' }
    const unknown = names.filter((n) => !known[n])
    return unknown.length ? { error: `成员单位中没有“${unknown[0]}”` } : { value: names.map((n) => known[n]) }
  },
  idsOf: () => [],
  idOf: () => undefined
}
const spec = targetImportSpec(departments)

describe('header names', () => {
  it('compare equal whatever the spaces, full-width brackets, required stars and colons', () => {
    expect(normalizeHeader(' 法定代表人（负责人）* ')).toBe(normalizeHeader('法定代表人(负责人)'))
    expect(normalizeHeader('住\u3000所（经营场所）：')).toBe(normalizeHeader('住所(经营场所)'))
    expect(normalizeHeader('所属乡镇\n（街道）')).toBe('所属乡镇(街道)')
  })

  it('are found on the row that names the most columns, below title and 填报单位 rows', () => {
    const rows = [
      { row: 1, cells: ['示范县名录（名称以营业执照为准）', null] },
      { row: 2, cells: ['填报单位：城关所', null, null, '名称'] },
      { row: 4, cells: ['序号', '市场主体名称', '信用代码', '经营者', '住所（经营场所）', '联系方式', '属地', '类型', '行业类别', '风险等级', '经营状态'] },
      { row: 5, cells: [1, '示范县鑫源餐饮有限公司', sheetUscc(), '王建国'] }
    ]
    const header = pickHeaderRow(rows, spec)!
    expect(header.row).toBe(4)
    expect([...header.columns.values()].map((c) => c.field)).toEqual(['name', 'uscc', 'legalRep', 'address', 'phone', 'town', 'kind', 'industry', 'riskClass', 'status'])
    expect(header.ignored).toEqual(['序号'])
  })
})

describe('cells', () => {
  it('refuse a long code Excel stored as a number, naming the digits it kept', () => {
    const parse = cellParsers.code('统一社会信用代码', 40)
    expect(parse(Number('913703220000123456'))).toEqual({ error: expect.stringContaining('913703220000123000') })
    expect(parse('9.13703E+17')).toEqual({ error: expect.stringContaining('科学计数法') })
    // A 15-digit 注册号 fits in 15 significant digits: it is exact.
    expect(parse(370322600123456)).toEqual({ value: '370322600123456' })
  })

  it('take every spelling of 信用风险分类 and 登记状态 the issue lists', () => {
    const risk = spec.columns.find((c) => c.field === 'riskClass')!
    const status = spec.columns.find((c) => c.field === 'status')!
    expect(['A', '低风险', 'B类', '一般风险', '较高风险', ' 高风险 ', 'ｄ'].map((v) => risk.parse(v))).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'D'].map((value) => ({ value })))
    expect(['存续', '在业', '开业', '吊销，未注销', '已注销'].map((v) => status.parse(v))).toEqual(['存续', '存续', '存续', '吊销', '注销'].map((value) => ({ value })))
    expect(risk.parse('特别高')).toEqual({ error: expect.stringContaining('低风险、一般风险、较高风险、高风险') })
  })

  it('read dates written the ways clerks write them', () => {
    const date = cellParsers.date('请假开始日期')
    for (const text of ['2026-03-01', '2026/3/1', '2026.3.1', '2026年3月1日', '20260301']) expect(date(text)).toEqual({ value: '2026-03-01' })
    expect(date(new Date('2026-03-01T00:00:00Z'))).toEqual({ value: '2026-03-01' })
    expect(date('2026-02-30')).toEqual({ error: expect.stringContaining('不是有效日期') })
  })
})

describe('a messy target sheet', () => {
  it('validates every row with the sheet’s own row numbers, the standard’s example code passing', async () => {
    expect(validateUscc('91350100M000100Y43').ok).toBe(true)
    const rows = [
      messyRow({ 社会统一信用代码: '91350100M000100Y43', 企业名称: '标准示例公司' }),
      messyRow({ 社会统一信用代码: '９１３５０１００ｍ０００１００ｙ４３' }),
      messyRow({ 联系方式: '12345' }),
      messyRow({ 社会统一信用代码: null, 主体类型: '个体户' }),
      messyRow({ 社会统一信用代码: Number('913703220000123456') })
    ]
    const sheet = await parseImportSheet(await messyTargetSheet(rows, { mergeTownRows: 5 }), spec)
    expect(sheet.headerRow).toBe(4)
    expect(sheet.dataRows).toBe(5)
    expect(sheet.rows.map((r) => [r.row, r.record.uscc, r.record.town])).toEqual([[5, '91350100M000100Y43', '城关街道']])
    expect(sheet.invalid.map((i) => [i.row, i.column, i.message.slice(0, 12)])).toEqual([
      [6, '社会统一信用代码', '与第5行重复（统一社会信'],
      [7, '联系方式', '联系电话“12345”格'],
      [8, '社会统一信用代码', '请填写统一社会信用代码；'],
      [9, '社会统一信用代码', '统一社会信用代码在 Ex']
    ])
  })

  it('tells the kind from the code when the sheet has no 对象类型', () => {
    expect(kindFromCode('92370322MA00000001')).toBe('个体工商户')
    expect(kindFromCode('93370322MA00000001')).toBe('农民专业合作社')
    expect(kindFromCode('91350100M000100Y43')).toBe('企业')
  })

  it('says where the header should be when the sheet has none', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Sheet1').addRow(['甲', '乙'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    await expect(parseImportSheet(bytes, spec)).rejects.toThrow('没有在工作表“Sheet1”的前30行中找到表头：请确认有一行列名写着“对象名称”')
  })
})

describe('the import template', () => {
  it('has the header row, a 填写说明 sheet and dropdown lists, and reads back as an empty sheet', async () => {
    const bytes = await writeTemplate(spec, '检查对象名录')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['检查对象名录', '填写说明', '选项'])
    const header = workbook.worksheets[0].getRow(1).values as string[]
    expect(header.slice(1, 4)).toEqual(['对象名称*', '统一社会信用代码', '注册号'])
    const validations = (workbook.worksheets[0] as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model
    const riskColumn = String.fromCharCode(65 + spec.columns.findIndex((c) => c.field === 'riskClass'))
    expect(Object.entries(validations).find(([range]) => range.startsWith(riskColumn))?.[1]).toMatchObject({ type: 'list' })
    expect(workbook.getWorksheet('填写说明')!.getColumn(1).values).toContain('信用风险分类')
    const sheet = await parseImportSheet(bytes, spec)
    expect(sheet).toMatchObject({ headerRow: 1, dataRows: 0, invalid: [] })
  })
})

describe('the streaming reader', () => {
  it('reads what the in-memory reader reads: shared and rich text, numbers, dates, booleans, formulas, entities', async () => {
    const { readSheets } = await import('../../src-main/io/readSheets')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名录 & 清单')
    sheet.addRow(['标题 <示范县> & “名录”'])
    sheet.addRow(['名称', { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] }, 370322600123456, 2.5, true, new Date('2026-03-01T00:00:00Z'), { formula: '1+1', result: 2 }, '  ', null, '末列'])
    sheet.getCell('F2').numFmt = 'yyyy"年"m"月"d"日"'
    workbook.addWorksheet('填写说明').addRow(['说明'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const read = async (streaming: boolean) => {
      const sheets: { name: string; rows: unknown[] }[] = []
      for await (const s of readSheets(bytes, { streaming })) {
        const rows: unknown[] = []
        for await (const row of s.rows) rows.push(row)
        sheets.push({ name: s.name, rows })
      }
      return sheets
    }
    const streamed = await read(true)
    expect(streamed).toEqual(await read(false))
    expect(streamed[0].name).toBe('名录 & 清单')
    expect(streamed[0].rows[1]).toEqual({ row: 2, cells: ['名称', '富文本', 370322600123456, 2.5, true, new Date('2026-03-01T00:00:00Z'), 2, null, null, '末列'] })
  })
})
