import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTempServices, type TempServices } from '../support/tempServices'

let s: TempServices
beforeAll(() => {
  s = openTempServices({ seedDemo: true })
})
afterAll(() => s.close())

async function load(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
  return workbook.worksheets[0]
}

const issued = () => (s.host.deps.store.sqlite.prepare('SELECT kind, file_name AS fileName FROM issued_documents ORDER BY id').all() as { kind: string; fileName: string }[])

describe('the plan as xlsx for reporting upward (issue 7 §5)', () => {
  it('has a title, 填报单位, a numbered table with a total row, fixed widths and a landscape print setup repeating the header', async () => {
    const plan = await s.call('plans:get', { year: 2026 })
    const estimates = await s.call('plans:estimate', { year: 2026 })
    const file = await s.call('plans:exportTable', { year: 2026 })
    expect(file.fileName).toBe('2026年度抽查计划表（第3版）.xlsx')
    const sheet = await load(file.base64)
    expect(String(sheet.getCell('A1').value)).toContain('2026年度市场监管领域部门联合“双随机、一公开”抽查工作计划')
    expect(String(sheet.getCell('A2').value)).toMatch(/^填报单位：/)
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '抽查任务名称', '牵头单位', '参与部门', '抽查事项', '抽查对象范围', '事项类别', '抽查比例（数量）', '预估户数', '检查方式', '实施时间', '备注'])
    const items = plan.planItems.filter((i) => !i.cancelled)
    expect(items.map((_, i) => sheet.getCell(4 + i, 1).value)).toEqual(items.map((_, i) => i + 1))
    expect(items.map((_, i) => sheet.getCell(4 + i, 2).value)).toEqual(items.map((i) => i.name))
    const total = sheet.getRow(4 + items.length)
    expect(total.getCell(1).value).toBe('合计')
    expect(String(total.getCell(2).value)).toContain(`共${items.length}项`)
    expect(total.getCell(9).value).toBe(estimates.reduce((sum, e) => sum + e.count, 0))
    expect(sheet.getColumn(2).width).toBe(26)
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3', fitToWidth: 1 })
    expect(issued().at(-1)).toEqual({ kind: 'planTable', fileName: file.fileName })
  })

  it('writes the adjustment announcement as xlsx, one row per adjustment, entered in the document register', async () => {
    const plan = await s.call('plans:get', { year: 2026 })
    const file = await s.call('plans:exportAdjustmentsTable', { year: 2026 })
    const sheet = await load(file.base64)
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '调整类型', '抽查任务', '调整内容', '调整理由', '批准依据', '调整日期'])
    expect(plan.adjustments.map((_, i) => sheet.getCell(4 + i, 2).value)).toEqual(['增加', '取消'])
    expect(plan.adjustments.map((_, i) => sheet.getCell(4 + i, 5).value)).toEqual(plan.adjustments.map((a) => a.reason))
    expect(sheet.pageSetup.orientation).toBe('landscape')
    expect(issued().at(-1)).toEqual({ kind: 'planAdjustmentsTable', fileName: file.fileName })
    expect((await s.fail('plans:exportAdjustmentsTable', { year: 2027 })).message).toContain('还没有调整')
  })
})
