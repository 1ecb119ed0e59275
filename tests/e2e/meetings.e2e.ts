import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardDto } from '../../src-shared/dashboard'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import type { MeetingSummaryDto } from '../../src-shared/domain/meetings'
import type { RosterSeatDto } from '../../src-shared/domain/roster'
import { DashboardPage } from './pages/DashboardPage'
import { MeetingsPage } from './pages/MeetingsPage'
import { RosterPage } from './pages/RosterPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds units, meetings and decisions: it runs on a server of its own, so the shared
// server's suites still see the pristine demo county whatever order the files run in.
let server: OwnServer
const callApi = <T>(channel: string, input?: unknown) => server.callApi<T>(channel, input)
beforeAll(async () => {
  server = await startOwnServer()
})
afterAll(() => server?.stop())

const shots = process.env.SCREENSHOT_DIR

describe('liaison meetings, through the real UI', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    // Units of its own, so the test does not depend on the demo county still being loaded.
    for (const [name, shortName, leaderName] of [
      ['示范县会议测试甲局', '测试甲', '甲局长'],
      ['示范县会议测试乙局', '测试乙', '乙局长']
    ]) {
      await callApi<DepartmentDto>('departments:create', { name, shortName, leaderName, leaderPost: '副局长' })
    }
  })
  afterAll(async () => browser?.close())

  it('creates a meeting with attendees by unit, an invited expert and a topic, then an overdue decision the dashboard counts', async () => {
    const before = (await callApi<DashboardDto>('dashboard:summary')).overdueDecisions
    const meetings = new MeetingsPage(page)
    await meetings.open()
    // Only the test's own units: the foundation suite later clears the demo county, which it may not
    // do while an own meeting still points at demo units.
    await meetings.startMeeting({ title: '2026年第二次全体会议（测试）', date: '2026-11-20', place: '县政府第三会议室', conveningUnit: '示范县会议测试甲局', held: true })
    await meetings.addUnit('示范县会议测试甲局')
    await meetings.addUnit('示范县会议测试乙局')
    await expect.poll(async () => meetings.attendeeRows().count()).toBe(2)
    await meetings.addOutsider('县食品安全专家组', '刘教授')
    await meetings.addTopic('审议下半年部门联合抽查安排')
    if (shots) await page.screenshot({ path: `${shots}/meeting-dialog.png` })
    await meetings.save()
    await meetings.dialog().waitFor({ state: 'hidden' })

    await expect.poll(async () => meetings.meetingTitle().innerText()).toBe('2026年第二次全体会议（测试）')
    expect(await meetings.attendance('出席').innerText()).toContain('甲局长')
    expect(await meetings.attendance('列席').innerText()).toContain('刘教授')

    await meetings.addDecision('测试甲局牵头完成下半年联合抽查', '示范县会议测试甲局', '2026-01-05')
    await meetings.decisionRow('测试甲局牵头完成').waitFor()
    expect(await meetings.decisionRow('测试甲局牵头完成').innerText()).toContain('逾期')
    if (shots) await page.screenshot({ path: `${shots}/meeting-page.png`, fullPage: true })

    const saved = (await callApi<MeetingSummaryDto[]>('meetings:list')).find((m) => m.title === '2026年第二次全体会议（测试）')!
    expect(saved).toMatchObject({ decisionCount: 1, overdueCount: 1 })

    const dashboard = new DashboardPage(page)
    await dashboard.open()
    await expect.poll(async () => dashboard.count('overdueDecisions')).toBe(before + 1)
    if (shots) await page.screenshot({ path: `${shots}/dashboard.png` })

    await page.getByTestId('nav-decisions').click()
    await meetings.decisionRow('测试甲局牵头完成').waitFor()
    const first = page.getByTestId('decision-row').first()
    expect(await first.innerText()).toContain('测试甲局牵头完成')
    if (shots) await page.screenshot({ path: `${shots}/decisions-board.png` })
  })

  it('takes the meeting’s minutes from draft through every unit’s agreement to 签发, numbered and locked', async () => {
    const meetings = new MeetingsPage(page)
    await meetings.open()
    await page.getByTestId('meeting-row').filter({ hasText: '2026年第二次全体会议（测试）' }).click()
    await meetings.meetingTitle().waitFor()
    await meetings.holdMinutes('会议议定如下：一、由测试甲局牵头完成下半年联合抽查。', '陈新洪')
    await expect.poll(async () => meetings.minutesStatus().innerText()).toBe('已签发')
    expect(await page.getByTestId('minutes-panel').innerText()).toMatch(/〔2026〕\d+号/)
    // The panel and the meeting header re-render after 签发: wait for the lock, do not sample it.
    await expect.poll(async () => page.getByTestId('minutes-body').isDisabled()).toBe(true)
    await expect.poll(async () => page.getByTestId('meeting-edit').isDisabled()).toBe(true)
    if (shots) await page.screenshot({ path: `${shots}/minutes-signed.png`, fullPage: true })
  })

  it('exports the signed minutes as a Word file, recorded in the register, and the decisions report from the board', async () => {
    const saved = mkdtempSync(join(tmpdir(), 'spotcheck-minutes-e2e-'))
    // The nav keeps 联席会议 highlighted on a meeting's own page.
    expect(await page.getByTestId('nav-meetings').getAttribute('class')).toContain('is-active')
    const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-minutes').click()])
    expect(minutes.suggestedFilename()).toMatch(/纪要.*〔2026〕\d+号\.docx$/)
    await minutes.saveAs(join(saved, 'minutes.docx'))
    expect(readFileSync(join(saved, 'minutes.docx')).subarray(0, 2).toString()).toBe('PK')
    await expect.poll(async () => page.locator('.el-message--success').last().innerText()).toContain(minutes.suggestedFilename())
    const recent = await callApi<{ action: string }[]>('audit:recent', { limit: 5 })
    expect(recent[0].action).toBe('meetings:exportMinutes')

    await page.getByTestId('nav-decisions').click()
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-decisionsReport').click()])
    expect(report.suggestedFilename()).toMatch(/议定事项落实情况通报.*\.docx$/)
  })
})

describe('the roster (组成人员), through the real UI', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
  })
  afterAll(async () => browser?.close())

  it('replaces a unit’s member after a meeting confirmed it, and keeps the old term in the history', async () => {
    const unit = (await callApi<DepartmentDto[]>('departments:list')).find((d) => d.name === '示范县会议测试乙局')!
    const meeting = await callApi<MeetingSummaryDto>('meetings:create', { kind: '全体会议', title: '人员调整确认会（测试）', date: '2026-11-02', status: '已召开' })
    const seat = await callApi<RosterSeatDto>('roster:assign', { role: '成员', departmentId: unit.id, personName: '乙局长', post: '副局长', fromDate: '2026-01-01' })

    const roster = new RosterPage(page)
    await roster.open()
    await roster.row('乙局长').waitFor()
    await roster.change(seat.id, { personName: '乙新局长', post: '局长', fromDate: '2026-11-03', meeting: meeting.title })
    await page.getByTestId('roster-dialog').waitFor({ state: 'hidden' })
    await roster.row('乙新局长').waitFor()
    expect(await roster.row('乙局长').count()).toBe(0)

    await roster.showHistory()
    expect(await roster.row('乙局长').innerText()).toContain('2026-11-03')
    expect(await roster.row('乙新局长').innerText()).toContain('人员调整确认会（测试）')
    if (shots) await page.screenshot({ path: `${shots}/roster-history.png` })
  })
})
