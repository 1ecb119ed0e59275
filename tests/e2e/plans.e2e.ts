import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanDto } from '../../src-shared/domain/plans'
import { PlansPage } from './pages/PlansPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds a plan: it runs on a server of its own, so other suites see the pristine demo county.
let server: OwnServer
beforeAll(async () => {
  server = await startOwnServer()
})
afterAll(() => server?.stop())

const shots = process.env.SCREENSHOT_DIR

describe('the annual plan, through the real UI', () => {
  let browser: Browser
  let page: Page
  let plans: PlansPage
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    plans = new PlansPage(page)
  })
  afterAll(async () => browser?.close())

  it('creates next-but-one year’s plan, adds a single-unit and a joint item with live estimates, and publishes it', async () => {
    await plans.open()
    await plans.createPlan(2028)
    await page.getByTestId('plan-add-item').click()
    await plans.fillItem({ name: '企业公示信息抽查', checklist: ['SCJG-005'], kind: '企业', periodStart: '2028-06-01', periodEnd: '2028-09-30' })
    await expect.poll(async () => plans.estimate().innerText(), { timeout: 15_000 }).toMatch(/\d+ 户/)
    await plans.save()

    await page.getByTestId('plan-add-item').click()
    await plans.fillItem({
      name: '餐饮服务单位食品安全和消防安全联合检查',
      participating: '消防救援',
      checklist: ['SCJG-002', 'XFJY-001'],
      periodStart: '2028-03-01',
      periodEnd: '2028-05-31'
    })
    await expect.poll(async () => plans.estimate().innerText(), { timeout: 15_000 }).toMatch(/\d+ 户/)
    if (shots) await page.screenshot({ path: `${shots}/plan-item-dialog.png` })
    await plans.save()
    await expect.poll(async () => plans.itemRows().count()).toBe(2)
    expect(await plans.itemRows().nth(1).innerText()).toContain('联合')

    await plans.publish()
    const published = await server.callApi<PlanDto>('plans:get', { year: 2028 })
    expect(published).toMatchObject({ status: '已发布', version: 1, items: 2 })
  })

  it('adjusts a published item with a reason, keeps version 1 as published, and exports the plan and the adjustment notice', async () => {
    await page.getByTestId('plan-adjust-1').click()
    await plans.dialog().waitFor()
    await plans.pickDate('plan-item-periodEnd', '2028-10-31')
    await page.getByTestId('plan-adjust-reason').fill('与省局专项行动错开，延长一个月')
    await plans.pickDate('plan-adjust-date', `${new Date().getFullYear()}-12-31`)
    await plans.save()
    await expect.poll(async () => page.getByTestId('plan-version').innerText()).toContain('第 2 版')
    const v1 = await server.callApi<PlanDto>('plans:get', { year: 2028, version: 1 })
    expect(v1.planItems[0].periodEnd).toBe('2028-09-30')
    const v2 = await server.callApi<PlanDto>('plans:get', { year: 2028 })
    expect(v2.planItems[0].periodEnd).toBe('2028-10-31')
    if (shots) await page.screenshot({ path: `${shots}/plans.png` })

    const saved = mkdtempSync(join(tmpdir(), 'spotcheck-plan-e2e-'))
    const [plan] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export').click()])
    expect(plan.suggestedFilename()).toMatch(/2028年度市场监管领域部门联合“双随机、一公开”抽查工作计划（第2版）\.docx$/)
    await plan.saveAs(join(saved, 'plan.docx'))
    expect(readFileSync(join(saved, 'plan.docx')).subarray(0, 2).toString()).toBe('PK')
    const [notice] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-adjustments').click()])
    expect(notice.suggestedFilename()).toMatch(/2028年度抽查计划调整公告/)
    const recent = await server.callApi<{ action: string }[]>('audit:recent', { limit: 3 })
    expect(recent.map((r) => r.action)).toEqual(['plans:exportAdjustments', 'plans:exportDocument', 'plans:adjust'])
  })
})
