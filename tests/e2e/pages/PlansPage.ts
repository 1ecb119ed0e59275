import type { Page } from 'playwright-core'

export interface PlanItemFields {
  name: string
  participating?: string
  checklist: string[]
  kind?: string
  periodStart: string
  periodEnd: string
}

/** 年度抽查计划: the year's plan, the item dialog (draft items and adjustments) and the exports. */
export class PlansPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-plans').click()
    await this.page.getByTestId('plan-create').waitFor()
  }

  async createPlan(year: number): Promise<void> {
    await this.page.getByTestId('plan-create').click()
    const box = this.page.locator('.el-message-box')
    await box.locator('input').fill(String(year))
    await box.getByRole('button', { name: '新建' }).click()
    await this.page.getByTestId('plan-title').filter({ hasText: `${year}年度` }).waitFor()
  }

  /** Picks the option showing `text` in the Element Plus select `testId`. */
  async choose(testId: string, text: string): Promise<void> {
    const open = this.page.locator('.el-select__popper:visible')
    for (let waited = 0; (await open.count()) > 0 && waited < 5000; waited += 50) await this.page.waitForTimeout(50)
    await this.page.getByTestId(testId).click()
    await this.page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
    await this.page.keyboard.press('Escape')
  }

  async pickDate(testId: string, date: string): Promise<void> {
    const input = this.page.getByTestId(testId).locator('input')
    await input.fill(date)
    await input.press('Enter')
  }

  dialog() {
    return this.page.getByTestId('plan-item-dialog')
  }

  /** Fills the item dialog (already open). */
  async fillItem(fields: PlanItemFields): Promise<void> {
    await this.dialog().waitFor()
    await this.page.getByTestId('plan-item-name').fill(fields.name)
    if (fields.participating) await this.choose('plan-item-participating', fields.participating)
    for (const item of fields.checklist) await this.choose('plan-item-checklist', item)
    if (fields.kind) await this.choose('plan-item-kind', fields.kind)
    await this.pickDate('plan-item-periodStart', fields.periodStart)
    await this.pickDate('plan-item-periodEnd', fields.periodEnd)
  }

  estimate() {
    return this.page.getByTestId('plan-item-estimate')
  }

  async save(): Promise<void> {
    await this.page.getByTestId('plan-item-save').click()
    await this.dialog().waitFor({ state: 'hidden' })
  }

  itemRows() {
    return this.page.getByTestId('plan-items').locator('tbody tr')
  }

  async publish(): Promise<void> {
    await this.page.getByTestId('plan-publish').click()
    await this.page.locator('.el-message-box').getByRole('button', { name: '发布' }).click()
    await this.page.getByTestId('plan-status').filter({ hasText: '已发布' }).waitFor()
  }
}
