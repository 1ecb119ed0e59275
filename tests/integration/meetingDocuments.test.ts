import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxXml, runs } from '../support/docxXml'
import { openTempServices, type TempServices } from '../support/tempServices'

const documentText = (base64: string) =>
  runs(docxXml(Buffer.from(base64, 'base64')).part('word/document.xml'))
    .map((r) => r.text)
    .join('')

// The test clock says 2026-03-02 (tests/support/tempServices.ts).
describe('meeting documents (会议纪要, 会议通知, 议定事项落实情况通报)', () => {
  let s: TempServices
  let market: number
  let commerce: number
  let meetingId: number
  beforeEach(async () => {
    s = openTempServices()
    market = (await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管', isLead: true })).id
    commerce = (await s.call('departments:create', { name: '县商务局', shortName: '商务' })).id
    meetingId = (
      await s.call('meetings:create', {
        kind: '全体会议',
        title: '2026年第一次全体会议',
        date: '2026-02-10',
        time: '09:00',
        place: '县政府第三会议室',
        status: '已召开',
        attendees: [
          { departmentId: market, personName: '王铁挺', status: '出席' },
          { departmentId: commerce, personName: '邓兆松', status: '请假' },
          { departmentId: null, unitName: '县食品安全专家组', personName: '刘教授', status: '列席' }
        ],
        topics: [{ title: '审议年度计划' }]
      })
    ).id
    await s.call('meetings:addDecision', { meetingId, content: '公示年度计划。', ownerDepartmentIds: [market], dueDate: '2026-02-20' })
  })
  afterEach(() => s.close())

  async function sign(signedDate = '2026-02-13') {
    const draft = await s.call('minutes:saveDraft', { meetingId, body: '会议审议了年度计划。' })
    await s.call('minutes:circulate', { minutesId: draft.id })
    await s.call('minutes:recordReview', { minutesId: draft.id, departmentId: market, opinion: '同意', date: '2026-02-12' })
    return s.call('minutes:sign', { minutesId: draft.id, signer: '陈新洪', signedDate })
  }

  it('refuses the minutes before they are signed, saying what to do, and records nothing', async () => {
    const error = await s.fail('meetings:exportMinutes', { meetingId })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('还没有签发')
    expect(s.host.deps.store.sqlite.prepare('SELECT count(*) AS n FROM issued_documents').get()).toEqual({ n: 0 })
  })

  it('prints the signed minutes with their number, decisions and attendance, and registers the exact bytes with the number', async () => {
    const signed = await sign()
    const file = await s.call('meetings:exportMinutes', { meetingId })
    const text = documentText(file.base64)
    expect(text).toContain(`${signed.number}2026年2月13日`)
    expect(text).toContain('一、公示年度计划。')
    expect(text).toContain('出席：县市场监督管理局王铁挺')
    expect(text).toContain('请假：县商务局邓兆松')
    expect(text).toContain('列席：县食品安全专家组刘教授')
    expect(text).toContain('抄送：示范县人民政府。')
    const row = s.host.deps.store.sqlite.prepare('SELECT kind, number, sha256, file_name FROM issued_documents').get()
    expect(row).toEqual({ kind: 'minutes', number: signed.number, sha256: file.sha256, file_name: file.fileName })
    expect(file.fileName).toMatch(/纪要.*〔2026〕1号\.docx$/)
  })

  it('prints the newest signed version: a correction in draft does not replace it, a signed correction prints as such', async () => {
    const signed = await sign()
    const correction = await s.call('minutes:correct', { minutesId: signed.id, reason: '完成时限有误', body: '会议审议了年度计划（更正）。' })
    expect(documentText((await s.call('meetings:exportMinutes', { meetingId })).base64)).not.toContain('更正')
    await s.call('minutes:circulate', { minutesId: correction.id })
    await s.call('minutes:recordReview', { minutesId: correction.id, departmentId: market, opinion: '同意', date: '2026-02-20' })
    await s.call('minutes:sign', { minutesId: correction.id, signer: '陈新洪', signedDate: '2026-02-21' })
    const text = documentText((await s.call('meetings:exportMinutes', { meetingId })).base64)
    expect(text).toContain('〔2026〕1号（更正）')
    expect(text).toContain('更正原因：完成时限有误')
  })

  it('numbers the minutes 第N期 per year when the office chooses that format', async () => {
    const settings = await s.call('settings:get', {})
    await s.call('settings:update', { ...settings, minutesNumberStyle: '第N期' })
    expect((await sign()).number).toBe('第1期')
  })

  it('writes the meeting notice with its 回执 and the decisions report, each registered', async () => {
    const notice = await s.call('meetings:exportNotice', { meetingId })
    expect(documentText(notice.base64)).toContain('2026年2月10日（星期二）上午9:00')
    const report = await s.call('meetings:exportDecisionsReport', {})
    expect(documentText(report.base64)).toContain('逾期未完成1项')
    const kinds = s.host.deps.store.sqlite.prepare('SELECT kind FROM issued_documents ORDER BY id').all()
    expect(kinds).toEqual([{ kind: 'meetingNotice' }, { kind: 'decisionsReport' }])
  })

  it('names a meeting that does not exist as not found', async () => {
    expect((await s.fail('meetings:exportNotice', { meetingId: 999 })).code).toBe('NOT_FOUND')
  })
})
