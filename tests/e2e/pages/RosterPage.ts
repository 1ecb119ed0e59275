import type { Page } from 'playwright-core'

/** 组成人员: current holders, the change dialog and the history tab. */
export class RosterPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-roster').click()
    await this.page.getByTestId('roster-add').waitFor()
  }

  /** The table row (tr) showing `text`; the `roster-row` hook sits in the name cell. */
  row(text: string) {
    return this.page.locator('tr', { has: this.page.getByTestId('roster-row') }).filter({ hasText: text })
  }

  /** Replaces the holder of seat `seatId`, confirmed by the meeting whose option label contains `meeting`. */
  async change(seatId: number, fields: { personName: string; post: string; fromDate: string; meeting: string }): Promise<void> {
    await this.page.getByTestId(`roster-change-${seatId}`).click()
    await this.page.getByTestId('roster-dialog').waitFor()
    await this.page.getByTestId('roster-field-personName').fill(fields.personName)
    await this.page.getByTestId('roster-field-post').fill(fields.post)
    const date = this.page.getByTestId('roster-field-fromDate').locator('input')
    await date.fill(fields.fromDate)
    await date.press('Enter')
    await this.page.getByTestId('roster-field-confirmingMeetingId').click()
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: fields.meeting }).first().click()
    await this.page.getByTestId('roster-save').click()
  }

  async showHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: '任职历史' }).click()
  }
}
