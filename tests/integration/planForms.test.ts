import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportOutcomeDto } from '../../src-shared/domain/imports'
import type { PlanFormOptionsDto } from '../../src-shared/domain/plans'
import type { Result } from '../../src-shared/result'
import { openTempServices, type TempServices } from '../support/tempServices'

let s: TempServices
let options: PlanFormOptionsDto

beforeAll(async () => {
  s = openTempServices({ seedDemo: true })
  options = await s.call('plans:formOptions')
})
afterAll(() => s.close())

const unit = (namePart: string) => options.departments.find((d) => d.name.includes(namePart))!

async function exportForm(year: number, departmentId: number): Promise<ExcelJS.Workbook> {
  const file = await s.call('plans:exportForm', { year, departmentId })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
  return workbook
}

/** The data rows of a form: 事项编码 → row, with the header's columns by name. */
function formRows(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet('计划填报表')!
  const header = sheet.getRow(3)
  const column = new Map<string, number>()
  header.eachCell((cell, col) => column.set(String(cell.value).replace('*', ''), col))
  const rows = new Map<string, ExcelJS.Row>()
  sheet.eachRow((row, n) => {
    if (n > 3 && row.getCell(1).value) rows.set(String(row.getCell(1).value), row)
  })
  const set = (code: string, values: Record<string, string | number | null>) => {
    for (const [name, value] of Object.entries(values)) rows.get(code)!.getCell(column.get(name)!).value = value
  }
  return { sheet, column, rows, set }
}

async function importForm(workbook: ExcelJS.Workbook, skipInvalid = false): Promise<Result<ImportOutcomeDto>> {
  const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
  return (await s.host.invoke('imports:run', { entity: 'planForm', fileName: '填报表.xlsx', base64, skipInvalid })) as Result<ImportOutcomeDto>
}

describe('the units’ submissions (issue 7 §3)', () => {
  it('shows the demo’s 2027 submissions: two units 已报送, one 已退回 with its reason, the rest 未报送; the deadline is the end of February', async () => {
    const submissions = await s.call('plans:submissions', { year: 2027 })
    expect(submissions).toMatchObject({ deadline: '2027-02-28', daysLeft: 363, submitted: 2, total: options.departments.length })
    const byStatus = (status: string) => submissions.units.filter((u) => u.status === status).map((u) => u.shortName)
    expect(byStatus('已报送').length).toBe(2)
    expect(byStatus('已退回').length).toBe(1)
    expect(submissions.units.find((u) => u.status === '已退回')!.reason).toContain('重新报送')
    expect(byStatus('未报送').length).toBe(options.departments.length - 3)
    expect((await s.call('dashboard:summary')).planSubmissions).toMatchObject({ year: 2027, submitted: 2, daysLeft: 363, overdue: [] })
  })

  it('lets the clerk return a submitted form with a reason, and refuses returning one never sent', async () => {
    const submitted = (await s.call('plans:submissions', { year: 2027 })).units.find((u) => u.status === '已报送')!
    const after = await s.call('plans:returnSubmission', { year: 2027, departmentId: submitted.departmentId, reason: '比例超过上限' })
    expect(after.units.find((u) => u.departmentId === submitted.departmentId)).toMatchObject({ status: '已退回', reason: '比例超过上限' })
    const pending = after.units.find((u) => u.status === '未报送')!
    expect((await s.fail('plans:returnSubmission', { year: 2027, departmentId: pending.departmentId, reason: '原因' })).message).toContain('还没有报送')
    expect((await s.fail('plans:returnSubmission', { year: 2027, departmentId: pending.departmentId, reason: ' ' })).field).toBe('reason')
  })

  it('takes the deadline from the office setting, and lists units not sent after it as overdue', async () => {
    const settings = (await s.call('plans:formOptions')).settings
    await s.call('plans:updateSettings', { ...settings, submissionDeadline: '01-15' })
    expect((await s.call('plans:submissions', { year: 2027 })).deadline).toBe('2027-01-15')
    await s.call('plans:create', { year: 2025 })
    const past = await s.call('plans:submissions', { year: 2025 })
    expect(past.deadline).toBe('2025-01-15')
    expect(past.units.every((u) => u.overdue)).toBe(true)
    expect((await s.fail('plans:updateSettings', { ...settings, submissionDeadline: '2-30x' })).message).toContain('月-日')
    await s.call('plans:updateSettings', { ...settings, submissionDeadline: null })
    expect((await s.call('plans:submissions', { year: 2028 })).deadline).toBe('2028-02-29')
  })
})

