import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import type { TaskDto, TaskFormOptionsDto } from '../../src-shared/domain/tasks'
import type { TargetPageDto } from '../../src-shared/domain/targets'
import type { DrawCommitmentDto } from '../../src-shared/domain/drawSession'
import type { TaskNoticesDto } from '../../src-shared/domain/notices'
import { docxXml } from '../support/docxXml'
import { TaskPapersPage } from './pages/TaskPapersPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds tasks, draws and notices: it runs on a server of its own (tests/e2e/support/startOwnServer.ts).
let server: OwnServer
let dir: string
let taskA: number
let taskB: number
let targets: { id: number; name: string; code: string }[]

/** Two tasks with overlapping windows that both draw `shared`; groups come with the current draw. */
async function setUpTasks(): Promise<void> {
  const units = await server.callApi<DepartmentDto[]>('departments:list')
  const unit = (name: string) => units.find((u) => u.name === name)!.id
  const items = (await server.callApi<TaskFormOptionsDto>('tasks:formOptions')).checklistItems
  const item = (code: string) => items.find((i) => i.code === code)!.id
  const page = await server.callApi<TargetPageDto>('directory:searchTargets', { status: '存续', riskClass: 'B', kind: '企业', pageSize: 3 })
  targets = page.rows.map((t) => ({ id: t.id, name: t.name, code: t.uscc ?? t.regNo ?? '' }))
  const classFor = (t: { code: string }, i: number) => ({ name: `对象${i + 1}`, filter: { text: t.code }, mode: 'count', count: 1 })
  const task = async (name: string, picks: typeof targets, periodStart: string, periodEnd: string, codes: string[]) => {
    const created = await server.callApi<TaskDto>('tasks:create', {
      name,
      leadDepartmentId: unit('示范县市场监督管理局'),
      participatingDepartmentIds: [unit('示范县应急管理局')],
      adHocReason: '上级交办的专项抽查（测试）',
      checklistItemIds: codes.map(item),
      periodStart,
      periodEnd
    })
    const commitment = await server.callApi<DrawCommitmentDto>('draw:commit', { taskId: created.id, classes: picks.map(classFor) })
    await server.callApi('draw:run', { commitmentId: commitment.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '3 17 22' })
    // 确认锁定并下发, then the inspector draw: notices need every visit's group (issue 8 §3).
    await server.callApi('draw:lock', { taskId: created.id })
    const inspectors = await server.callApi<DrawCommitmentDto>('draw:commitInspectors', { taskId: created.id })
    await server.callApi('draw:runInspectors', { commitmentId: inspectors.id, witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }], entropy: '5 8 13' })
    return created.id
  }
  taskA = await task('2026年企业公示信息联合抽查（通知书测试）', targets, '2026-04-01', '2026-05-31', ['SCJG-005'])
  taskB = await task('2026年工贸安全联合抽查（通知书测试）', [targets[1]], '2026-05-01', '2026-06-30', ['YJGL-002'])
}

beforeAll(async () => {
  server = await startOwnServer()
  dir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-papers-'))
  await setUpTasks()
}, 180_000)
afterAll(() => {
  server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const shots = process.env.SCREENSHOT_DIR

describe('merged visits, 预查比对 and notices, through the real UI', () => {
  let browser: Browser
  let page: Page
  let papers: TaskPapersPage
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    papers = new TaskPapersPage(page)
  })
  afterAll(async () => browser?.close())

  it('merges the target both tasks drew and marks one target 不再检查 (注销) with its reason', async () => {
    await papers.openVisits(taskA)
    const candidates = page.getByTestId('merge-candidates')
    await expect.poll(() => candidates.innerText()).toContain(targets[1].name)
    await papers.merge(targets[1].id, taskB)
    await expect.poll(() => page.getByTestId('merged-visits').innerText()).toContain(targets[1].name)
    expect(await candidates.innerText()).toContain('没有可合并的对象')

    await papers.stop(targets[2].id, '注销/吊销', '2026年3月20日已注销')
    await expect.poll(() => page.getByTestId(`outcome-${targets[2].id}`).innerText()).toBe('不再检查：已注销吊销')
    if (shots) await page.screenshot({ path: `${shots}/task-visits.png`, fullPage: true })
  })

  it('issues numbered notices, reprints one with its number, voids one with a reason and exports the batch and the record forms', async () => {
    await papers.openNotices(taskA)
    await expect.poll(() => page.getByTestId('pending').innerText()).toContain('待印发 2 份')
    await page.getByTestId('issue-notices').click()
    await papers.confirm('印发编号')
    await expect.poll(() => papers.noticeRows().count()).toBe(2)
    // The register of the year continues after the demo county's own notices (issue 8 §8).
    const [first, second] = (await server.callApi<TaskNoticesDto>('notices:list', { taskId: taskA })).notices.sort((a, b) => a.seq - b.seq)
    expect(second.seq).toBe(first.seq + 1)
    const table = await page.getByTestId('notices-table').innerText()
    expect(table).toContain(`部门联合双随机抽检字【2026】第 ${first.seq} 号`)
    expect(table).toContain(`部门联合双随机抽检字【2026】第 ${second.seq} 号`)
    await expect.poll(() => page.getByTestId('task-status').innerText()).toBe('实施中')

    const reprint = await papers.download(`reprint-${first.seq}`)
    expect(reprint.suggestedFilename()).toBe(`行政检查通知书部门联合双随机抽检字【2026】第 ${first.seq} 号.docx`)

    await page.getByTestId(`void-${second.seq}`).click()
    await page.locator('.el-message-box__input input').fill('检查日期变更，重新印发')
    await papers.confirm('作废')
    await expect.poll(() => page.getByTestId('notices-table').innerText()).toContain('检查日期变更，重新印发')
    expect(await page.getByTestId('notices-table').innerText()).toContain('作废')

    const batch = await papers.download('export-notices')
    const file = join(dir, 'notices.docx')
    await batch.saveAs(file)
    const body = docxXml(readFileSync(file)).part('word/document.xml').replace(/<[^>]+>/g, '')
    expect(body).toContain(first.numberText)
    expect(body).not.toContain(second.numberText)
    const forms = await papers.download('export-record-forms')
    expect(forms.suggestedFilename()).toMatch(/实地核查记录表（2份）\.docx$/)
    if (shots) await page.screenshot({ path: `${shots}/task-notices.png`, fullPage: true })
  })

  it('shows the merged visit’s notice on the other task’s page too', async () => {
    await papers.openNotices(taskB)
    await expect.poll(() => page.getByTestId('notices-table').innerText()).toContain(targets[1].name)
  })
})
