import type { Page } from 'playwright-core'

export interface TargetFields {
  name?: string
  uscc?: string
  regNo?: string
  legalRep?: string
  address?: string
  phone?: string
}

/** 检查对象名录库: the filter bar, the server-paged table, the edit dialog and the detail drawer. */
export class TargetsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-targets').click()
    await this.page.getByTestId('target-add').waitFor()
  }

  /** Types into the search box and waits for the table to answer that text. */
  async search(text: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => decodeURIComponent(r.url()).includes('directory:searchTargets') && r.request().postData()?.includes(JSON.stringify(text).slice(1, -1)) === true)
    await this.page.getByTestId('target-search').fill(text)
    await this.page.getByTestId('target-search').press('Enter')
    await answered
    await this.page.locator('[data-testid="target-results"][data-state="ready"]').waitFor()
  }

  /** The names shown on the current page, top to bottom. */
  names(): Promise<string[]> {
    return this.page.getByTestId('target-row').allInnerTexts()
  }

  totalText(): Promise<string> {
    return this.page.locator('[data-testid="target-pager"] .el-pagination__total').innerText()
  }

  row(text: string) {
    return this.page.locator('tr', { has: this.page.getByTestId('target-row') }).filter({ hasText: text })
  }

  dialog() {
    return this.page.getByTestId('target-dialog')
  }

  drawer() {
    return this.page.getByTestId('target-drawer')
  }

  async fill(fields: TargetFields): Promise<void> {
    for (const [field, value] of Object.entries(fields)) await this.dialog().getByTestId(`field-${field}`).fill(value ?? '')
  }

  async add(fields: TargetFields): Promise<void> {
    await this.page.getByTestId('target-add').click()
    await this.dialog().waitFor()
    await this.fill(fields)
    await this.save()
  }

  async edit(id: number, fields: TargetFields): Promise<void> {
    await this.page.getByTestId(`target-edit-${id}`).click()
    await this.dialog().waitFor()
    await this.fill(fields)
    await this.save()
  }

  save(): Promise<void> {
    return this.page.getByTestId('target-save').click()
  }

  /** Ticks 强制接受 and writes the reason (offered once a code was refused). */
  async forceCode(reason: string): Promise<void> {
    await this.dialog().getByTestId('field-forceCode').click()
    await this.dialog().getByTestId('field-forcedCodeReason').fill(reason)
  }

  fieldError(field: string) {
    return this.dialog().locator('.el-form-item', { has: this.page.getByTestId(`field-${field}`) }).locator('.el-form-item__error')
  }

  async openDetail(id: number): Promise<void> {
    await this.page.getByTestId(`target-open-${id}`).click()
    await this.drawer().getByTestId('target-detail-status').waitFor()
  }

  /** Registers a status change from the drawer (Element Plus select + date picker). */
  async changeStatus(status: string, date: string, reason: string): Promise<void> {
    await this.drawer().getByTestId('status-new').click()
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: status }).click()
    // el-date-picker does not pass attributes through to its input: find it by its class.
    const dateInput = this.drawer().locator('.status-date input')
    await dateInput.fill(date)
    await dateInput.press('Enter')
    await this.drawer().getByTestId('status-reason').fill(reason)
    await this.drawer().getByTestId('status-save').click()
  }
}
