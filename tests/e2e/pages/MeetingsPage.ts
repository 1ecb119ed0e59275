import type { Page } from 'playwright-core'

export interface MeetingFields {
  title: string
  date: string
  place?: string
  conveningUnit: string
  /** Recorded as 已召开 (minutes can be drafted) rather than 筹备中. */
  held?: boolean
}

/** 联席会议 list, the meeting dialog and the meeting page with its decisions. */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-meetings').click()
    await this.page.getByTestId('meeting-add').waitFor()
  }

  dialog() {
    return this.page.getByTestId('meeting-dialog')
  }

  /** Opens the new-meeting dialog and fills its header. */
  async startMeeting(fields: MeetingFields): Promise<void> {
    await this.page.getByTestId('meeting-add').click()
    await this.dialog().waitFor()
    await this.page.getByTestId('meeting-field-title').fill(fields.title)
    await this.pickDate('meeting-field-date', fields.date)
    if (fields.place) await this.page.getByTestId('meeting-field-place').fill(fields.place)
    await this.choose('meeting-field-conveningDepartmentId', fields.conveningUnit)
    if (fields.held) await this.choose('meeting-field-status', '已召开')
  }

  /** Picks the option showing `text` in the Element Plus select `testId`. */
  async choose(testId: string, text: string): Promise<void> {
    // A dropdown still fading out from the previous select holds the same options: wait it out.
    const open = this.page.locator('.el-select__popper:visible')
    for (let waited = 0; (await open.count()) > 0 && waited < 5000; waited += 50) await this.page.waitForTimeout(50)
    await this.page.getByTestId(testId).click()
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
  }

  /** A member unit's row, its member filled in (its liaison officer for a 联络员会议). */
  async addUnit(name: string): Promise<void> {
    await this.choose('meeting-add-unit', name)
  }

  async pickDate(testId: string, date: string): Promise<void> {
    const input = this.page.getByTestId(testId).locator('input')
    await input.fill(date)
    await input.press('Enter')
  }

  attendeeRows() {
    return this.page.getByTestId('meeting-attendees').locator('tbody tr')
  }

  /** An invited expert or outside unit (列席 by default). */
  async addOutsider(unit: string, person: string): Promise<void> {
    const index = await this.attendeeRows().count()
    await this.page.getByTestId('meeting-add-outsider').click()
    await this.page.getByTestId(`attendee-unit-${index}`).fill(unit)
    await this.page.getByTestId(`attendee-person-${index}`).fill(person)
  }

  async addTopic(title: string): Promise<void> {
    const index = await this.page.locator('[data-testid^="topic-title-"]').count()
    await this.page.getByTestId('meeting-add-topic').click()
    await this.page.getByTestId(`topic-title-${index}`).fill(title)
  }

  async save(): Promise<void> {
    await this.page.getByTestId('meeting-save').click()
  }

  meetingTitle() {
    return this.page.getByTestId('meeting-title')
  }

  attendance(status: '出席' | '请假' | '列席') {
    return this.page.getByTestId(`attendance-${status}`)
  }

  async addDecision(content: string, ownerUnit: string, dueDate: string): Promise<void> {
    await this.page.getByTestId('decision-add').click()
    await this.page.getByTestId('decision-dialog').waitFor()
    await this.page.getByTestId('decision-field-content').fill(content)
    await this.choose('decision-field-owners', ownerUnit)
    await this.page.getByTestId('decision-field-content').click()
    await this.pickDate('decision-field-dueDate', dueDate)
    await this.page.getByTestId('decision-save').click()
  }

  decisionRow(text: string) {
    return this.page.locator('tr', { has: this.page.getByTestId('decision-row') }).filter({ hasText: text })
  }

  minutesStatus() {
    return this.page.getByTestId('minutes-status')
  }

  /** Drafts the minutes, sends them round, records every attending unit's 同意 and the convener signs them. */
  async holdMinutes(body: string, signer: string): Promise<void> {
    await this.page.getByTestId('minutes-body').fill(body)
    await this.page.getByTestId('minutes-save').click()
    await this.page.getByTestId('minutes-circulate').click()
    const unanswered = this.page.locator('[data-testid="minutes-reviews"] tbody tr', { hasText: '未反馈' })
    await unanswered.first().waitFor()
    for (let left = await unanswered.count(); left > 0; left--) {
      await unanswered.first().locator('[data-testid^="minutes-agree-"]').click()
      for (let waited = 0; (await unanswered.count()) >= left && waited < 10_000; waited += 50) await this.page.waitForTimeout(50)
    }
    await this.page.getByTestId('minutes-sign').click()
    await this.page.locator('.el-message-box input').fill(signer)
    await this.page.locator('.el-message-box').getByRole('button', { name: '确定' }).click()
  }
}
