import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempServices, type TempServices } from '../support/tempServices'

// The test clock says 2026-03-02 (tests/support/tempServices.ts).
describe('the minutes workflow (会议纪要: 起草 → 征求意见 → 签发 → 印发)', () => {
  let s: TempServices
  let market: number
  let commerce: number
  let meetingId: number
  beforeEach(async () => {
    s = openTempServices()
    market = (await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管', isLead: true })).id
    commerce = (await s.call('departments:create', { name: '县商务局', shortName: '商务' })).id
    const tax = (await s.call('departments:create', { name: '县税务局', shortName: '税务' })).id
    meetingId = (
      await s.call('meetings:create', {
        kind: '全体会议',
        title: '2026年第一次全体会议',
        date: '2026-02-10',
        status: '已召开',
        attendees: [
          { departmentId: market, personName: '王铁挺', status: '出席' },
          { departmentId: commerce, personName: '邓兆松', status: '出席' },
          { departmentId: tax, personName: '', status: '请假' }
        ]
      })
    ).id
  })
  afterEach(() => s.close())

  async function circulated() {
    const draft = await s.call('minutes:saveDraft', { meetingId, body: '会议议定如下：一、原则通过年度计划。' })
    return s.call('minutes:circulate', { minutesId: draft.id })
  }

  it('circulates the draft to the attending units only, not to those on leave', async () => {
    const minutes = await circulated()
    expect(minutes.status).toBe('征求意见')
    expect(minutes.reviews.map((r) => [r.unitName, r.opinion])).toEqual([
      ['县市场监督管理局', null],
      ['县商务局', null]
    ])
  })

  it('cannot be signed before every attending unit agreed, naming who has not', async () => {
    const minutes = await circulated()
    await s.call('minutes:recordReview', { minutesId: minutes.id, departmentId: market, opinion: '同意', date: '2026-02-12' })
    await s.call('minutes:recordReview', { minutesId: minutes.id, departmentId: commerce, opinion: '修改意见', comment: '第一条加上公示期限', date: '2026-02-12' })
    const error = await s.fail('minutes:sign', { minutesId: minutes.id, signer: '陈新洪', signedDate: '2026-02-13' })
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'overrideReason' })
    expect(error.message).toContain('县商务局（修改意见）')
    expect((await s.call('meetings:get', { id: meetingId })).status).toBe('已召开')

    await s.call('minutes:recordReview', { minutesId: minutes.id, departmentId: commerce, opinion: '同意', date: '2026-02-13' })
    const signed = await s.call('minutes:sign', { minutesId: minutes.id, signer: '陈新洪', signedDate: '2026-02-13' })
    expect(signed).toMatchObject({ status: '已签发', number: '双随机联席纪要〔2026〕1号', signer: '陈新洪', signOverrideReason: null })
  })

  it('lets the convener sign before all agreed when he gives a reason, and records it', async () => {
    const minutes = await circulated()
    const signed = await s.call('minutes:sign', { minutesId: minutes.id, signer: '陈新洪', signedDate: '2026-02-20', overrideReason: '商务局逾期未反馈，经电话确认无意见' })
    expect(signed.signOverrideReason).toBe('商务局逾期未反馈，经电话确认无意见')
  })

  it('refuses a 修改意见 without its text, naming the field', async () => {
    const minutes = await circulated()
    const error = await s.fail('minutes:recordReview', { minutesId: minutes.id, departmentId: commerce, opinion: '修改意见', date: '2026-02-12' })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'comment' })
    expect(error.message).toContain('修改内容')
  })

  it('locks the minutes and the meeting after 签发; a correction is a new version with its reason and the same number', async () => {
    const minutes = await circulated()
    const signed = await s.call('minutes:sign', { minutesId: minutes.id, signer: '陈新洪', signedDate: '2026-02-13', overrideReason: '紧急' })
    const locked = await s.fail('minutes:saveDraft', { meetingId, body: '改一改' })
    expect(locked.code).toBe('CONFLICT')
    expect(locked.message).toContain('更正')
    const meetingLocked = await s.fail('meetings:update', { id: meetingId, kind: '全体会议', title: '改名', date: '2026-02-10' })
    expect(meetingLocked.code).toBe('CONFLICT')

    const issued = await s.call('minutes:issue', { minutesId: signed.id, issuedDate: '2026-02-14' })
    expect(issued).toMatchObject({ status: '已印发', distribution: ['联席会议各成员单位'], copyTo: ['示范县人民政府'] })

    const correction = await s.call('minutes:correct', { minutesId: signed.id, reason: '第一条日期笔误', body: '会议议定如下：一、原则通过年度计划（更正）。' })
    expect(correction).toMatchObject({ version: 2, status: '草稿', number: signed.number, correctionReason: '第一条日期笔误' })
    const versions = await s.call('minutes:list', { meetingId })
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, '草稿'],
      [1, '已印发']
    ])
    expect(versions[1].body).toBe('会议议定如下：一、原则通过年度计划。')
  })

  it('numbers the minutes per year, after the numbers already used', async () => {
    const first = await circulated()
    await s.call('minutes:sign', { minutesId: first.id, signer: '陈新洪', signedDate: '2026-02-13', overrideReason: '测试' })
    const second = await s.call('meetings:create', { kind: '专题会议', title: '燃气专题会议', date: '2026-02-20', status: '已召开', attendees: [{ departmentId: market, personName: '王铁挺' }] })
    const draft = await s.call('minutes:saveDraft', { meetingId: second.id, body: '议定：开展燃气联合抽查。' })
    await s.call('minutes:circulate', { minutesId: draft.id })
    await s.call('minutes:recordReview', { minutesId: draft.id, departmentId: market, opinion: '同意', date: '2026-02-21' })
    const signed = await s.call('minutes:sign', { minutesId: draft.id, signer: '陈新洪', signedDate: '2026-02-22' })
    expect(signed.number).toBe('双随机联席纪要〔2026〕2号')
  })

  it('writes an audit row for each step', async () => {
    const minutes = await circulated()
    await s.call('minutes:sign', { minutesId: minutes.id, signer: '陈新洪', signedDate: '2026-02-13', overrideReason: '测试' })
    const actions = (s.host.deps.store.sqlite.prepare("SELECT action FROM audit_log WHERE action LIKE 'minutes:%' ORDER BY seq").all() as { action: string }[]).map((r) => r.action)
    expect(actions).toEqual(['minutes:saveDraft', 'minutes:circulate', 'minutes:sign'])
  })
})

describe('minutes of the demo county', () => {
  it('keeps the demo plenary’s issued minutes, agreed by every attending unit, locked against redrafting', async () => {
    const s = openTempServices({ seedDemo: true })
    try {
      const signed = (await s.call('meetings:list')).find((m) => m.status === '纪要已签发')!
      const [minutes] = await s.call('minutes:list', { meetingId: signed.id })
      expect(minutes).toMatchObject({ status: '已印发', version: 1, copyTo: ['示范县人民政府'] })
      expect(minutes.reviews.length).toBeGreaterThanOrEqual(6)
      expect(minutes.reviews.every((r) => r.opinion === '同意')).toBe(true)
      const error = await s.fail('minutes:saveDraft', { meetingId: signed.id, body: '改写' })
      expect(error.code).toBe('CONFLICT')
      expect(error.message).toContain('已印发')
    } finally {
      s.close()
    }
  })
})
