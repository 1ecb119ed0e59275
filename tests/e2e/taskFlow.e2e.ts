import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import type { DrawCommitmentDto, TaskDrawsDto } from '../../src-shared/domain/drawSession'
import type { TaskNoticesDto } from '../../src-shared/domain/notices'
import type { TaskDto, TaskFormOptionsDto, TaskSummaryDto } from '../../src-shared/domain/tasks'
import { docxXml } from '../support/docxXml'
import { DrawPage } from './pages/DrawPage'
import { TaskPage } from './pages/TaskPage'
import { TaskPapersPage } from './pages/TaskPapersPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// issue 8 "done when": from a plan item to printed notices. It adds tasks, draws and notices, so it
// runs on a server of its own (tests/e2e/support/startOwnServer.ts).
let server: OwnServer
let dir: string
beforeAll(async () => {
  server = await startOwnServer()
  dir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-flow-'))
})
afterAll(() => {
  server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const shots = process.env.SCREENSHOT_DIR
const TASK_NAME = '特种设备使用单位安全联合检查（流程测试）'
const witness = { name: '王见证', unit: '县纪委监委驻局纪检组' }

/**
 * Another task, set up behind the screen, that draws `target` in an overlapping on-site window:
 * the visit the clerk merges (004 §(二十) 进一次门、查多项事).
 */
async function otherTaskDrawing(target: { code: string }): Promise<TaskDto> {
  const units = await server.callApi<DepartmentDto[]>('departments:list')
  const items = (await server.callApi<TaskFormOptionsDto>('tasks:formOptions')).checklistItems
  const other = await server.callApi<TaskDto>('tasks:create', {
    name: '消防安全重点单位专项检查（流程测试）',
    adHocReason: '县安委会交办：对使用锅炉、压力容器的单位同步开展消防安全检查',
    leadDepartmentId: units.find((u) => u.name === '示范县消防救援大队')!.id,
    checklistItemIds: [items.find((i) => i.code === 'XFJY-001')!.id],
    periodStart: '2026-05-01',
    periodEnd: '2026-05-31'
  })
  const commitment = await server.callApi<DrawCommitmentDto>('draw:commit', {
    taskId: other.id,
    classes: [{ name: '被交办对象', filter: { text: target.code }, mode: 'count', count: 1 }],
    targeted: true
  })
  await server.callApi('draw:run', { commitmentId: commitment.id, witnesses: [witness], entropy: '9 27 4' })
  return other
}

describe('a joint task from its plan item to printed notices, through the real UI (issue 8)', () => {
  let browser: Browser
  let page: Page
  let task: TaskSummaryDto
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
  })
  afterAll(async () => browser?.close())

  it('creates the task from an item of the 2026 plan and writes and approves its 实施方案', async () => {
    const tasks = new TaskPage(page)
    await tasks.openTasks()
    await tasks.createFromPlanItem('特种设备使用单位安全联合检查', TASK_NAME)
    expect(await page.getByTestId('task-status').innerText()).toBe('草拟')
    await page.getByTestId('task-plan-scope').fill('全县特种设备使用单位名录库内在用的特种设备使用单位')
    await page.getByTestId('task-plan-save').click()
    await page.getByText('实施方案已保存').waitFor()
    await tasks.planStep('拟稿', '张明')
    await tasks.planStep('审核', '王科长')
    await tasks.planStep('批准', '李局长', '全体会议')
    expect(await tasks.planStatus()).toBe('已批准')
    task = (await server.callApi<TaskSummaryDto[]>('tasks:list')).find((t) => t.name === TASK_NAME)!
    expect(task.planItemName).toBe('特种设备使用单位安全联合检查')
  })

  it('draws the targets, locks the list with its 抽查任务公告 and draws the inspectors', async () => {
    const draw = new DrawPage(page)
    await page.getByTestId('task-next-draw').click()
    await page.getByTestId('draw-preview').waitFor()
    await draw.drawByCount(3)
    await draw.preview()
    await draw.commit()
    await draw.draw(witness, '03 17 22 41 09')
    await expect.poll(async () => draw.resultTargets().count()).toBe(3)
    const announcement = await draw.lock()
    expect(announcement.suggestedFilename()).toMatch(/抽查任务公告\.docx$/)
    await draw.drawInspectors({ name: '李见证', unit: '县司法局' }, '5 8 13')
    expect(await page.getByTestId('draw-status').innerText()).toContain('已匹配人员')
  })

  it('merges the visit another task makes to one of the drawn targets in the same weeks', async () => {
    const draws = await server.callApi<TaskDrawsDto>('draw:taskDraws', { taskId: task.id })
    const shared = draws.current!.targets[0]
    const other = await otherTaskDrawing({ code: shared.identifier })
    const papers = new TaskPapersPage(page)
    await papers.openVisits(task.id)
    await expect.poll(() => page.getByTestId('merge-candidates').innerText()).toContain(shared.name)
    await papers.merge(shared.targetId, other.id)
    await expect.poll(() => page.getByTestId('merged-visits').innerText()).toContain(shared.name)
    if (shots) await page.screenshot({ path: `${shots}/task-flow-merged.png`, fullPage: true })
  })

  it('issues the numbered notices and exports them all in one Word file', async () => {
    const papers = new TaskPapersPage(page)
    await page.getByTestId('go-notices').click()
    await page.getByTestId('notices-title').waitFor()
    await expect.poll(() => page.getByTestId('pending').innerText()).toContain('待印发 3 份')
    await page.getByTestId('issue-notices').click()
    await papers.confirm('印发编号')
    await expect.poll(() => papers.noticeRows().count()).toBe(3)
    await expect.poll(() => page.getByTestId('task-status').innerText()).toBe('实施中')
    const notices = (await server.callApi<TaskNoticesDto>('notices:list', { taskId: task.id })).notices
    const seqs = notices.map((n) => n.seq).sort((a, b) => a - b)
    expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2])

    const download = await papers.download('export-notices')
    expect(download.suggestedFilename()).toMatch(/行政检查通知书（3份）\.docx$/)
    const file = join(dir, 'notices.docx')
    await download.saveAs(file)
    const body = docxXml(readFileSync(file)).part('word/document.xml').replace(/<[^>]+>/g, '')
    for (const notice of notices) {
      expect(body).toContain(notice.numberText)
      expect(body).toContain(notice.targetName)
    }
    // The merged visit's notice lists the other task's item too.
    expect(body).toContain('消防安全重点单位')
    if (shots) await page.screenshot({ path: `${shots}/task-flow-notices.png`, fullPage: true })
  })
})
