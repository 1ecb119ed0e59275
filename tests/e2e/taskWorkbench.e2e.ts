import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TaskRouteDto } from '../../src-shared/domain/taskRoute'
import type { TaskSummaryDto } from '../../src-shared/domain/tasks'
import type { DrawCommitmentDto } from '../../src-shared/domain/drawSession'
import { TaskPage } from './pages/TaskPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds a task, approves its plan and draws: it runs on a server of its own.
let server: OwnServer
beforeAll(async () => {
  server = await startOwnServer()
})
afterAll(() => server?.stop())

const shots = process.env.SCREENSHOT_DIR
const TASK_NAME = '餐饮服务单位食品安全和消防安全联合检查（第一批）'

describe('a joint task from a plan item to its route table, through the real UI (issue 8 §1–§2)', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
  })
  afterAll(async () => browser?.close())

  it('creates a task from an item of the demo plan, prefilled, and opens its page at 草拟 with the draw as next step', async () => {
    const task = new TaskPage(page)
    await task.openTasks()
    await task.createFromPlanItem('餐饮服务单位食品安全和消防安全联合检查', TASK_NAME)
    expect(await page.getByTestId('task-title').innerText()).toContain(TASK_NAME)
    expect(await page.getByTestId('task-status').innerText()).toBe('草拟')
    const summary = await page.getByTestId('task-summary').innerText()
    expect(summary).toContain('示范县市场监督管理局')
    expect(summary).toContain('示范县消防救援大队')
    expect(await page.getByTestId('task-next-draw').isVisible()).toBe(true)
  })

  it('writes the 实施方案 and takes it through 拟稿, 审核 and 批准 with the meeting that decided it; then it is read-only', async () => {
    const task = new TaskPage(page)
    expect(await task.planStatus()).toBe('拟稿中')
    expect(await page.getByTestId('task-plan-content').inputValue()).toContain('示范县市场监督管理局')
    await page.getByTestId('task-plan-scope').fill('全县餐饮服务单位名录库内在营的餐饮服务单位')
    await task.choose('task-plan-method-A', '书面检查')
    await page.getByTestId('task-plan-save').click()
    await page.getByText('实施方案已保存').waitFor()
    await task.planStep('拟稿', '张明')
    expect(await task.planStatus()).toBe('待审核')
    await task.planStep('审核', '王科长')
    expect(await task.planStatus()).toBe('待批准')
    await task.planStep('批准', '李局长', '全体会议')
    expect(await task.planStatus()).toBe('已批准')
    const approval = await page.getByTestId('task-plan-approval').innerText()
    expect(approval).toContain('批准：李局长')
    expect(await page.getByTestId('task-plan-save').count()).toBe(0)
    expect(await page.getByTestId('task-plan-scope').isDisabled()).toBe(true)
    if (shots) await page.screenshot({ path: `${shots}/task-plan.png`, fullPage: true })
  })

  it('shows the route table after a draw and plans every visit on a working day of the window', async () => {
    const task = (await server.callApi<TaskSummaryDto[]>('tasks:list')).find((t) => t.name === TASK_NAME)!
    const settings = { taskId: task.id, classes: [{ name: '企业', filter: { kind: '企业' }, mode: 'count', count: 8 }] }
    const commitment = await server.callApi<DrawCommitmentDto>('draw:commit', settings)
    await server.callApi('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '03 17 22' })
    // The route needs the groups: 确认锁定并下发, then the inspector draw (issue 8 §3).
    await server.callApi('draw:lock', { taskId: task.id })
    const inspectors = await server.callApi<DrawCommitmentDto>('draw:commitInspectors', { taskId: task.id })
    await server.callApi('draw:runInspectors', { commitmentId: inspectors.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '5 8 13' })

    await page.reload()
    await page.getByTestId('task-route-table').waitFor()
    expect(await page.getByTestId('task-target-count').innerText()).toBe('8 户')
    expect(await page.getByTestId('task-route-target').count()).toBe(8)
    expect(await page.getByTestId('task-edit').isDisabled()).toBe(true)
    await page.getByTestId('task-route-generate').click()
    await page.getByText('已安排8户的检查日期').waitFor()

    const route = await server.callApi<TaskRouteDto>('tasks:route', { taskId: task.id })
    expect(route.unscheduled).toBe(0)
    for (const row of route.rows) {
      expect(route.workingDays).toContain(row.date)
      expect(row.leader).not.toBe('')
    }
    const firstDate = await page.getByTestId('task-route-date').first().locator('input').inputValue()
    expect(firstDate).toBe(route.rows[0].date)
    if (shots) await page.screenshot({ path: `${shots}/task-route.png`, fullPage: true })
  })
})
