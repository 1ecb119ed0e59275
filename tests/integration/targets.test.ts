import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src-main/services/auditChain'
import { registrationNumberCheckDigit } from '../../src-shared/domain/uscc'
import { freshUscc, targetForm } from '../support/targetForm'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (s: TempServices, sql: string) => (s.host.deps.store.sqlite.prepare(sql).get() as { n: number }).n

describe('target directory (检查对象名录库): entering and editing targets', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('normalises a code typed with full-width characters, spaces and lower case before checking it', async () => {
    const created = await s.call('directory:createTarget', targetForm({ uscc: ' ９１３５０１００ｍ０００１００ｙ４３ ' }))
    expect(created.uscc).toBe('91350100M000100Y43')
    expect(created.forcedCodeReason).toBeNull()
  })

  it('refuses a code with a wrong check character, says which, and saves nothing', async () => {
    const auditBefore = count(s, 'SELECT count(*) AS n FROM audit_log')
    const error = await s.fail('directory:createTarget', targetForm({ uscc: '91350100M000100Y44' }))
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'uscc' })
    expect(error.message).toContain('校验位应为“3”')
    expect(error.message).toContain('强制接受')
    expect(count(s, 'SELECT count(*) AS n FROM targets')).toBe(0)
    expect(count(s, 'SELECT count(*) AS n FROM audit_log')).toBe(auditBefore)
  })

  it('refuses a code of the wrong length even when forced', async () => {
    const error = await s.fail('directory:createTarget', targetForm({ uscc: '9135010', forcedCodeReason: '旧代码，已核实' }))
    expect(error).toMatchObject({ field: 'uscc' })
    expect(error.message).toContain('长度应为18位')
  })

  it('force-accepts a legacy code with a written reason, stores the reason and shows it on the record', async () => {
    const created = await s.call('directory:createTarget', targetForm({ uscc: '91350100M000100Y44', forcedCodeReason: '登记机关发放的旧代码，已电话核实' }))
    expect(created.uscc).toBe('91350100M000100Y44')
    expect(created.forcedCodeReason).toBe('登记机关发放的旧代码，已电话核实')
    const detail = await s.call('directory:getTarget', { id: created.id })
    expect(detail.forcedCodeReason).toBe('登记机关发放的旧代码，已电话核实')
  })

  it('asks for a real reason when forcing a code with a token one', async () => {
    const error = await s.fail('directory:createTarget', targetForm({ uscc: '91350100M000100Y44', forcedCodeReason: '是' }))
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'forcedCodeReason' })
  })

  it('accepts an old individual business with only a 15-digit registration number', async () => {
    const first14 = '37032260001234'
    const regNo = first14 + registrationNumberCheckDigit(first14)
    const created = await s.call('directory:createTarget', targetForm({ kind: '个体工商户', name: '城关老张修车铺', uscc: '', regNo }))
    expect(created).toMatchObject({ uscc: null, regNo })
  })

  it('refuses a registration number that is not 15 digits, naming that field', async () => {
    const error = await s.fail('directory:createTarget', targetForm({ kind: '个体工商户', uscc: '', regNo: '3703226000' }))
    expect(error).toMatchObject({ field: 'regNo' })
    expect(error.message).toContain('15位')
  })

  it('requires a code from a market entity but not from a product', async () => {
    expect(await s.fail('directory:createTarget', targetForm({ uscc: '' }))).toMatchObject({ field: 'uscc' })
    const product = await s.call('directory:createTarget', targetForm({ kind: '产品', name: '散装白酒', uscc: '' }))
    expect(product.uscc).toBeNull()
  })

  it('refuses a second target with the same code and names the one already on file', async () => {
    const uscc = freshUscc()
    await s.call('directory:createTarget', targetForm({ uscc }))
    const error = await s.fail('directory:createTarget', targetForm({ uscc, name: '另一个名字有限公司' }))
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'uscc' })
    expect(error.message).toContain('示范县鑫源食品有限公司')
  })

  it('edits a target, keeps the departments chosen, and keeps the old record in the audit trail', async () => {
    const market = await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管' })
    const created = await s.call('directory:createTarget', targetForm())
    const updated = await s.call('directory:updateTarget', { ...targetForm({ uscc: created.uscc!, name: '示范县鑫源食品科技有限公司', departmentIds: [market.id] }), id: created.id })
    expect(updated).toMatchObject({ name: '示范县鑫源食品科技有限公司', departmentNames: ['市场监管'] })
    const row = s.host.deps.store.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'directory:updateTarget'").get() as { detail: string }
    expect(JSON.parse(row.detail).before.name).toBe('示范县鑫源食品有限公司')
    expect(verifyAuditChain(s.host.deps.store.sqlite).intact).toBe(true)
  })

  it('records a status change (注销) with its date in the history and on the record', async () => {
    const created = await s.call('directory:createTarget', targetForm())
    const changed = await s.call('directory:changeTargetStatus', { id: created.id, status: '注销', date: '2026-02-15', reason: '简易注销' })
    expect(changed).toMatchObject({ status: '注销', statusDate: '2026-02-15' })
    const detail = await s.call('directory:getTarget', { id: created.id })
    expect(detail.statusHistory).toEqual([{ fromStatus: '存续', toStatus: '注销', date: '2026-02-15', reason: '简易注销', at: expect.any(String) }])
    const entries = await s.call('audit:recent', { limit: 1 })
    expect(entries[0].summary).toBe('变更检查对象登记状态：示范县鑫源食品有限公司')
  })

  it('refuses a status change dated in the future, or to the status it already has', async () => {
    const created = await s.call('directory:createTarget', targetForm())
    expect(await s.fail('directory:changeTargetStatus', { id: created.id, status: '吊销', date: '2027-01-01' })).toMatchObject({ field: 'date' })
    expect(await s.fail('directory:changeTargetStatus', { id: created.id, status: '存续', date: '2026-01-01' })).toMatchObject({ field: 'status' })
    expect(count(s, 'SELECT count(*) AS n FROM target_status_history')).toBe(0)
  })
})

