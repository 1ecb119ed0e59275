import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src-main/services/auditChain'
import { docxXml, runs } from '../support/docxXml'
import { openTempServices, type TempServices } from '../support/tempServices'

const auditCount = (s: TempServices) => (s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n

describe('the roster (组成人员)', () => {
  let s: TempServices
  let unitId: number
  let meetingId: number
  beforeEach(async () => {
    s = openTempServices()
    unitId = (await s.call('departments:create', { name: '县商务局', shortName: '商务', leaderName: '邓兆松', leaderPost: '副局长' })).id
    meetingId = (await s.call('meetings:create', { kind: '全体会议', title: '2026年第一次全体会议', date: '2026-02-10' })).id
    await s.call('roster:assign', { role: '召集人', unitName: '县人民政府', personName: '陈新洪', post: '副县长', fromDate: '2025-03-20' })
    await s.call('roster:assign', { role: '成员', departmentId: unitId, personName: '邓兆松', post: '副局长', fromDate: '2025-03-20' })
    await s.call('roster:assign', { role: '联络员', departmentId: unitId, personName: '方明', post: '市场运行科科长', fromDate: '2025-03-20' })
  })
  afterEach(() => s.close())

  it('lists the current holders with the convener first and the unit names filled in', async () => {
    const roster = await s.call('roster:list')
    expect(roster.current.map((r) => [r.role, r.personName, r.unitName])).toEqual([
      ['召集人', '陈新洪', '县人民政府'],
      ['成员', '邓兆松', '县商务局'],
      ['联络员', '方明', '县商务局']
    ])
  })

  it('keeps the history when a unit changes its member: the old term ends the day the new one starts, with the confirming meeting', async () => {
    const seat = await s.call('roster:assign', {
      role: '成员',
      departmentId: unitId,
      personName: '蒋丽华',
      post: '副局长',
      fromDate: '2026-02-10',
      confirmingMeetingId: meetingId
    })
    expect(seat).toMatchObject({ personName: '蒋丽华', toDate: null, confirmingMeetingTitle: '2026年第一次全体会议', confirmingMeetingDate: '2026-02-10' })
    const roster = await s.call('roster:list')
    expect(roster.current.filter((r) => r.role === '成员').map((r) => r.personName)).toEqual(['蒋丽华'])
    const terms = roster.history.filter((r) => r.role === '成员').map((r) => [r.personName, r.fromDate, r.toDate])
    expect(terms).toEqual([
      ['蒋丽华', '2026-02-10', null],
      ['邓兆松', '2025-03-20', '2026-02-10']
    ])
    // The unit's card follows the roster.
    expect((await s.call('departments:list')).find((d) => d.id === unitId)?.leaderName).toBe('蒋丽华')
  })

  it('refuses a change without the meeting that confirmed it, in Chinese naming the field, and saves nothing', async () => {
    const before = auditCount(s)
    const error = await s.fail('roster:assign', { role: '成员', departmentId: unitId, personName: '蒋丽华', fromDate: '2026-02-10' })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'confirmingMeetingId' })
    expect(error.message).toContain('报联席会议确定')
    expect(auditCount(s)).toBe(before)
    const roster = await s.call('roster:list')
    expect(roster.history.filter((r) => r.role === '成员').map((r) => [r.personName, r.toDate])).toEqual([['邓兆松', null]])
  })

  it('refuses a start date before the confirming meeting, and a member without a unit', async () => {
    const early = await s.fail('roster:assign', {
      role: '成员',
      departmentId: unitId,
      personName: '蒋丽华',
      fromDate: '2026-01-01',
      confirmingMeetingId: meetingId
    })
    expect(early).toMatchObject({ code: 'VALIDATION', field: 'fromDate' })
    const noUnit = await s.fail('roster:assign', { role: '成员', personName: '张三', fromDate: '2026-03-01' })
    expect(noUnit).toMatchObject({ code: 'VALIDATION', field: 'departmentId' })
    const badDate = await s.fail('roster:assign', { role: '联络员', departmentId: unitId, personName: '张三', fromDate: '2026-02-30' })
    expect(badDate).toMatchObject({ code: 'VALIDATION', field: 'fromDate' })
    expect(badDate.message).toContain('任职起始日期')
  })

  it('writes an audit row with the ended term as the before-image, and the chain verifies', async () => {
    await s.call('roster:assign', { role: '联络员', departmentId: unitId, personName: '吕博', fromDate: '2026-02-11', confirmingMeetingId: meetingId })
    const row = s.host.deps.store.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'roster:assign' ORDER BY seq DESC").get() as { detail: string }
    expect(JSON.parse(row.detail).before).toMatchObject({ personName: '方明', toDate: '2026-02-11' })
    expect(verifyAuditChain(s.host.deps.store.sqlite).intact).toBe(true)
  })

  it('prints the current roster in the members document: the convener on top, the new member in the unit row', async () => {
    await s.call('roster:assign', {
      role: '成员',
      departmentId: unitId,
      personName: '蒋丽华',
      post: '副局长',
      fromDate: '2026-02-10',
      confirmingMeetingId: meetingId
    })
    const file = await s.call('documents:exportMembers')
    const document = (await docxXml(Buffer.from(file.base64, 'base64'))).part('word/document.xml')
    const text = runs(document).map((r) => r.text).join('')
    expect(text).toContain('召集人：陈新洪')
    expect(text).toContain('蒋丽华')
    expect(text).not.toContain('邓兆松')
    expect(text.indexOf('召集人')).toBeLessThan(text.indexOf('县商务局'))
  })
})
