import type { Page } from 'playwright-core'

/** 执法检查人员名录库: filter bar, table and the edit dialog. */
export class InspectorsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-inspectors').click()
    await this.page.getByTestId('inspector-add').waitFor()
  }

  async search(text: string): Promise<void> {
    const answered = this.page.waitForResponse((r) => decodeURIComponent(r.url()).includes('inspectors:search') && r.request().postData()?.includes(text) === true)
    await this.page.getByTestId('inspector-search').fill(text)
    await answered
  }

  names(): Promise<string[]> {
    return this.page.getByTestId('inspector-row').allInnerTexts()
  }

  dialog() {
    return this.page.getByTestId('inspector-dialog')
  }

  /** Fills the dialog for a new person of the first department and saves. */
  async add(fields: { name: string; certNo: string }): Promise<void> {
    await this.page.getByTestId('inspector-add').click()
    const dialog = this.dialog()
    await dialog.getByTestId('field-departmentId').click()
    await this.page.locator('.el-select-dropdown__item:visible').first().click()
    await dialog.getByTestId('field-name').fill(fields.name)
    await dialog.getByTestId('field-certNo').fill(fields.certNo)
    await dialog.getByTestId('inspector-save').click()
  }
}
