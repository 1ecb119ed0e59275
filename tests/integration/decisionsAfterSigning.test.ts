import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempServices, type TempServices } from '../support/tempServices'

// The test clock says 2026-03-02 (tests/support/tempServices.ts).
describe('decisions after the minutes are signed, and topic links', () => {
  let s: TempServices
  let market: number
  let commerce: number
  beforeEach(async () => {
    s = openTempServices()
    market = (await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管', isLead: true })).id
    commerce = (await s.call('departments:create', { name: '县商务局', shortName: '商务' })).id
  })
  afterEach(() => s.close())

  it('still takes status and progress after 签发, but not another owner unit, content or due date', async () => {
    const meeting = await s.call('meetings:create', {
      kind: '全体会议',
      title: '全体会议',
      date: '2026-02-10',
      status: '已召开',
      attendees: [{ departmentId: market, personName: '王铁挺', status: '出席' }]
    })
    const decision = await s.call('meetings:addDecision', { meetingId: meeting.id, content: '公示计划。', ownerDepartmentIds: [market], dueDate: '2026-04-01' })
    const draft = await s.call('minutes:saveDraft', { meetingId: meeting.id, body: '会议审议了计划。' })
    await s.call('minutes:circulate', { minutesId: draft.id })
    await s.call('minutes:sign', { minutesId: draft.id, signer: '陈新洪', signedDate: '2026-02-13', overrideReason: '急需印发' })

    const same = { content: '公示计划。', ownerDepartmentIds: [market], dueDate: '2026-04-01' }
    expect((await s.call('meetings:updateDecision', { id: decision.id, ...same, status: '已完成' })).status).toBe('已完成')
    expect((await s.call('meetings:addProgress', { decisionId: decision.id, date: '2026-03-01', note: '已在门户网站公示' })).progress).toHaveLength(1)
    const error = await s.fail('meetings:updateDecision', { id: decision.id, ...same, ownerDepartmentIds: [commerce], status: '已完成' })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('责任单位')
  })

  it('keeps a topic’s link to a joint-check record (kind + id) and refuses half a link', async () => {
    const meeting = await s.call('meetings:create', {
      kind: '专题会议',
      title: '燃气领域联合抽查方案专题会',
      date: '2026-03-01',
      topics: [{ title: '讨论确定城镇燃气联合抽查方案', proposerDepartmentId: commerce, linkKind: 'task', linkId: 12 }]
    })
    expect(meeting.topics[0]).toMatchObject({ linkKind: 'task', linkId: 12, proposerName: '县商务局' })
    const error = await s.fail('meetings:create', { kind: '专题会议', title: '半个关联', date: '2026-03-01', topics: [{ title: '议题', linkKind: 'task' }] })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'topics.0.linkKind' })
  })
})
