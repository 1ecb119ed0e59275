import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MeetingInput } from '../../src-shared/domain/meetings'
import { openTempServices, type TempServices } from '../support/tempServices'

const auditCount = (s: TempServices) => (s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n

// The test clock says 2026-03-02 (tests/support/tempServices.ts).
describe('liaison meetings and decisions (联席会议、议定事项)', () => {
  let s: TempServices
  let commerce: number
  let market: number
  beforeEach(async () => {
    s = openTempServices()
    market = (await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管', isLead: true })).id
    commerce = (await s.call('departments:create', { name: '县商务局', shortName: '商务' })).id
  })
  afterEach(() => s.close())

  const plenary = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
    kind: '全体会议',
    title: '2026年第一次全体会议',
    number: '2026年第1次',
    date: '2026-02-10',
    time: '09:00',
    place: '县政府第三会议室',
    convener: '陈新洪',
    host: '陈新洪',
    conveningDepartmentId: null,
    status: '已召开',
    attendees: [],
    topics: [],
    ...overrides
  })

  it('saves a meeting with attendees by unit, an invited expert and the agenda, and reads it back', async () => {
    const created = await s.call(
      'meetings:create',
      plenary({
        conveningDepartmentId: market,
        attendees: [
          { departmentId: market, personName: '王铁挺', post: '局长', status: '出席' },
          { departmentId: commerce, personName: '', status: '请假' },
          { unitName: '县食品安全专家组', personName: '刘教授', post: '特邀专家', status: '列席' }
        ],
        topics: [{ title: '审议年度联合抽查计划', proposerDepartmentId: market }, { title: '通报上年度工作情况' }]
      })
    )
    const meeting = await s.call('meetings:get', { id: created.id })
    expect(meeting.conveningUnitName).toBe('县市场监督管理局')
    expect(meeting.attendees.map((a) => [a.unitName, a.personName, a.status])).toEqual([
      ['县市场监督管理局', '王铁挺', '出席'],
      ['县商务局', '', '请假'],
      ['县食品安全专家组', '刘教授', '列席']
    ])
    expect(meeting.attendeeCount).toBe(2)
    expect(meeting.topics.map((t) => t.proposerName)).toEqual(['县市场监督管理局', '联席会议办公室'])
    expect((await s.call('meetings:list')).map((m) => m.title)).toEqual(['2026年第一次全体会议'])
  })

  it('lets only a liaison officers’ meeting send a topic on to the plenary', async () => {
    const liaison = await s.call('meetings:create', {
      ...plenary({ kind: '联络员会议', title: '第一次联络员会议' }),
      topics: [{ title: '研究年度计划草案', submitToPlenary: true, linkKind: 'plan', linkId: 7 }]
    })
    expect(liaison.topics[0]).toMatchObject({ submitToPlenary: true, linkKind: 'plan', linkId: 7 })
    const before = auditCount(s)
    const error = await s.fail('meetings:create', plenary({ topics: [{ title: '研究年度计划草案', submitToPlenary: true }] }))
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'topics.0.submitToPlenary' })
    expect(error.message).toContain('联络员会议')
    expect(auditCount(s)).toBe(before)
    expect(await s.call('meetings:list')).toHaveLength(1)
  })

  it('refuses a meeting without a date, or an attendee who came but has no name, saving nothing', async () => {
    const noDate = await s.fail('meetings:create', plenary({ date: '' }))
    expect(noDate).toMatchObject({ code: 'VALIDATION', field: 'date' })
    expect(noDate.message).toContain('会议日期')
    const nameless = await s.fail('meetings:create', plenary({ attendees: [{ departmentId: commerce, status: '出席' }] }))
    expect(nameless).toMatchObject({ code: 'VALIDATION', field: 'attendees.0.personName' })
    expect(nameless.message).toContain('姓名')
    expect(await s.call('meetings:list')).toHaveLength(0)
    expect(auditCount(s)).toBe(2)
  })

  it('computes 逾期 from the due date and today, and counts it on the dashboard', async () => {
    const meeting = await s.call('meetings:create', plenary())
    const late = await s.call('meetings:addDecision', { meetingId: meeting.id, content: '更新检查对象名录库', ownerDepartmentIds: [commerce], dueDate: '2026-03-01' })
    const dueToday = await s.call('meetings:addDecision', { meetingId: meeting.id, content: '公示年度计划', ownerDepartmentIds: [market], dueDate: '2026-03-02' })
    await s.call('meetings:addDecision', { meetingId: meeting.id, content: '报市局备案', ownerDepartmentIds: [market], dueDate: '2026-02-20', status: '已完成' })
    expect(late.status).toBe('逾期')
    expect(dueToday.status).toBe('未开始')
    const summary = await s.call('dashboard:summary')
    expect(summary.overdueDecisions).toBe(1)
    expect(summary.attention.some((a) => a.route === '/decisions' && a.text.includes('1 项'))).toBe(true)
    expect((await s.call('meetings:list'))[0].overdueCount).toBe(1)
  })

  it('puts overdue decisions on top of the board and clears them once done', async () => {
    const meeting = await s.call('meetings:create', plenary())
    await s.call('meetings:addDecision', { meetingId: meeting.id, content: '甲', ownerDepartmentIds: [market], dueDate: '2026-04-01' })
    const late = await s.call('meetings:addDecision', { meetingId: meeting.id, content: '乙', ownerDepartmentIds: [commerce, market], dueDate: '2026-02-28' })
    const board = await s.call('meetings:decisionsBoard')
    expect(board.map((d) => [d.content, d.status])).toEqual([
      ['乙', '逾期'],
      ['甲', '未开始']
    ])
    expect(board[0].ownerNames).toEqual(['县商务局', '县市场监督管理局'])
    const done = await s.call('meetings:updateDecision', { id: late.id, content: '乙', ownerDepartmentIds: [commerce], dueDate: '2026-02-28', status: '已完成' })
    expect(done).toMatchObject({ status: '已完成', completedDate: '2026-03-02' })
    expect((await s.call('dashboard:summary')).overdueDecisions).toBe(0)
  })

  it('records progress notes with dates; the first one moves the decision to 推进中', async () => {
    const meeting = await s.call('meetings:create', plenary())
    const decision = await s.call('meetings:addDecision', { meetingId: meeting.id, content: '公示年度计划', ownerDepartmentIds: [market], dueDate: '2026-03-20' })
    const updated = await s.call('meetings:addProgress', { decisionId: decision.id, date: '2026-02-25', note: '已在门户网站公示' })
    expect(updated.status).toBe('推进中')
    expect(updated.progress).toEqual([{ id: expect.any(Number), date: '2026-02-25', note: '已在门户网站公示' }])
    const future = await s.fail('meetings:addProgress', { decisionId: decision.id, date: '2026-03-09', note: '预计完成' })
    expect(future).toMatchObject({ code: 'VALIDATION', field: 'date' })
  })

  it('refuses to store 逾期 by hand and a decision without an owner unit', async () => {
    const meeting = await s.call('meetings:create', plenary())
    const overdue = await s.fail('meetings:addDecision', { meetingId: meeting.id, content: '甲', ownerDepartmentIds: [market], status: '逾期' })
    expect(overdue).toMatchObject({ code: 'VALIDATION', field: 'status' })
    const noOwner = await s.fail('meetings:addDecision', { meetingId: meeting.id, content: '甲', ownerDepartmentIds: [] })
    expect(noOwner).toMatchObject({ code: 'VALIDATION', field: 'ownerDepartmentIds' })
    expect(noOwner.message).toContain('责任单位')
  })

  it('keeps the meeting as it was in the audit row of an edit', async () => {
    const meeting = await s.call('meetings:create', plenary())
    await s.call('meetings:update', { ...plenary({ place: '县政府第一会议室' }), id: meeting.id })
    const row = s.host.deps.store.sqlite.prepare("SELECT detail, entity_id FROM audit_log WHERE action = 'meetings:update'").get() as {
      detail: string
      entity_id: string
    }
    expect(row.entity_id).toBe(String(meeting.id))
    expect(JSON.parse(row.detail).before.place).toBe('县政府第三会议室')
  })
})

describe('the demo county’s meetings', () => {
  it('has a signed plenary that can no longer be edited, while its decisions can still be followed up', async () => {
    const s = openTempServices({ seedDemo: true })
    try {
      const list = await s.call('meetings:list')
      const signed = list.find((m) => m.status === '纪要已签发')!
      const meeting = await s.call('meetings:get', { id: signed.id })
      expect(meeting.decisions).toHaveLength(3)
      const { id: _id, attendees, topics, decisions: _d, ...rest } = meeting
      const error = await s.fail('meetings:update', {
        id: meeting.id,
        kind: rest.kind,
        title: rest.title,
        date: rest.date,
        attendees: attendees.map((a) => ({ departmentId: a.departmentId, unitName: a.unitName, personName: a.personName, status: a.status })),
        topics: topics.map((t) => ({ title: t.title }))
      })
      expect(error.code).toBe('CONFLICT')
      expect(error.message).toContain('已签发')
      const progress = await s.call('meetings:addProgress', { decisionId: meeting.decisions[1].id, date: meeting.date, note: '已布置' })
      expect(progress.progress).toHaveLength(1)
      expect((await s.call('roster:list')).current.find((r) => r.role === '召集人')).toBeDefined()
    } finally {
      s.close()
    }
  })
})
