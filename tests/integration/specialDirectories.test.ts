import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TargetDto, TargetInput } from '../../src-shared/domain/targets'
import { memberUnit } from '../support/memberUnit'
import { freshUscc, targetForm } from '../support/targetForm'
import { openTempServices, type TempServices } from '../support/tempServices'

/** The edit form of a target as the dialog fills it from the record. */
function formOf(t: TargetDto, overrides: Partial<TargetInput> = {}): TargetInput {
  const { id: _id, statusDate: _sd, status: _st, departmentNames: _dn, updatedAt: _u, forcedCodeReason, ...fields } = t
  return { ...fields, uscc: t.uscc ?? '', regNo: t.regNo ?? '', forcedCodeReason: forcedCodeReason ?? '', ...overrides }
}

const count = (s: TempServices, sql: string, ...params: unknown[]) => (s.host.deps.store.sqlite.prepare(sql).get(...params) as { n: number }).n

describe('special directories (分类专项名录库), tags (标签化管理) and a target\'s history', () => {
  let s: TempServices
  let unitId: number
  const ids: Record<string, number> = {}

  beforeEach(async () => {
    s = openTempServices()
    unitId = (await s.call('departments:create', { ...memberUnit({ name: '示范县市场监督管理局', isLead: true }), shortName: '市场监管' })).id
    for (const [key, name, town, industry, tags] of [
      ['a', '示范县鑫源餐饮有限公司', '城关街道', '餐饮', ['食品经营']],
      ['b', '示范县恒昌餐饮店', '城关街道', '餐饮', []],
      ['c', '示范县华泰餐饮管理有限公司', '青城镇', '餐饮', ['食品经营', '重点单位']],
      ['d', '示范县永安五金经营部', '城关街道', '五金', []]
    ] as const) {
      ids[key] = (await s.call('directory:createTarget', targetForm({ name, town, industry, tags: [...tags] }))).id
    }
  })
  afterEach(() => s.close())

  it('creates a directory with its saved filter, previews and adds the filtered targets in one go, then filters the list by it', async () => {
    const directory = await s.call('specialDirectories:create', {
      name: '餐饮服务单位名录库',
      departmentId: unitId,
      targetKind: '企业',
      criteria: '持有食品经营许可证、从事餐饮服务的单位',
      filter: { industry: '餐饮', town: '' }
    })
    expect(directory).toMatchObject({ memberCount: 0, departmentName: '市场监管' })
    expect(directory.filter).toEqual({ industry: '餐饮' })

    await s.call('specialDirectories:addTargets', { directoryId: directory.id, selection: { targetIds: [ids.a] } })
    const preview = await s.call('specialDirectories:previewAdd', { directoryId: directory.id, selection: { filter: { industry: '餐饮' } } })
    expect(preview).toEqual({ matching: 3, changing: 2 })

    const added = await s.call('specialDirectories:addTargets', { directoryId: directory.id, selection: { filter: { industry: '餐饮' } } })
    expect(added).toEqual({ changed: 2 })
    const page = await s.call('directory:searchTargets', { specialDirectoryId: directory.id })
    expect(page.rows.map((r) => r.id).sort()).toEqual([ids.a, ids.b, ids.c].sort())
    expect((await s.call('specialDirectories:list')).find((d) => d.id === directory.id)?.memberCount).toBe(3)
    expect((await s.call('directory:targetFacets')).specialDirectories.map((d) => d.name)).toContain('餐饮服务单位名录库')

    const removed = await s.call('specialDirectories:removeTargets', { directoryId: directory.id, selection: { targetIds: [ids.b] } })
    expect(removed).toEqual({ changed: 1 })
    expect((await s.call('directory:getTarget', { id: ids.b })).specialDirectories).toEqual([])
    expect((await s.call('directory:getTarget', { id: ids.a })).specialDirectories.map((d) => d.name)).toEqual(['餐饮服务单位名录库'])
  })

  it('refuses a second directory of the same name and an empty selection', async () => {
    const input = { name: '特种设备使用单位名录库', departmentId: unitId }
    await s.call('specialDirectories:create', input)
    expect(await s.fail('specialDirectories:create', input)).toMatchObject({ code: 'CONFLICT', field: 'name' })
    const [directory] = await s.call('specialDirectories:list')
    expect(await s.fail('specialDirectories:addTargets', { directoryId: directory.id, selection: {} })).toMatchObject({ code: 'VALIDATION' })
  })

  it('filters by tag through the tag table, and keeps it in step with edits of the form', async () => {
    const byTag = async (tag: string) => (await s.call('directory:searchTargets', { tag })).rows.map((r) => r.id).sort()
    expect(await byTag('食品经营')).toEqual([ids.a, ids.c].sort())
    const b = await s.call('directory:getTarget', { id: ids.b })
    await s.call('directory:updateTarget', { ...formOf(b, { tags: ['食品经营'] }), id: ids.b })
    expect(await byTag('食品经营')).toEqual([ids.a, ids.b, ids.c].sort())
    expect(count(s, 'SELECT count(*) AS n FROM target_tags WHERE target_id = ?', ids.b)).toBe(1)
  })

  it('files the tags of imported targets in the tag table too, also on the bulk path of a big import', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名录')
    sheet.addRow(['对象名称', '统一社会信用代码', '对象类型', '标签'])
    for (let i = 0; i < 2100; i++) sheet.addRow([`示范县导入测试${i}号店`, freshUscc(), '企业', i % 3 === 0 ? '特种设备、冷链' : ''])
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    const outcome = await s.call('imports:run', { entity: 'targets', fileName: '名录.xlsx', base64 })
    expect(outcome.report.imported).toBe(2100)
    expect((await s.call('directory:searchTargets', { tag: '冷链' })).total).toBe(700)
  })

  it('adds and removes tags on the whole filtered list in one transaction, with a preview of how many change', async () => {
    const selection = { filter: { town: '城关街道' } }
    expect(await s.call('directory:previewTagEdit', { selection, add: ['2026年重点'] })).toEqual({ matching: 3, changing: 3 })
    expect(await s.call('directory:editTags', { selection, add: ['2026年重点'] })).toEqual({ changed: 3 })
    expect((await s.call('directory:searchTargets', { tag: '2026年重点' })).total).toBe(3)
    expect((await s.call('directory:getTarget', { id: ids.a })).tags).toEqual(['食品经营', '2026年重点'])

    expect(await s.call('directory:previewTagEdit', { selection: { filter: {} }, remove: ['食品经营'] })).toEqual({ matching: 4, changing: 2 })
    expect(await s.call('directory:editTags', { selection: { filter: { tag: '食品经营' } }, remove: ['食品经营'] })).toEqual({ changed: 2 })
    expect((await s.call('directory:searchTargets', { tag: '食品经营' })).total).toBe(0)
    expect((await s.call('directory:getTarget', { id: ids.c })).tags).toEqual(['重点单位'])
    expect((await s.call('directory:targetFacets')).tags).toEqual(['2026年重点', '重点单位'])

    expect(await s.call('directory:editTags', { selection: { targetIds: [ids.d] }, remove: ['2026年重点'] })).toEqual({ changed: 1 })
    expect(await s.fail('directory:editTags', { selection: { targetIds: [ids.d] } })).toMatchObject({ code: 'VALIDATION' })
  })

  it('shows a target\'s history: its entry, edits with the fields changed, status changes and the tasks it was drawn for', async () => {
    const d = await s.call('directory:getTarget', { id: ids.d })
    await s.call('directory:updateTarget', { ...formOf(d, { address: '示范县城关街道府前街9号', phone: '13905339999' }), id: ids.d })
    await s.call('directory:changeTargetStatus', { id: ids.d, status: '迁出', date: '2026-02-20', reason: '迁往邻县' })
    const sqlite = s.host.deps.store.sqlite
    const now = '2026-03-01T00:00:00.000Z'
    const taskId = Number(
      sqlite
        .prepare("INSERT INTO tasks (code, year, name, lead_department_id, created_at, updated_at) VALUES ('2026-001', 2026, '五金经营联合抽查', ?, ?, ?)")
        .run(unitId, now, now).lastInsertRowid
    )
    sqlite.prepare("INSERT INTO task_targets (task_id, target_id, outcome) VALUES (?, ?, '已迁出')").run(taskId, ids.d)

    const history = await s.call('directory:targetHistory', { id: ids.d })
    expect(history.edits.map((e) => e.action)).toEqual(['变更登记状态', '修改', '录入'])
    expect(history.edits[1].fields).toEqual(['经营地址', '联系电话'])
    expect(history.tasks).toEqual([
      { taskId, code: '2026-001', name: '五金经营联合抽查', year: 2026, status: '草拟', outcome: '已迁出', drawId: null, drawAt: null }
    ])
    const detail = await s.call('directory:getTarget', { id: ids.d })
    expect(detail.statusHistory).toEqual([expect.objectContaining({ fromStatus: '存续', toStatus: '迁出', date: '2026-02-20', reason: '迁往邻县' })])

    const quiet = await s.call('directory:targetHistory', { id: ids.a })
    expect(quiet).toEqual({ edits: [expect.objectContaining({ action: '录入' })], tasks: [] })
  })
})