describe('a unit’s plan form (issue 7 §3)', () => {
  it('is prefilled with the unit’s current checklist items and says which unit and year it belongs to', async () => {
    const health = unit('卫生健康')
    const workbook = await exportForm(2027, health.id)
    const { sheet, rows, column } = formRows(workbook)
    const own = options.checklistItems.filter((c) => c.departmentId === health.id).map((c) => c.code)
    expect([...rows.keys()].sort()).toEqual(own.sort())
    expect(String(sheet.getCell('A2').value)).toContain(`填报单位：${health.name}`)
    expect(String(sheet.getCell('A2').value)).toContain('报送截止：2027年2月28日')
    const info = workbook.getWorksheet('表单信息')!
    expect(info.state).toBe('hidden')
    expect(info.getCell('B1').value).toBe(2027)
    expect(info.getCell('B2').value).toBe(health.name)
    expect(workbook.getWorksheet('填写说明')!.getCell('A2').value).toBe('事项编码')
    // Dropdowns on the enumerated columns (事项类别, 检查方式 …).
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model
    const letter = String.fromCharCode(64 + column.get('检查方式')!)
    expect(Object.entries(validations).some(([range, v]) => range.startsWith(`${letter}4`) && v.type === 'list')).toBe(true)
    expect(sheet.pageSetup.orientation).toBe('landscape')
  })

  it('re-imported unchanged changes nothing, and marks the unit 已报送', async () => {
    const market = unit('市场监督')
    const before = await s.call('plans:get', { year: 2027 })
    const result = await importForm(await exportForm(2027, market.id))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.done).toBe(true)
    expect(result.value.report).toMatchObject({ imported: 0, updated: 0, invalid: [] })
    expect(result.value.report.unchanged).toBe(options.checklistItems.filter((c) => c.departmentId === market.id).length)
    const after = await s.call('plans:get', { year: 2027 })
    expect(after.planItems).toEqual(before.planItems)
    const submissions = await s.call('plans:submissions', { year: 2027 })
    expect(submissions.units.find((u) => u.departmentId === market.id)).toMatchObject({ status: '已报送', submittedAt: '2026-03-02' })
  })

  it('adds the unit’s tasks: rows with one task name become one plan item led by the unit', async () => {
    const health = unit('卫生健康')
    const fire = unit('消防')
    const workbook = await exportForm(2027, health.id)
    const form = formRows(workbook)
    const codes = [...form.rows.keys()].slice(0, 2)
    const task = { 抽查任务名称: '公共场所卫生和医疗机构执业检查', 参与部门: fire.shortName, 对象类型: '企业', 抽取方式: '按比例', 'A类比例(%)': 2, 'B类比例(%)': 3, 'C类比例(%)': 4, 'D类比例(%)': 5, 检查方式: '实地核查', 开始日期: '2027-04-01', 结束日期: '2027-06-30' }
    for (const code of codes) form.set(code, task)
    const result = await importForm(workbook)
    expect(result.ok && result.value.report).toMatchObject({ imported: 0, updated: 2, invalid: [] })
    const plan = await s.call('plans:get', { year: 2027 })
    const added = plan.planItems.find((i) => i.name === task.抽查任务名称)!
    expect(added).toMatchObject({ leadDepartmentId: health.id, participatingDepartmentIds: [fire.id], scope: { kind: '企业' }, ratios: { A: 2, B: 3, C: 4, D: 5 }, periodStart: '2027-04-01', joint: true })
    expect(added.checklistItems.map((c) => c.code).sort()).toEqual(codes.sort())
    // The same form returned again is unchanged.
    const again = await importForm(await exportForm(2027, health.id))
    expect(again.ok && again.value.report.updated).toBe(0)
  })

  it('refuses the whole file for one bad cell, naming the row and column; 只导入有效行 writes the rest', async () => {
    const trade = unit('商务')
    const workbook = await exportForm(2027, trade.id)
    const form = formRows(workbook)
    const [good, bad] = [...form.rows.keys()]
    form.set(good, { 抽查任务名称: '商务领域检查', 开始日期: '2027-05-01', 结束日期: '2027-05-31' })
    form.set(bad, { 抽查任务名称: '单用途预付卡检查', 开始日期: '下个月', 结束日期: '2027-05-31' })
    const before = await s.call('plans:get', { year: 2027 })
    const refused = await importForm(workbook)
    expect(refused.ok).toBe(true)
    if (!refused.ok) return
    expect(refused.value.done).toBe(false)
    expect(refused.value.refusal).toContain('整个文件未导入')
    expect(refused.value.report.invalid).toEqual([{ row: form.rows.get(bad)!.number, column: '开始日期', message: expect.stringContaining('不是有效日期') }])
    expect((await s.call('plans:get', { year: 2027 })).planItems).toEqual(before.planItems)
    expect((await s.call('plans:submissions', { year: 2027 })).units.find((u) => u.departmentId === trade.id)!.status).not.toBe('已报送')

    const partial = await importForm(workbook, true)
    expect(partial.ok && partial.value.done).toBe(true)
    const names = (await s.call('plans:get', { year: 2027 })).planItems.map((i) => i.name)
    expect(names).toContain('商务领域检查')
    expect(names).not.toContain('单用途预付卡检查')
  })

  it('refuses rows of one task that disagree, on the later row', async () => {
    const workbook = await exportForm(2027, unit('卫生健康').id)
    const form = formRows(workbook)
    const [a, b] = [...form.rows.keys()]
    form.set(a, { 'A类比例(%)': 9 })
    const result = await importForm(workbook)
    expect(result.ok && result.value.done).toBe(false)
    expect(result.ok && result.value.report.invalid).toEqual([
      { row: form.rows.get(b)!.number, column: 'A类比例(%)', message: expect.stringContaining(`与第${form.rows.get(a)!.number}行同属抽查任务`) }
    ])
  })

  it('is refused for a published plan, with a message saying to make an adjustment', async () => {
    const workbook = await exportForm(2026, unit('市场监督').id)
    const result = await importForm(workbook)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('CONFLICT')
    expect(result.error.message).toContain('计划调整')
  })

  it('is refused when the file is not a plan form', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Sheet1').addRow(['事项编码', '抽查任务名称'])
    const result = await importForm(workbook)
    expect(!result.ok && result.error.message).toContain('不是年度计划填报表')
  })
})
