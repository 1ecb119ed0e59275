import type { Page } from 'playwright-core'

/** The Excel import dialog (components/ImportDialog.vue), on whichever screen opened it. */
export class ImportDialogPage {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByTestId('import-dialog')
  }

  /** Chooses a file and waits until the service has checked it (the preview is shown). */
  async choose(path: string): Promise<void> {
    const checked = this.page.waitForResponse((r) => r.url().includes('imports%3Apreview') || r.url().includes('imports:preview'))
    await this.page.getByTestId('import-file').setInputFiles(path)
    await checked
    await this.page.getByTestId('import-summary').waitFor()
  }

  async counts(): Promise<{ new: string; updated: string; unchanged: string; invalid: string }> {
    const text = (id: string) => this.page.getByTestId(id).innerText()
    return { new: await text('count-new'), updated: await text('count-updated'), unchanged: await text('count-unchanged'), invalid: await text('count-invalid') }
  }

  /** The report table's rows as [行号, 列, 问题]. */
  async issues(): Promise<string[][]> {
    const rows = this.page.locator('[data-testid="import-report"] .el-table__body tr')
    const count = await rows.count()
    const result: string[][] = []
    for (let i = 0; i < count; i++) result.push(await rows.nth(i).locator('td').allInnerTexts())
    return result
  }

  async importAll(): Promise<void> {
    await this.page.getByTestId('import-run').click()
    await this.page.locator('[data-testid="import-dialog"][data-step="done"]').waitFor()
  }

  async importValidOnly(): Promise<void> {
    await this.page.getByTestId('import-skip-invalid').click()
    await this.page.locator('[data-testid="import-dialog"][data-step="done"]').waitFor()
  }

  async close(): Promise<void> {
    await this.page.getByTestId('import-cancel').click()
    await this.dialog().waitFor({ state: 'hidden' })
  }
}
