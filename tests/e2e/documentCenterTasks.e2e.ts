import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import type { IssuedDocumentDto } from '../../src-shared/domain/documentCatalog'
import type { DrawCommitmentDto } from '../../src-shared/domain/drawSession'
import type { TaskNoticesDto } from '../../src-shared/domain/notices'
import type { TargetPageDto } from '../../src-shared/domain/targets'
import type { TaskDto, TaskFormOptionsDto } from '../../src-shared/domain/tasks'
import { DocumentsPage } from './pages/DocumentsPage'
import { TaskPapersPage } from './pages/TaskPapersPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds a task, its draws and notices, and issues documents: it runs on a server of its own.
let server: OwnServer
let dir: string
let task: TaskDto
let notices: TaskNoticesDto

/** A 临时抽查 of three targets through the service API: drawn, locked, inspectors matched, notices issued. */
async function setUpTask(): Promise<void> {
  const units = await server.callApi<DepartmentDto[]>('departments:list')
  const unit = (name: string) => units.find((u) => u.name === name)!.id
  const items = (await server.callApi<TaskFormOptionsDto>('tasks:formOptions')).checklistItems
  const targets = (await server.callApi<TargetPageDto>('directory:searchTargets', { status: '存续', riskClass: 'B', kind: '企业', pageSize: 3 })).rows
  task = await server.callApi<TaskDto>('tasks:create', {
    name: '2026年企业公示信息联合抽查（文书中心测试）',
    adHocReason: '上级交办',
    leadDepartmentId: unit('示范县市场监督管理局'),
    participatingDepartmentIds: [unit('示范县应急管理局')],
    checklistItemIds: [items.find((i) => i.code === 'SCJG-005')!.id],
    periodStart: '2026-04-01',
    periodEnd: '2026-05-31'
  })
  const classes = targets.map((t, i) => ({ name: `对象${i + 1}`, filter: { text: t.uscc ?? t.regNo ?? '' }, mode: 'count', count: 1 }))
  const commitment = await server.callApi<DrawCommitmentDto>('draw:commit', { taskId: task.id, classes })
  const witnesses = [{ name: '王见证', unit: '县纪委监委驻局纪检组' }]
  await server.callApi('draw:run', { commitmentId: commitment.id, witnesses, entropy: '3 17 22' })
  await server.callApi('draw:lock', { taskId: task.id })
  const inspectors = await server.callApi<DrawCommitmentDto>('draw:commitInspectors', { taskId: task.id })
  await server.callApi('draw:runInspectors', { commitmentId: inspectors.id, witnesses, entropy: '5 8 13' })
  notices = await server.callApi<TaskNoticesDto>('notices:issue', { taskId: task.id })
}

beforeAll(async () => {
  server = await startOwnServer()
  dir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-task-documents-'))
  await setUpTask()
}, 180_000)
afterAll(() => {
  server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const shots = process.env.SCREENSHOT_DIR

describe('a task’s notices in the 文书中心, through the real UI (issue 9 done-when)', () => {
  let browser: Browser
  let page: Page
  let documents: DocumentsPage
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    documents = new DocumentsPage(page)
  })
  afterAll(async () => browser?.close())

  it('opens from the notices page with the task filled in, previews the first notice, saves them and finds the saved file in the register', async () => {
    expect(notices.notices).toHaveLength(3)
    await new TaskPapersPage(page).openNotices(task.id)
    await page.getByTestId('notices-documents').click()
    await page.getByTestId('document-catalog').waitFor()
    expect(await page.getByTestId('document-kind-inspectionNotices').getAttribute('class')).toContain('active')
    const first = notices.notices[0].numberText.replace(/\s/g, '')
    await expect.poll(async () => (await documents.firstPage().innerText().catch(() => '')).replace(/\s/g, ''), { timeout: 30_000 }).toContain(first)
    expect((await documents.firstPage().innerText()).replace(/\s/g, '')).toContain('行政检查通知书')
    expect(await page.getByTestId('docx-preview').locator('section.docx').count()).toBe(1)
    if (shots) await page.screenshot({ path: join(shots, 'screenshot-documents-notices.png') })
    // The QR code shows inside the page, in its top right corner, as it prints.
    const qrInPage = `(() => {
      const page = document.querySelector('[data-testid=docx-preview] section.docx')
      const img = page && page.querySelector('img')
      if (!img) return false
      const p = page.getBoundingClientRect()
      const q = img.getBoundingClientRect()
      return q.left > p.left + p.width / 2 && q.right <= p.right && q.top >= p.top && q.bottom < p.top + p.height / 4
    })()`
    expect(await page.evaluate(qrInPage)).toBe(true)

    const download = await documents.save()
    expect(download.suggestedFilename()).toBe(`${task.code}行政检查通知书（3份）.docx`)
    const saved = join(dir, 'notices.docx')
    await download.saveAs(saved)
    await documents.openRegister()
    await expect.poll(async () => page.getByTestId('register-row').first().innerText()).toBe(download.suggestedFilename())
    expect(await documents.check(saved)).toContain('这份文件由本办公室于')
  })

  it('saves the record forms as a zip of one file per target, each registered', async () => {
    await page.getByRole('tab', { name: '文书目录' }).click()
    await documents.choose('recordForms')
    await expect.poll(async () => (await documents.firstPage().innerText().catch(() => '')).replace(/\s/g, ''), { timeout: 30_000 }).toContain('实地核查记录表')
    await documents.choosePerTarget()
    const download = await documents.save()
    expect(download.suggestedFilename()).toBe(`${task.code}实地核查记录表（3份，每对象一个文件）.zip`)
    const saved = join(dir, 'forms.zip')
    await download.saveAs(saved)
    const names = Object.keys(unzipSync(readFileSync(saved)))
    expect(names).toHaveLength(3)
    for (const n of notices.notices) expect(names.some((name) => name.startsWith(`${n.numberText}_`))).toBe(true)
    const register = await server.callApi<IssuedDocumentDto[]>('documents:register')
    expect(register.filter((r) => r.kind === 'recordForms').map((r) => r.fileName).sort()).toEqual([...names, download.suggestedFilename()].sort())
  })
})
