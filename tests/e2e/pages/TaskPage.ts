import type { Page } from 'playwright-core'

/** A task's page (/tasks/:id): the dialog that creates it, the 实施方案 with its approval, the route table. */
export class TaskPage {
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
  }

  /** Creates a task from a plan item (its fields prefilled); the app opens the task's page. */
  async createFromPlanItem(itemName: string, taskName: string): Promise<void> {
    await this.page.getByTestId('task-add').click()
    await this.page.getByTestId('task-dialog').waitFor()
    await this.choose('task-field-planItem', itemName)
    await this.page.getByTestId('task-planItem-note').waitFor()
    await this.page.getByTestId('task-field-name').fill(taskName)
    await this.page.getByTestId('task-save').click()
    await this.page.getByTestId('task-next').waitFor()
  }

  async planStatus(): Promise<string> {
    return (await this.page.getByTestId('task-plan-status').innerText()).trim()
  }

  /** Records an approval step in its dialog and waits for the plan to move on. */
  async planStep(step: '拟稿' | '审核' | '批准' | '退回修改', name: string, meeting?: string): Promise<void> {
    const before = await this.planStatus()
    await this.page.getByTestId(`task-plan-step-${step}`).click()
    const dialog = this.page.getByTestId('task-plan-step-dialog')
    await dialog.waitFor()
    await this.page.getByTestId('task-plan-step-name').fill(name)
    if (meeting) await this.choose('task-plan-step-meeting', meeting)
    await this.page.getByTestId('task-plan-step-save').click()
    for (let waited = 0; (await this.planStatus()) === before && waited < 10_000; waited += 50) await this.page.waitForTimeout(50)
  }
}
