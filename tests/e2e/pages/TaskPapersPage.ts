import type { Download, Page } from 'playwright-core'

/** The task's 合并检查与预查比对 page (/tasks/:id/visits) and 通知书与记录表 page (/tasks/:id/notices). */
export class TaskPapersPage {
  constructor(readonly page: Page) {}

  async openVisits(taskId: number): Promise<void> {
    await this.page.evaluate(`window.location.hash = '#/tasks/${taskId}/visits'`)
    await this.page.getByTestId('visits-title').waitFor()
  }

  async openNotices(taskId: number): Promise<void> {
    await this.page.evaluate(`window.location.hash = '#/tasks/${taskId}/notices'`)
    await this.page.getByTestId('notices-title').waitFor()
  }

  /** Clicks the confirm button of the open message box. */
  async confirm(text: string): Promise<void> {
    await this.page.locator('.el-message-box__btns button', { hasText: text }).click()
  }

  async merge(targetId: number, otherTaskId: number): Promise<void> {
    await this.page.getByTestId(`merge-${targetId}-${otherTaskId}`).click()
    await this.confirm('合并')
  }

  async stop(targetId: number, reason: '注销/吊销' | '无法联系' | '迁出', note: string): Promise<void> {
    await this.page.getByTestId(`stop-${targetId}`).click()
    await this.page.getByTestId('stop-reason').getByText(reason, { exact: true }).click()
    await this.page.getByTestId('stop-note').fill(note)
    await this.page.getByTestId('stop-confirm').click()
  }

  noticeRows() {
    return this.page.getByTestId('notices-table').locator('tbody tr')
  }

  async download(testId: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()])
    return download
  }
}
