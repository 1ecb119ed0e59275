import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TargetDetailDto, TargetPageDto } from '../../src-shared/domain/targets'
import { TargetsPage } from './pages/TargetsPage'
import { launchBrowser } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

describe('检查对象名录库, through the real UI', () => {
  let browser: Browser
  let page: Page
  let server: OwnServer
  // This suite adds and deregisters targets: it runs on a server of its own, so the shared
  // server's suites still see the pristine demo county.
  const callApi = <T>(channel: string, input?: unknown) => server.callApi<T>(channel, input)
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

  it('searches the demo county by a two-character fragment and shows the server total', async () => {
    const targets = new TargetsPage(page)
    await targets.open()
    await targets.search('鑫源')
    const expected = await callApi<TargetPageDto>('directory:searchTargets', { text: '鑫源' })
    expect(expected.total).toBeGreaterThan(0)
    const shown = await targets.names()
    expect(shown.length).toBe(Math.min(50, expected.total))
    expect(shown.every((name) => name.includes('鑫源'))).toBe(true)
    expect(await targets.totalText()).toContain(String(expected.total))
  })

  it('refuses a bad code with the reason, then saves it when the clerk force-accepts it with a reason', async () => {
    const targets = new TargetsPage(page)
    await targets.add({ name: '示范县鑫源测试商行', uscc: '91350100M000100Y44', address: '示范县城关街道人民路1号' })
    await expect.poll(async () => targets.fieldError('uscc').innerText()).toContain('校验位应为“3”')
    expect(await targets.dialog().isVisible()).toBe(true)
    expect((await callApi<TargetPageDto>('directory:searchTargets', { text: '测试商行' })).total).toBe(0)

    await targets.forceCode('登记机关发放的旧代码，已电话核实')
    await targets.save()
    await targets.dialog().waitFor({ state: 'hidden' })
    await targets.search('测试商行')
    expect(await targets.names()).toEqual(['示范县鑫源测试商行'])
    expect(await targets.row('示范县鑫源测试商行').innerText()).toContain('代码存疑')
  })

  it('edits a target found by search and registers its deregistration with a date', async () => {
    const targets = new TargetsPage(page)
    const [created] = (await callApi<TargetPageDto>('directory:searchTargets', { text: '测试商行' })).rows
    await targets.edit(created.id, { name: '示范县鑫源测试商行（已更名）' })
    await targets.dialog().waitFor({ state: 'hidden' })
    await targets.search('已更名')
    expect(await targets.names()).toEqual(['示范县鑫源测试商行（已更名）'])

    await targets.openDetail(created.id)
    expect(await targets.drawer().getByTestId('target-forced-reason').innerText()).toContain('已电话核实')
    await targets.changeStatus('注销', '2026-01-15', '简易注销')
    await expect.poll(async () => targets.drawer().getByTestId('target-detail-status').innerText()).toBe('注销')
    expect(await targets.drawer().getByTestId('target-history').innerText()).toContain('存续 → 注销')
    await expect.poll(async () => page.getByTestId(`target-status-${created.id}`).innerText()).toBe('注销')
    const detail = await callApi<TargetDetailDto>('directory:getTarget', { id: created.id })
    expect(detail.statusHistory[0]).toMatchObject({ toStatus: '注销', date: '2026-01-15', reason: '简易注销' })
  })
})
