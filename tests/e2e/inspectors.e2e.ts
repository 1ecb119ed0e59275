import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InspectorDto } from '../../src-shared/domain/inspectors'
import { InspectorsPage } from './pages/InspectorsPage'
import { launchBrowser } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

describe('执法检查人员名录库, through the real UI', () => {
  let browser: Browser
  let page: Page
  let server: OwnServer
  beforeAll(async () => {
    server = await startOwnServer()
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })
    page = await context.newPage()
    await page.goto(server.appUrl)
  })
  afterAll(async () => {
    await browser?.close()
    server?.stop()
  })

  it('adds a person, refuses a second one with the same 执法证号 beside the field, and finds the first by name', async () => {
    const inspectors = new InspectorsPage(page)
    await inspectors.open()
    if (process.env.SPOTCHECK_SCREENSHOTS) await page.screenshot({ path: join(process.env.SPOTCHECK_SCREENSHOTS, 'inspectors.png') })
    await inspectors.add({ name: '欧阳明远', certNo: 'E2E0322001' })
    await inspectors.dialog().waitFor({ state: 'hidden' })

    await inspectors.add({ name: '司马青', certNo: 'e2e 0322001' })
    const error = inspectors.dialog().locator('.el-form-item__error')
    await error.waitFor()
    expect(await error.innerText()).toContain('已登记为')
    expect(await error.innerText()).toContain('欧阳明远')
    await inspectors.dialog().getByRole('button', { name: '取消' }).click()

    await inspectors.search('欧阳')
    expect(await inspectors.names()).toEqual(['欧阳明远'])
    const stored = await server.callApi<InspectorDto[]>('inspectors:search', { text: '司马' })
    expect(stored).toEqual([])
  })
})
