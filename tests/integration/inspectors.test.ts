import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InspectorInput } from '../../src-shared/domain/inspectors'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (s: TempServices, sql: string) => (s.host.deps.store.sqlite.prepare(sql).get() as { n: number }).n

function person(overrides: Partial<InspectorInput> = {}): InspectorInput {
  return { departmentId: 1, name: '张伟', certNo: 'SD0322001', kind: '执法人员', qualifications: ['食品安全'], specialties: ['餐饮'], phone: '13905331234', region: '城关街道', ...overrides }
}

async function sheet(rows: (string | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('人员')
  ws.addRow(['示范县执法检查人员名录'])
  ws.addRow(['序号', '单位', '姓名', '执法证件号', '类别', '资质', '专长', '电话', '人员状态', '请假开始日期', '请假结束日期', '片区'])
  rows.forEach((row, i) => ws.addRow([i + 1, ...row]))
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

describe('inspector directory (执法检查人员名录库)', () => {
  let s: TempServices
  beforeEach(async () => {
    s = openTempServices()
    await s.call('departments:create', { name: '示范县市场监督管理局', shortName: '市场监管' })
    await s.call('departments:create', { name: '示范县应急管理局', shortName: '应急管理' })
  })
  afterEach(() => s.close())

  it('refuses a 执法证号 already registered, naming who holds it', async () => {
    await s.call('inspectors:create', person())
    const error = await s.fail('inspectors:create', person({ name: '李娜', certNo: ' sd0322001 ' }))
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'certNo' })
    expect(error.message).toContain('已登记为市场监管的“张伟”')
    expect(count(s, 'SELECT count(*) AS n FROM inspectors')).toBe(1)
  })

  it('asks for leave dates, and keeps no dates for people on duty', async () => {
    expect(await s.fail('inspectors:create', person({ status: '请假', statusFrom: '2026-03-01' }))).toMatchObject({ field: 'statusTo' })
    expect(await s.fail('inspectors:create', person({ kind: '执法人员', certNo: '' }))).toMatchObject({ field: 'certNo' })
    const expert = await s.call('inspectors:create', person({ kind: '专家', certNo: '', organization: '示范县检验检测中心' }))
    expect(expert.certNo).toBeNull()
    const onLeave = await s.call('inspectors:update', { ...person({ kind: '专家', certNo: '', status: '请假', statusFrom: '2026-03-01', statusTo: '2026-03-10' }), id: expert.id })
    expect(onLeave).toMatchObject({ status: '请假', statusFrom: '2026-03-01', statusTo: '2026-03-10' })
  })

  it('filters by department, kind, status, qualification and a name fragment', async () => {
    await s.call('inspectors:create', person())
    await s.call('inspectors:create', person({ name: '王强', certNo: 'SD0322002', departmentId: 2, qualifications: ['危险化学品'] }))
    await s.call('inspectors:create', person({ name: '赵敏', certNo: '', kind: '专家' }))
    expect((await s.call('inspectors:search', { departmentId: 2 })).map((p) => p.name)).toEqual(['王强'])
    expect((await s.call('inspectors:search', { kind: '专家' })).map((p) => p.name)).toEqual(['赵敏'])
    expect((await s.call('inspectors:search', { qualification: '危险化学品' })).map((p) => p.name)).toEqual(['王强'])
    expect((await s.call('inspectors:search', { text: '张' })).map((p) => p.name)).toEqual(['张伟'])
  })

  it('imports a sheet with synonyms, updates by 执法证号 instead of duplicating, and re-imports its export unchanged', async () => {
    const first = await s.call('imports:run', {
      entity: 'inspectors',
      base64: await sheet([
        ['市场监管', '张伟', 'SD0322001', '执法人员', '食品安全、特种设备', '餐饮', '13905331234', '在岗', null, null, '城关街道'],
        ['示范县应急管理局', '王强', 'SD0322002', null, '危险化学品', null, null, '请假', '2026-03-01', '2026/3/10', '青城镇'],
        ['市场监管', '赵敏', null, '专家', null, '食品检验', null, null, null, null, null]
      ])
    })
    expect(first).toMatchObject({ done: true, report: { imported: 3, invalid: [] } })
    const again = await s.call('imports:run', {
      entity: 'inspectors',
      base64: await sheet([['市场监管', '张伟', 'sd 0322001', '执法人员', '食品安全、特种设备', '餐饮', '13905331234', '调离', '2026-02-01', null, '城关街道']])
    })
    expect(again.report).toMatchObject({ imported: 0, updated: 1, unchanged: 0 })
    expect(count(s, 'SELECT count(*) AS n FROM inspectors')).toBe(3)
    expect((await s.call('inspectors:search', { status: '调离' })).map((p) => p.name)).toEqual(['张伟'])

    const exported = await s.call('inspectors:export', {})
    const roundTrip = await s.call('imports:run', { entity: 'inspectors', base64: exported.base64 })
    expect(roundTrip.report).toEqual({ imported: 0, updated: 0, unchanged: 3, invalid: [] })
  })

  it('refuses a duplicate 执法证号 inside the file and an unknown department, row by row', async () => {
    const outcome = await s.call('imports:run', {
      entity: 'inspectors',
      base64: await sheet([
        ['市场监管', '张伟', 'SD0322001', null, null, null, null, null, null, null, null],
        ['公安局', '李娜', 'SD0322009', null, null, null, null, null, null, null, null],
        ['市场监管', '张伟伟', 'SD0322001', null, null, null, null, null, null, null, null]
      ])
    })
    expect(outcome.done).toBe(false)
    expect(outcome.report.invalid).toEqual([
      { row: 4, column: '单位', message: expect.stringContaining('成员单位中没有“公安局”') },
      { row: 5, column: '执法证件号', message: expect.stringContaining('与第3行重复') }
    ])
  })
})

describe('inspector export of the demo county', () => {
  it('re-imports every demo inspector (avoidance, leave dates, experts) with zero changes', async () => {
    const s = openTempServices({ seedDemo: true })
    try {
      const exported = await s.call('inspectors:export', {})
      expect(exported.fileName).toContain('200人')
      const before = s.host.deps.store.sqlite.prepare('SELECT * FROM inspectors ORDER BY id').all()
      const outcome = await s.call('imports:run', { entity: 'inspectors', base64: exported.base64 })
      expect(outcome.report).toEqual({ imported: 0, updated: 0, unchanged: 200, invalid: [] })
      expect(s.host.deps.store.sqlite.prepare('SELECT * FROM inspectors ORDER BY id').all()).toEqual(before)
    } finally {
      s.close()
    }
  })
})