describe('target directory: search, filters and paging', () => {
  let s: TempServices
  beforeEach(async () => {
    s = openTempServices()
    const names = ['示范县鑫源食品有限公司', '示范县源鑫五金店', '城关鑫源超市', '高青县华泰化工有限公司', '示范县永安加油站']
    for (const [i, name] of names.entries()) {
      await s.call('directory:createTarget', targetForm({ name, town: i % 2 === 0 ? '城关街道' : '黑里寨镇', riskClass: i === 3 ? 'D' : 'B', abnormal: i === 4, tags: i === 3 ? ['危险化学品'] : [] }))
    }
  })
  afterEach(() => s.close())

  const names = async (input: Parameters<TempServices['call']>[1]) =>
    (await s.call('directory:searchTargets', input as never)).rows.map((r) => r.name)

  it('finds names by a two-character fragment, in the order the characters are typed', async () => {
    expect(await names({ text: '鑫源' })).toEqual(['城关鑫源超市', '示范县鑫源食品有限公司'])
    expect(await names({ text: '源鑫' })).toEqual(['示范县源鑫五金店'])
  })

  it('finds names by a single character', async () => {
    expect(await names({ text: '华' })).toEqual(['高青县华泰化工有限公司'])
  })

  it('finds by a fragment of three or more characters in the name, the address or the code', async () => {
    expect(await names({ text: '加油站' })).toEqual(['示范县永安加油站'])
    expect((await s.call('directory:searchTargets', { text: '人民路' })).total).toBe(5)
    const one = (await s.call('directory:searchTargets', { text: '加油站' })).rows[0]
    expect(await names({ text: one.uscc!.slice(-8).toLowerCase() })).toEqual(['示范县永安加油站'])
  })

  it('combines a short and a long term and the filters', async () => {
    expect(await names({ text: '鑫源 有限公司' })).toEqual(['示范县鑫源食品有限公司'])
    expect(await names({ text: '鑫源', town: '城关街道' })).toEqual(['城关鑫源超市', '示范县鑫源食品有限公司'])
    expect(await names({ riskClass: 'D' })).toEqual(['高青县华泰化工有限公司'])
    expect(await names({ tag: '危险化学品' })).toEqual(['高青县华泰化工有限公司'])
    expect(await names({ abnormal: true })).toEqual(['示范县永安加油站'])
    expect(await names({ town: '黑里寨镇' })).toEqual(['示范县源鑫五金店', '高青县华泰化工有限公司'])
  })

  it('keeps the search index in step when a name is edited', async () => {
    const [target] = (await s.call('directory:searchTargets', { text: '加油站' })).rows
    await s.call('directory:updateTarget', { ...targetForm({ uscc: target.uscc!, name: '示范县永安石化经营部' }), id: target.id })
    expect(await names({ text: '加油站' })).toEqual([])
    expect(await names({ text: '石化' })).toEqual(['示范县永安石化经营部'])
    expect(await names({ text: '永安石化' })).toEqual(['示范县永安石化经营部'])
  })

  it('pages and sorts on the server and says how many match in all', async () => {
    const first = await s.call('directory:searchTargets', { pageSize: 2, page: 1, sortBy: 'name', sortOrder: 'desc' })
    const third = await s.call('directory:searchTargets', { pageSize: 2, page: 3, sortBy: 'name', sortOrder: 'desc' })
    expect(first.total).toBe(5)
    expect(first.rows).toHaveLength(2)
    expect(third.rows).toHaveLength(1)
    const all = (await s.call('directory:searchTargets', { pageSize: 10, sortBy: 'name', sortOrder: 'desc' })).rows.map((r) => r.name)
    expect([...first.rows, ...third.rows].map((r) => r.name)).toEqual([all[0], all[1], all[4]])
  })

  it('filters by responsible department and special directory', async () => {
    const market = await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管' })
    const [target] = (await s.call('directory:searchTargets', { text: '加油站' })).rows
    await s.call('directory:updateTarget', { ...targetForm({ name: target.name, uscc: target.uscc!, departmentIds: [market.id] }), id: target.id })
    expect(await names({ departmentId: market.id })).toEqual(['示范县永安加油站'])
    const sqlite = s.host.deps.store.sqlite
    const directory = sqlite
      .prepare("INSERT INTO special_directories (name, department_id, created_at, updated_at) VALUES ('加油站名录库', ?, 'x', 'x') RETURNING id")
      .get(market.id) as { id: number }
    sqlite.prepare("INSERT INTO special_directory_members (directory_id, target_id, added_at) VALUES (?, ?, 'x')").run(directory.id, target.id)
    expect(await names({ specialDirectoryId: directory.id })).toEqual(['示范县永安加油站'])
    expect((await s.call('directory:getTarget', { id: target.id })).specialDirectories).toEqual([{ id: directory.id, name: '加油站名录库' }])
    expect((await s.call('directory:targetFacets')).specialDirectories).toEqual([{ id: directory.id, name: '加油站名录库' }])
  })

  it('does not write audit rows for searches', async () => {
    const before = count(s, 'SELECT count(*) AS n FROM audit_log')
    await s.call('directory:searchTargets', { text: '鑫源' })
    expect(count(s, 'SELECT count(*) AS n FROM audit_log')).toBe(before)
  })
})

describe('target directory over the demo county', () => {
  it('indexes the seeded targets, so a two-character search finds them at once', async () => {
    const s = openTempServices({ seedDemo: true })
    try {
      const page = await s.call('directory:searchTargets', { text: '食品', pageSize: 20 })
      expect(page.total).toBeGreaterThan(0)
      expect(page.rows.every((r) => r.name.includes('食品'))).toBe(true)
      const facets = await s.call('directory:targetFacets')
      expect(facets.towns.length).toBeGreaterThan(3)
    } finally {
      s.close()
    }
  })
})

describe('target directory: a page past the end', () => {
  it('still says how many match when the page asked for is beyond the last one', async () => {
    const s = openTempServices()
    try {
      await s.call('directory:createTarget', targetForm({ name: '示范县鑫源食品有限公司' }))
      const page = await s.call('directory:searchTargets', { text: '鑫源', page: 5, pageSize: 10 })
      expect(page).toMatchObject({ rows: [], total: 1, page: 5 })
    } finally {
      s.close()
    }
  })
})
