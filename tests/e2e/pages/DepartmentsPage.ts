import type { Page } from 'playwright-core'

export interface UnitFields {
  name?: string
  shortName?: string
  leaderName?: string
  leaderPost?: string
  leaderPhone?: string
  liaisonName?: string
  liaisonPost?: string
  liaisonPhone?: string
}

export class DepartmentsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-departments').click()
    await this.page.getByTestId('department-add').waitFor()
  }

  dialog() {
    return this.page.getByTestId('department-dialog')
  }

  /**
   * The table row (tr) showing `text`. Element Plus renders the rows itself, so the
   * `department-row` hook sits in each row's name cell and marks the row that holds it.
   */
  row(text: string) {
    return this.page.locator('tr', { has: this.page.getByTestId('department-row') }).filter({ hasText: text })
  }

  status(id: number) {
    return this.page.getByTestId(`department-status-${id}`)
  }

  /** `field-<name>` is the input element itself (Element Plus passes attributes through to it). */
  async fill(fields: UnitFields): Promise<void> {
    for (const [field, value] of Object.entries(fields)) {
      await this.page.getByTestId(`field-${field}`).fill(value ?? '')
    }
  }

  async add(fields: UnitFields): Promise<void> {
    await this.page.getByTestId('department-add').click()
    await this.dialog().waitFor()
    await this.fill(fields)
    await this.page.getByTestId('department-save').click()
  }

  /** Edits a unit; `submit: 'enter'` saves from the keyboard as a clerk would. */
  async edit(id: number, fields: UnitFields, submit: 'button' | 'enter' = 'button'): Promise<void> {
    await this.page.getByTestId(`department-edit-${id}`).click()
    await this.dialog().waitFor()
    await this.fill(fields)
    if (submit === 'enter') await this.page.keyboard.press('Enter')
    else await this.page.getByTestId('department-save').click()
  }

  async toggle(id: number): Promise<void> {
    await this.page.getByTestId(`department-toggle-${id}`).click()
  }

  /** The error shown under a form field (Element Plus el-form-item__error). */
  fieldError(field: string) {
    return this.page.locator('.el-form-item', { has: this.page.getByTestId(`field-${field}`) }).locator('.el-form-item__error')
  }
}
