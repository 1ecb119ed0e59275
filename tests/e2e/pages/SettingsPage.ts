import type { Page } from 'playwright-core'

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click()
    await this.page.getByTestId('settings-save').waitFor()
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
