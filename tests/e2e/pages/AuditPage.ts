import type { Page } from 'playwright-core'

export class AuditPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-audit').click()
    await this.page.getByTestId('audit-table').waitFor()
  }

  summaries() {
    return this.page.getByTestId('audit-summary')
  }
}
