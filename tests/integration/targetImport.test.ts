import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOutcomeDto } from '../../src-shared/domain/imports'
import { messyRow, messyTargetSheet, sheetUscc } from '../support/messySheet'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (s: TempServices, sql: string, ...params: unknown[]) => (s.host.deps.store.sqlite.prepare(sql).get(...params) as { n: number }).n

async function importSheet(s: TempServices, bytes: Buffer, skipInvalid = false): Promise<ImportOutcomeDto> {
  return s.call('imports:run', { entity: 'targets', fileName: '城关所名录.xlsx', base64: bytes.toString('base64'), skipInvalid })
}

describe('target import from the messy sheets member units send', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('finds the header under the title rows, reads merged towns, and ignores 序号, 合计 and signature lines', async () => {
    const rows = [messyRow({ 企业名称: '示范县鑫源餐饮有限公司' }), messyRow({ 企业名称: '示范县福满楼酒店' }), messyRow({ 企业名称: '示范县老王面馆', 主体类型: '个体工商户' })]
    const outcome = await importSheet(s, await messyTargetSheet(rows, { mergeTownRows: 3 }))
    expect(outcome.refusal).toBeNull()
    expect(outcome).toMatchObject({ done: true, headerRow: 4, rows: 3, sheetName: '城关所', report: { imported: 3, updated: 0, unchanged: 0, invalid: [] } })
    expect(outcome.ignoredColumns).toEqual(['序号', '备注'])
    // The audit row names the file by its hash and counts, not by its bytes.
    const audit = s.host.deps.store.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'imports:run'").get() as { detail: string }
    expect(JSON.parse(audit.detail)).toMatchObject({ input: { entity: 'targets', fileName: '城关所名录.xlsx', skipInvalid: false }, imported: 3 })
    expect(audit.detail).not.toContain('base64')
    expect(count(s, "SELECT count(*) AS n FROM targets WHERE town = '城关街道' AND status = '存续' AND risk_class = 'B'")).toBe(3)
  })

  it('refuses the whole file when one row is wrong, with the sheet row, the column and the reason', async () => {
    const rows = [messyRow(), messyRow({ 社会统一信用代码: '91350100M000100Y44' }), messyRow({ 风险等级: '特别高' })]
    const outcome = await importSheet(s, await messyTargetSheet(rows))
    expect(outcome.done).toBe(false)
    expect(outcome.report).toMatchObject({ imported: 0, updated: 0, unchanged: 0 })
    expect(outcome.report.invalid).toEqual([
      { row: 6, column: '社会统一信用代码', message: expect.stringContaining('校验位应为“3”') },
      { row: 7, column: '风险等级', message: expect.stringContaining('无法识别') }
    ])
    expect(count(s, 'SELECT count(*) AS n FROM targets')).toBe(0)
  })

  it('imports only the valid rows when the clerk chooses 只导入有效行', async () => {
    const rows = [messyRow(), messyRow({ 企业名称: null }), messyRow()]
    const outcome = await importSheet(s, await messyTargetSheet(rows), true)
    expect(outcome).toMatchObject({ done: true, report: { imported: 2 } })
    expect(outcome.report.invalid).toEqual([{ row: 6, column: '企业名称', message: '请填写对象名称' }])
  })

  it('says a long code stored as a number has lost its digits', async () => {
    const outcome = await importSheet(s, await messyTargetSheet([messyRow({ 社会统一信用代码: Number('913703220000123456') })]))
    expect(outcome.report.invalid[0]).toMatchObject({ row: 5, column: '社会统一信用代码' })
    expect(outcome.report.invalid[0].message).toContain('913703220000123000')
    expect(outcome.report.invalid[0].message).toContain('文本')
  })

  it('refuses the later of two rows with the same code', async () => {
    const code = sheetUscc()
    const outcome = await importSheet(s, await messyTargetSheet([messyRow({ 社会统一信用代码: code }), messyRow(), messyRow({ 社会统一信用代码: code })]))
    expect(outcome.report.invalid).toEqual([{ row: 7, column: '社会统一信用代码', message: expect.stringContaining('与第5行重复') }])
  })

  it('updates a target with the same code instead of adding it twice, and counts unchanged rows', async () => {
    const rows = [messyRow(), messyRow()]
    await importSheet(s, await messyTargetSheet(rows))
    const again = await importSheet(s, await messyTargetSheet([{ ...rows[0], 风险等级: 'D' }, rows[1], messyRow()]))
    expect(again.report).toMatchObject({ imported: 1, updated: 1, unchanged: 1 })
    expect(count(s, 'SELECT count(*) AS n FROM targets')).toBe(3)
    expect(count(s, "SELECT count(*) AS n FROM targets WHERE risk_class = 'D'")).toBe(1)
  })
})

