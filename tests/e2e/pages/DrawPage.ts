import type { Download, Page } from 'playwright-core'

export interface TaskFields {
  name: string
  participating: string
  items: string[]
  periodStart: string
  periodEnd: string
}

/** 联合抽查任务 list, its dialog, and a task's 摇号 screen. */
export class DrawPage {
  constructor(readonly page: Page) {}

  async openTasks(): Promise<void> {
    await this.page.getByTestId('nav-tasks').click()
    await this.page.getByTestId('task-add').waitFor()
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

  /** Creates a 临时抽查 in the dialog; the app opens the task's page, whose next step opens its 摇号 screen. */
  async createTask(fields: TaskFields): Promise<void> {
    await this.page.getByTestId('task-add').click()
    await this.page.getByTestId('task-dialog').waitFor()
    await this.page.getByTestId('task-source-adHoc').click()
    await this.page.getByTestId('task-field-adHocReason').fill('上级交办的专项抽查（测试）')
    await this.page.getByTestId('task-field-name').fill(fields.name)
    await this.choose('task-field-participating', fields.participating)
    for (const item of fields.items) await this.choose('task-field-items', item)
    await this.pickDate('task-field-periodStart', fields.periodStart)
    await this.pickDate('task-field-periodEnd', fields.periodEnd)
    await this.page.getByTestId('task-save').click()
    await this.page.getByTestId('task-next-draw').click()
    await this.page.getByTestId('draw-preview').waitFor()
  }

  /** The first class drawn by a fixed count instead of the risk ratios. */
  async drawByCount(count: number): Promise<void> {
    await this.page.getByTestId('draw-class-0').getByText('按数量').click()
    const input = this.page.getByTestId('draw-count-0').locator('input')
    await input.fill(String(count))
    await input.press('Tab')
  }

  async preview(): Promise<void> {
    await this.page.getByTestId('draw-preview').click()
    await this.page.getByTestId('draw-preview-result').waitFor()
  }

  async commit(): Promise<string> {
    const previous = await this.page.getByTestId('draw-commitment').innerText().catch(() => '')
    await this.page.getByTestId('draw-commit').click()
    const shown = this.page.getByTestId('draw-commitment')
    await shown.waitFor()
    for (let waited = 0; (await shown.innerText()) === previous && waited < 10_000; waited += 50) await this.page.waitForTimeout(50)
    return shown.innerText()
  }

  async draw(witness: { name: string; unit: string }, entropy: string, redrawReason?: string): Promise<void> {
    await this.page.getByTestId('draw-witness-name-0').fill(witness.name)
    await this.page.getByTestId('draw-witness-unit-0').fill(witness.unit)
    await this.page.getByTestId('draw-entropy').fill(entropy)
    await this.page.getByTestId('draw-run').click()
    if (redrawReason !== undefined) {
      const box = this.page.locator('.redraw-confirm')
      await box.waitFor()
      await box.locator('input').fill(redrawReason)
      await box.getByRole('button', { name: '重新摇号' }).click()
    }
  }

  /** 确认锁定并下发: confirms in the dialog; the 抽查任务公告 downloads at once. */
  async lock(): Promise<Download> {
    await this.page.getByTestId('draw-lock').click()
    const box = this.page.locator('.lock-confirm')
    await box.waitFor()
    const [download] = await Promise.all([this.page.waitForEvent('download'), box.getByRole('button', { name: '确认锁定并下发' }).click()])
    await this.page.getByTestId('draw-locked').waitFor()
    return download
  }

  /** Step 3: the inspector commitment, then the draw with a witness. */
  async drawInspectors(witness: { name: string; unit: string }, entropy: string): Promise<string> {
    await this.page.getByTestId('draw-inspectors-commit').click()
    const shown = this.page.getByTestId('draw-inspectors-commitment')
    await shown.waitFor()
    const commitment = await shown.innerText()
    await this.page.getByTestId('draw-inspectors-witness-name-0').fill(witness.name)
    await this.page.getByTestId('draw-inspectors-witness-unit-0').fill(witness.unit)
    await this.page.getByTestId('draw-inspectors-entropy').fill(entropy)
    await this.page.getByTestId('draw-inspectors-run').click()
    await this.page.getByTestId('draw-inspectors-done').waitFor()
    return commitment
  }

  resultTargets() {
    return this.page.getByTestId('draw-result').getByTestId('draw-target')
  }

  async download(testId: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()])
    return download
  }
}
