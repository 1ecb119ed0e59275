import type { Download, Page } from 'playwright-core'

/** 文书中心: the catalogue with its preview, the 文书登记簿 and the 核验 dialog. */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-documents').click()
    await this.page.getByTestId('document-catalog').waitFor()
  }

  async choose(kind: string): Promise<void> {
    await this.page.getByTestId(`document-kind-${kind}`).click()
  }

  /** Picks the option of a parameter select whose label contains `text`. */
  async pickParam(param: string, text: string): Promise<void> {
    await this.page.getByTestId(`document-param-${param}`).click()
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
  }

  /** The first rendered page of the preview (docx-preview draws one section per page). */
  firstPage() {
    return this.page.getByTestId('docx-preview').locator('section.docx').first()
  }

  async save(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('document-save').click()])
    return download
  }

  /** 每个对象一个文件 (a task's notices or record forms as a .zip). */
  async choosePerTarget(): Promise<void> {
    await this.page.getByTestId('document-batch-mode').getByText('每个对象一个文件').click()
  }

  async openRegister(): Promise<void> {
    await this.page.getByRole('tab', { name: '文书登记簿' }).click()
    await this.page.getByTestId('register-table').waitFor()
  }

  /** Chooses a file in the register's drop zone and returns the verdict shown. */
  async check(file: string): Promise<string> {
    await this.page.getByTestId('register-check').locator('input[type=file]').setInputFiles(file)
    const result = this.page.getByTestId('check-result')
    await result.waitFor()
    return result.innerText()
  }

  async verify(text: string): Promise<string> {
    await this.page.getByTestId('open-verify').click()
    await this.page.getByTestId('verify-text').fill(text)
    await this.page.getByTestId('verify-submit').click()
    const result = this.page.getByTestId('verify-result')
    await result.waitFor()
    return result.innerText()
  }
}
