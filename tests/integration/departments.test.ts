import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src-main/services/auditChain'
import { openTempServices, type TempServices } from '../support/tempServices'

const unit = (overrides: Record<string, unknown> = {}) => ({
  name: '县市场监督管理局',
  shortName: '市场监管',
  isLead: true,
  leaderName: '王铁挺',
  leaderPost: '局长',
  leaderPhone: '13905330001',
  liaisonName: '李明',
  liaisonPost: '信用监管科科长',
  liaisonPhone: '0533-6966123',
  sortOrder: 1,
  ...overrides
})

describe('member units (成员单位)', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('lists created units in the office order, lead unit first by sort order', async () => {
    await s.call('departments:create', unit({ name: '县商务局', shortName: '商务', isLead: false, sortOrder: 20 }))
    await s.call('departments:create', unit())
    const list = await s.call('departments:list')
    expect(list.map((d) => d.shortName)).toEqual(['市场监管', '商务'])
    expect(list[0]).toMatchObject({ isLead: true, liaisonPhone: '0533-6966123', active: true })
  })

  it('refuses a bad phone naming the field, and saves nothing at all', async () => {
    const before = (s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
    const error = await s.fail('departments:create', unit({ liaisonPhone: '12345' }))
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'liaisonPhone' })
    expect(error.message).toContain('联络员电话')
    expect(await s.call('departments:list')).toHaveLength(0)
    const after = (s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
    expect(after).toBe(before)
  })

  it('accepts full-width digits in a phone and stores them normalised', async () => {
    const created = await s.call('departments:create', unit({ leaderPhone: '１３９０５３３０００１' }))
    expect(created.leaderPhone).toBe('13905330001')
  })

  it('refuses a second unit with the same name, pointing at the name field', async () => {
    await s.call('departments:create', unit())
    const error = await s.fail('departments:create', unit({ shortName: '市监' }))
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'name' })
  })

  it('edits a unit and keeps what it was in the audit trail', async () => {
    const created = await s.call('departments:create', unit())
    const updated = await s.call('departments:update', { ...unit({ liaisonName: '张华' }), id: created.id })
    expect(updated.liaisonName).toBe('张华')
    const row = s.host.deps.store.sqlite
      .prepare("SELECT detail FROM audit_log WHERE action = 'departments:update'")
      .get() as { detail: string }
    expect(JSON.parse(row.detail).before.liaisonName).toBe('李明')
  })

  it('deactivates a unit: it leaves the active list but stays on record', async () => {
    const created = await s.call('departments:create', unit())
    await s.call('departments:setActive', { id: created.id, active: false })
    expect(await s.call('departments:list', { includeInactive: false })).toHaveLength(0)
    expect((await s.call('departments:list'))[0].active).toBe(false)
  })

  it('says a missing unit cannot be found rather than failing silently', async () => {
    const error = await s.fail('departments:setActive', { id: 999, active: false })
    expect(error.code).toBe('NOT_FOUND')
  })

  it('writes one hash-chained audit row per change, and the chain verifies', async () => {
    const created = await s.call('departments:create', unit())
    await s.call('departments:setActive', { id: created.id, active: false })
    const rows = s.host.deps.store.sqlite.prepare('SELECT action, entity_id FROM audit_log ORDER BY seq').all()
    expect(rows).toEqual([
      { action: 'departments:create', entity_id: String(created.id) },
      { action: 'departments:setActive', entity_id: String(created.id) }
    ])
    expect(verifyAuditChain(s.host.deps.store.sqlite)).toEqual({ intact: true, rows: 2 })
  })

  it('lists deactivation in the operation log with the unit name and the direction', async () => {
    const created = await s.call('departments:create', unit())
    await s.call('departments:setActive', { id: created.id, active: false })
    await s.call('departments:setActive', { id: created.id, active: true })
    const entries = await s.call('audit:recent', { limit: 2 })
    expect(entries.map((e) => e.summary)).toEqual([`启用成员单位：${created.name}`, `停用成员单位：${created.name}`])
  })

  it('refuses to update or delete audit rows', async () => {
    await s.call('departments:create', unit())
    const sqlite = s.host.deps.store.sqlite
    expect(() => sqlite.prepare("UPDATE audit_log SET operator = 'x'").run()).toThrow(/只能追加/)
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/只能追加/)
  })

  it('detects a hand-edited audit row even when the guard trigger was dropped', async () => {
    const a = await s.call('departments:create', unit())
    await s.call('departments:create', unit({ name: '县商务局', shortName: '商务', isLead: false }))
    await s.call('departments:setActive', { id: a.id, active: false })
    const sqlite = s.host.deps.store.sqlite
    sqlite.exec('DROP TRIGGER audit_log_no_update')
    sqlite.prepare("UPDATE audit_log SET operator = '冒名' WHERE seq = 2").run()
    expect(verifyAuditChain(sqlite)).toMatchObject({ intact: false, brokenSeq: 2 })
  })
})

describe('office settings', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('offers defaults before anything is saved, and keeps what the clerk saves', async () => {
    expect((await s.call('settings:get')).noticePrefix).toBe('部门联合双随机抽检字')
    const saved = await s.call('settings:update', {
      officeName: '高青县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
      countyName: '高青县',
      noticePrefix: '部门联合双随机抽检字',
      minutesPrefix: '高双随机纪',
      taskPrefix: 'GQ',
      operator: '张三'
    })
    expect(saved.countyName).toBe('高青县')
    expect((await s.call('settings:get')).operator).toBe('张三')
  })

  it('records later changes under the operator the clerk set', async () => {
    const base = await s.call('settings:get')
    await s.call('settings:update', { ...base, operator: '张三' })
    await s.call('departments:create', unit())
    const row = s.host.deps.store.sqlite.prepare("SELECT operator FROM audit_log WHERE action = 'departments:create'").get()
    expect(row).toEqual({ operator: '张三' })
  })

  it('refuses an empty county name, naming the field', async () => {
    const base = await s.call('settings:get')
    const error = await s.fail('settings:update', { ...base, countyName: '  ' })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'countyName' })
  })
})

describe('the service host', () => {
  it('answers an unknown channel with a typed error instead of throwing', async () => {
    const s = openTempServices()
    try {
      const result = await s.host.invoke('nothing:here', {})
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    } finally {
      s.close()
    }
  })
})
