import type { Page } from 'playwright-core'

export class DashboardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-dashboard').click()
  }

  async count(key: string): Promise<number> {
    const text = await this.page.getByTestId(`count-${key}-value`).innerText()
    return Number(text.replace(/[^\d]/g, ''))
  }

  demoBanner() {
    return this.page.getByTestId('demo-banner')
  }
}
