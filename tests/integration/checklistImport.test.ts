import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOutcomeDto } from '../../src-shared/domain/imports'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (s: TempServices, sql: string, ...params: unknown[]) => (s.host.deps.store.sqlite.prepare(sql).get(...params) as { n: number }).n

const headers = ['序号', '编码', '检查主体', '抽查事项', '事项类别', '抽查对象', '检查方式', '检查依据', '检查内容', '联合部门'] as const
type Row = Partial<Record<(typeof headers)[number], string | null>>

let serial = 100
const row = (overrides: Row = {}): Row => ({
  编码: `SCJG-${++serial}`,
  检查主体: '市场监管',
  抽查事项: '食品销售者经营活动的检查',
  事项类别: '重点事项',
  抽查对象: '食品销售者',
  检查方式: '现场检查、抽样检验',
  检查依据: '《中华人民共和国食品安全法》第一百一十条',
  检查内容: '进货查验；食品贮存。',
  联合部门: '',
  ...overrides
})

/** A list as a unit sends it: a title row above the header, 序号 column, a 合计 line. */
async function sheet(rows: Row[]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('清单')
  ws.getCell('A1').value = '示范县市场监管局随机抽查事项清单（2026年版）'
  ws.getRow(3).values = [...headers]
  rows.forEach((r, i) => (ws.getRow(4 + i).values = headers.map((h) => (h === '序号' ? i + 1 : (r[h] ?? null)))))
  ws.getRow(4 + rows.length).values = ['合计', `共${rows.length}项`]
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

const importChecklist = (s: TempServices, base64: string, skipInvalid = false): Promise<ImportOutcomeDto> =>
  s.call('imports:run', { entity: 'checklist', fileName: '市场监管局清单.xlsx', base64, skipInvalid })

describe('checklist import and export (抽查事项清单)', () => {
  let s: TempServices
  let unitId: number
  beforeEach(async () => {
    s = openTempServices()
    unitId = (await s.call('departments:create', { name: '示范县市场监督管理局', shortName: '市场监管', isLead: true })).id
    await s.call('departments:create', { name: '示范县消防救援大队', shortName: '消防救援' })
  })
  afterEach(() => s.close())

  it('imports a messy sheet with synonyms, each new item recorded in 调整记录', async () => {
    const outcome = await importChecklist(s, await sheet([row({ 编码: 'scjg-001' }), row({ 编码: 'SCJG-002', 联合部门: '示范县消防救援大队' })]))
    expect(outcome).toMatchObject({ done: true, headerRow: 3, rows: 2, report: { imported: 2, updated: 0, unchanged: 0, invalid: [] } })
    const items = await s.call('checklist:list', {})
    expect(items.map((i) => [i.code, i.category, i.methods.join('、'), i.jointDepartmentNames.join('、')])).toEqual([
      ['SCJG-001', '重点', '实地核查、抽样检测', ''],
      ['SCJG-002', '重点', '实地核查、抽样检测', '消防救援']
    ])
    const adjustments = await s.call('checklist:adjustments', {})
    expect(adjustments.map((a) => [a.kind, a.reason])).toEqual([
      ['新增', '通过 Excel 导入调整清单'],
      ['新增', '通过 Excel 导入调整清单']
    ])
  })

  it('refuses the whole sheet for one bad row, naming the sheet row and column; 只导入有效行 writes the rest', async () => {
    const base64 = await sheet([row(), row({ 检查方式: '明察暗访' }), row({ 检查主体: '统计局' })])
    const refused = await importChecklist(s, base64)
    expect(refused.done).toBe(false)
    expect(refused.report.invalid).toEqual([
      { row: 5, column: '检查方式', message: expect.stringContaining('“明察暗访”无法识别') },
      { row: 6, column: '检查主体', message: expect.stringContaining('成员单位中没有“统计局”') }
    ])
    expect(count(s, 'SELECT count(*) AS n FROM checklist_items')).toBe(0)
    const partial = await importChecklist(s, base64, true)
    expect(partial).toMatchObject({ done: true, report: { imported: 1 } })
  })

  it('updates an item by its code; when a task used it, the import makes a new version and the task keeps the old one', async () => {
    const first = row({ 编码: 'SCJG-009' })
    await importChecklist(s, await sheet([first]))
    const [v1] = await s.call('checklist:list', {})
    const now = '2026-03-01T00:00:00.000Z'
    s.host.deps.store.sqlite
      .prepare("INSERT INTO tasks (code, year, name, lead_department_id, checklist_item_ids, created_at, updated_at) VALUES ('T-1', 2026, '抽查', ?, ?, ?, ?)")
      .run(unitId, JSON.stringify([v1.id]), now, now)

    const outcome = await importChecklist(s, await sheet([{ ...first, 检查内容: '进货查验；食品贮存；临期食品。' }]))
    expect(outcome.report).toMatchObject({ imported: 0, updated: 1, unchanged: 0 })
    const versions = await s.call('checklist:versions', { id: v1.id })
    expect(versions.map((v) => [v.version, v.content, v.taskCount])).toEqual([
      [2, '进货查验；食品贮存；临期食品。', 0],
      [1, '进货查验；食品贮存。', 1]
    ])
    expect(versions[1].validTo).not.toBeNull()
    expect(count(s, 'SELECT count(*) AS n FROM checklist_items')).toBe(2)
  })

  it('exports the list in the import columns, and the export re-imports with zero changes', async () => {
    await importChecklist(s, await sheet([row(), row({ 联合部门: '消防救援', 事项类别: '一般' }), row({ 检查方式: '书面检查' })]))
    const file = await s.call('checklist:export', {})
    expect(file.fileName).toMatch(/^抽查事项清单（2026-03-02，3项）\.xlsx$/)
    const again = await importChecklist(s, file.base64)
    expect(again).toMatchObject({ done: true, report: { imported: 0, updated: 0, unchanged: 3, invalid: [] } })
    expect(count(s, 'SELECT count(*) AS n FROM checklist_adjustments')).toBe(3)
  })

  it('offers a template with a 填写说明 sheet and dropdowns for 事项类别 and 实施部门', async () => {
    const template = await s.call('imports:template', { entity: 'checklist' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['抽查事项清单', '填写说明']))
    const header = workbook.getWorksheet('抽查事项清单')!.getRow(1).values as unknown[]
    expect(header).toEqual(expect.arrayContaining(['事项编码*', '实施部门*', '抽查事项*', '事项类别', '检查方式*', '检查依据*']))
    // The dropdowns read their values from the hidden 选项 sheet.
    const options = workbook.getWorksheet('选项')!
    const columnValues = (n: number) => (options.getColumn(n).values as unknown[]).filter(Boolean)
    const lists = Array.from({ length: options.columnCount }, (_, i) => columnValues(i + 1))
    expect(lists).toEqual(expect.arrayContaining([expect.arrayContaining(['一般', '重点']), expect.arrayContaining(['市场监管', '消防救援'])]))
    const notes = workbook.getWorksheet('填写说明')!
    expect(JSON.stringify(notes.getSheetValues())).toContain('事项编码')
  })
})
