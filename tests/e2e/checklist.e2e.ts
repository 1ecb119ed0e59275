import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChecklistAdjustmentDto } from '../../src-shared/domain/checklist'
import type { SpecialDirectoryDto } from '../../src-shared/domain/specialDirectories'
import type { TargetPageDto } from '../../src-shared/domain/targets'
import { ChecklistPage } from './pages/ChecklistPage'
import { TargetsPage } from './pages/TargetsPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file edits the checklist and fills a special directory: it runs on a server of its own, so
// the shared server's suites still see the pristine demo county.
let server: OwnServer
const callApi = <T>(channel: string, input?: unknown) => server.callApi<T>(channel, input)
const shots = process.env.SCREENSHOT_DIR

describe('checklist and special directories, through the real UI', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    server = await startOwnServer()
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
  })
  afterAll(async () => {
    await browser?.close()
    server?.stop()
  })

  it('edits a checklist item with a reason and shows the change, field by field, in 调整记录', async () => {
    const checklist = new ChecklistPage(page)
    await checklist.open()
    await checklist.edit('SCJG-001', { content: '食品经营许可及公示情况；进货查验记录；临近保质期食品管理。' }, '依据新修订的食品经营监督检查办法调整检查内容')
    await checklist.dialog().waitFor({ state: 'hidden' })

    await checklist.showAdjustments()
    const row = checklist.adjustmentRow('依据新修订的食品经营监督检查办法调整检查内容')
    await row.waitFor()
    expect(await row.innerText()).toContain('SCJG-001')
    expect(await row.innerText()).toContain('检查内容')
    expect(await row.innerText()).toContain('临近保质期食品管理')
    expect(await row.innerText()).toContain('未公布')
    if (shots) await page.screenshot({ path: `${shots}/checklist-adjustments.png` })

    const [latest] = await callApi<ChecklistAdjustmentDto[]>('checklist:adjustments')
    expect(latest).toMatchObject({ kind: '修改', code: 'SCJG-001', reason: '依据新修订的食品经营监督检查办法调整检查内容' })
  })

  it('creates a special directory from the filtered list, adds the targets by filter and filters the list by it', async () => {
    const expected = (await callApi<TargetPageDto>('directory:searchTargets', { text: '鑫源' })).total
    expect(expected).toBeGreaterThan(0)
    const targets = new TargetsPage(page)
    await targets.open()
    await targets.search('鑫源')

    await page.getByTestId('special-directories-open').click()
    const dialog = page.getByTestId('special-directories-dialog')
    await dialog.getByTestId('special-directory-add').click()
    await dialog.getByTestId('special-directory-name').fill('鑫源字号专项名录库（测试）')
    expect(await dialog.getByTestId('special-directory-filter').innerText()).toContain('关键词：鑫源')
    await dialog.getByTestId('special-directory-save').click()
    await dialog.getByTestId('special-directory-row').filter({ hasText: '鑫源字号专项名录库（测试）' }).waitFor()

    const directory = (await callApi<SpecialDirectoryDto[]>('specialDirectories:list')).find((d) => d.name === '鑫源字号专项名录库（测试）')!
    await dialog.getByTestId(`special-directory-fill-${directory.id}`).click()
    const confirm = page.locator('.el-message-box')
    await confirm.waitFor()
    expect(await confirm.innerText()).toContain(`共找到 ${expected.toLocaleString()} 个检查对象`)
    await confirm.getByRole('button', { name: '全部加入' }).click()
    await expect.poll(async () => dialog.getByTestId(`special-directory-count-${directory.id}`).innerText()).toBe(expected.toLocaleString())
    if (shots) await page.screenshot({ path: `${shots}/special-directories.png` })

    const answered = page.waitForResponse((r) => decodeURIComponent(r.url()).includes('directory:searchTargets') && r.request().postData()?.includes(`"specialDirectoryId":${directory.id}`) === true)
    await dialog.getByTestId(`special-directory-show-${directory.id}`).click()
    await answered
    await page.locator('[data-testid="target-results"][data-state="ready"]').waitFor()
    expect(await targets.totalText()).toContain(String(expected))
    for (const name of await targets.names()) expect(name).toContain('鑫源')

    const page1 = await callApi<TargetPageDto>('directory:searchTargets', { specialDirectoryId: directory.id })
    expect(page1.total).toBe(expected)
  })
})