describe('target export', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices({ seedDemo: true })
  })
  afterEach(() => s.close())

  it('re-imports a filtered export with zero changes (round trip), forced legacy codes included', async () => {
    const sqlite = s.host.deps.store.sqlite
    // A legacy code force-accepted with a reason must survive the round trip with its reason.
    const legacy = await s.call('directory:createTarget', {
      kind: '企业',
      name: '示范县老字号酱园',
      uscc: '91350100M000100Y44',
      forcedCodeReason: '登记机关发放的旧代码，已电话核实',
      town: '城关街道',
      tags: ['老字号', '食品生产'],
      departmentIds: [1, 2]
    })
    const exported = await s.call('directory:exportTargets', { town: '城关街道' })
    const inTown = count(s, "SELECT count(*) AS n FROM targets WHERE town = '城关街道'")
    expect(exported.fileName).toContain(`${inTown}户`)
    const before = sqlite.prepare('SELECT * FROM targets ORDER BY id').all()
    const outcome = await s.call('imports:run', { entity: 'targets', fileName: exported.fileName, base64: exported.base64 })
    expect(outcome.report).toEqual({ imported: 0, updated: 0, unchanged: inTown, invalid: [] })
    expect(sqlite.prepare('SELECT * FROM targets ORDER BY id').all()).toEqual(before)
    expect(legacy.forcedCodeReason).toBe('登记机关发放的旧代码，已电话核实')
  })

  it('exports the whole directory and reads it back the same through the streaming reader', async () => {
    const exported = await s.call('directory:exportTargets', {})
    const { parseImportSheet } = await import('../../src-main/io/parseImportSheet')
    const { targetImportSpec } = await import('../../src-main/services/imports/targetImportSpec')
    const { departmentNames } = await import('../../src-main/services/imports/departmentNames')
    const spec = targetImportSpec(departmentNames(s.host.deps.store.sqlite))
    const bytes = Buffer.from(exported.base64, 'base64')
    const streamed = await parseImportSheet(bytes, spec, { streaming: true })
    const loaded = await parseImportSheet(bytes, spec, { streaming: false })
    expect(streamed.invalid).toEqual([])
    expect(streamed.rows.length).toBe(count(s, 'SELECT count(*) AS n FROM targets'))
    expect(streamed.rows).toEqual(loaded.rows)
  })
})

describe('a big target import', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('indexes thousands of new targets for search in bulk and leaves the search triggers working', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => messyRow({ 企业名称: `示范县${i % 2 ? '鑫源' : '福满'}餐饮有限公司${i}`, '住 所（经营场所）': `示范县青城镇黄河路${i}号` }))
    const outcome = await importSheet(s, await messyTargetSheet(rows))
    expect(outcome.report.imported).toBe(2500)
    expect((await s.call('directory:searchTargets', { text: '鑫源' })).total).toBe(1250)
    expect((await s.call('directory:searchTargets', { text: '黄河路12号' })).total).toBe(1)
    const triggers = s.host.deps.store.sqlite
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name IN ('targets_fts_after_insert', 'target_name_grams_after_insert')")
      .get() as { n: number }
    expect(triggers.n).toBe(2)
    await s.call('directory:createTarget', { kind: '企业', name: '示范县鑫源新店', uscc: sheetUscc() })
    expect((await s.call('directory:searchTargets', { text: '鑫源' })).total).toBe(1251)
  })
})
