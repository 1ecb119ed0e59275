import type { Page } from 'playwright-core'

/** 抽查事项清单: the list, the item dialog with its reason and effective date, and 调整记录. */
export class ChecklistPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-checklist').click()
    await this.page.getByTestId('checklist-row').first().waitFor()
  }

  dialog() {
    return this.page.getByTestId('checklist-dialog')
  }

  /** Opens an item by its code, changes the fields given and saves with the reason. */
  async edit(code: string, fields: Record<string, string>, reason: string): Promise<void> {
    await this.page.getByTestId(`checklist-edit-${code}`).click()
    await this.dialog().waitFor()
    for (const [field, value] of Object.entries(fields)) await this.dialog().getByTestId(`field-${field}`).fill(value)
    await this.dialog().getByTestId('field-reason').fill(reason)
    await this.dialog().getByTestId('checklist-save').click()
  }

  async showAdjustments(): Promise<void> {
    await this.page.getByTestId('checklist-tab-adjustments').click()
    await this.page.getByTestId('adjustments-table').waitFor()
  }

  adjustmentRow(text: string) {
    return this.page.getByTestId('adjustments-table').locator('tr', { hasText: text })
  }
}
