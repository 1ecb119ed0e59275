import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click()
    await this.page.getByTestId('settings-save').waitFor()
    // The form fills itself from the server after it appears; a field typed into before that would
    // be overwritten, so wait until the stored county name is in.
    await expect.poll(async () => this.field('countyName').inputValue()).not.toBe('')
  }

  field(name: string) {
    return this.page.getByTestId(`field-${name}`)
  }

  async save(): Promise<void> {
    await this.page.getByTestId('settings-save').click()
  }

  fieldError(name: string) {
    return this.page.locator('.el-form-item', { has: this.field(name) }).locator('.el-form-item__error')
  }
}