describe('target search totals', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
    const sqlite = s.host.deps.store.sqlite
    const insert = sqlite.prepare("INSERT INTO targets (kind, name, address, town, created_at, updated_at) VALUES ('产品', ?, ?, '城关街道', 'x', 'x')")
    sqlite.transaction(() => {
      for (let i = 0; i < 10_050; i++) insert.run(`示范县${i % 2 === 0 ? '晟' : '鑫'}${String(i).padStart(5, '0')}号产品`, `工业大道${i}号`)
    })()
  })
  afterEach(() => s.close())

  it('says "more than 10,000" instead of counting a broad match, and still pages it in name order', async () => {
    const broad = await s.call('directory:searchTargets', { text: '工业大道', pageSize: 20, page: 2 })
    expect(broad).toMatchObject({ total: 10_000, totalCapped: true })
    // 晟 sorts before 鑫: page 2 holds the 21st to 40th 晟 names.
    expect(broad.rows.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, k) => `示范县晟${String(2 * (20 + k)).padStart(5, '0')}号产品`))
    const narrow = await s.call('directory:searchTargets', { text: '晟' })
    expect(narrow).toMatchObject({ total: 5_025, totalCapped: false })
    expect(narrow.rows[0].name).toBe('示范县晟00000号产品')
  })
})
