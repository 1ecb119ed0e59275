import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExcelFileDto } from '../../src-shared/domain/imports'
import type { PlanDto, PlanFormOptionsDto } from '../../src-shared/domain/plans'
import type { PlanSubmissionsDto } from '../../src-shared/domain/planSubmissions'
import { ImportDialogPage } from './pages/ImportDialogPage'
import { PlansPage } from './pages/PlansPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file builds a plan from the units' forms: it runs on a server of its own.
let server: OwnServer
beforeAll(async () => {
  server = await startOwnServer()
})
afterAll(() => server?.stop())

const year = 2028
const shots = process.env.SCREENSHOT_DIR

/** A unit's form from the service, filled in as the unit would: one task on its first checklist row. */
async function filledForm(dir: string, departmentId: number, task: Record<string, string | number>): Promise<string> {
  const file = await server.callApi<ExcelFileDto>('plans:exportForm', { year, departmentId })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('计划填报表')!
  const columns = new Map<string, number>()
  sheet.getRow(3).eachCell((cell, col) => columns.set(String(cell.value).replace('*', ''), col))
  for (const [header, value] of Object.entries(task)) sheet.getRow(4).getCell(columns.get(header)!).value = value
  const path = join(dir, file.fileName)
  await workbook.xlsx.writeFile(path)
  return path
}

describe('the annual plan from the units’ returned forms, through the real UI (issue 7)', () => {
  let browser: Browser
  let page: Page
  let plans: PlansPage
  let imports: ImportDialogPage
  let units: PlanFormOptionsDto['departments']
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    plans = new PlansPage(page)
    imports = new ImportDialogPage(page)
    units = (await server.callApi<PlanFormOptionsDto>('plans:formOptions')).departments
  })
  afterAll(async () => browser?.close())

  const unit = (part: string) => units.find((d) => d.name.includes(part))!

  it('builds the plan from two units’ forms, merges their items on a suggestion, publishes, adjusts and exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spotcheck-plan-forms-e2e-'))
    const market = unit('市场监督')
    const health = unit('卫生健康')
    const common = { 对象类型: '企业', 抽取方式: '按比例', 'A类比例(%)': 2, 'B类比例(%)': 3, 'C类比例(%)': 4, 'D类比例(%)': 5, 检查方式: '实地核查' }
    const marketForm = await filledForm(dir, market.id, { ...common, 抽查任务名称: '企业登记事项检查', 开始日期: `${year}-06-01`, 结束日期: `${year}-09-30` })
    const healthForm = await filledForm(dir, health.id, { ...common, 抽查任务名称: '企业公共卫生检查', 开始日期: `${year}-07-01`, 结束日期: `${year}-08-31` })

    if (shots) {
      await page.getByTestId('count-planSubmissions').waitFor()
      await page.screenshot({ path: `${shots}/dashboard-plan-submissions.png` })
    }
    await plans.open()
    await plans.createPlan(year)
    await page.locator('#tab-submissions').click()
    for (const form of [marketForm, healthForm]) {
      await page.getByTestId('plan-form-import').click()
      await imports.choose(form)
      await imports.importAll()
      await imports.close()
    }
    await expect.poll(async () => page.getByTestId(`submission-status-${health.id}`).innerText()).toBe('已报送')
    expect(await page.getByTestId(`submission-status-${market.id}`).innerText()).toBe('已报送')
    expect(await page.getByTestId('plan-submissions-count').innerText()).toBe('2')
    const submissions = await server.callApi<PlanSubmissionsDto>('plans:submissions', { year })
    expect(submissions.units.filter((u) => u.status === '已报送').map((u) => u.departmentId).sort()).toEqual([market.id, health.id].sort())
    await expect.poll(async () => plans.itemRows().count()).toBe(2)
    if (shots) await page.screenshot({ path: `${shots}/plan-submissions.png`, fullPage: true })

    await page.locator('#tab-joins').click()
    if (shots) await page.screenshot({ path: `${shots}/plan-joins.png`, fullPage: true })
    await page.getByTestId('plan-join-0').click()
    await page.locator('.el-message-box').getByRole('button', { name: '合并' }).click()
    await page.getByTestId('plan-joins-done').waitFor()
    const joined = await server.callApi<PlanDto>('plans:get', { year })
    expect(joined.planItems).toHaveLength(1)
    expect(joined.planItems[0]).toMatchObject({ name: '企业登记事项检查', leadDepartmentId: market.id, participatingDepartmentIds: [health.id], joint: true })

    if (shots) {
      await page.locator('#tab-projection').click()
      await page.getByTestId('plan-projection').waitFor()
      await page.screenshot({ path: `${shots}/plan-projection.png`, fullPage: true })
    }
    await page.locator('#tab-items').click()
    await plans.publish()
    await page.getByTestId('plan-adjust-1').click()
    await plans.dialog().waitFor()
    await plans.pickDate('plan-item-periodEnd', `${year}-10-31`)
    await page.getByTestId('plan-adjust-reason').fill('与卫生健康部门专项行动衔接，延长一个月')
    await plans.pickDate('plan-adjust-date', `${new Date().getFullYear()}-12-31`)
    await plans.save()
    await expect.poll(async () => page.getByTestId('plan-version').innerText()).toContain('第 2 版')

    const [table] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-xlsx').click()])
    expect(table.suggestedFilename()).toBe(`${year}年度抽查计划表（第2版）.xlsx`)
    await table.saveAs(join(dir, 'plan.xlsx'))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, 'plan.xlsx'))
    expect(workbook.worksheets[0].getCell('B4').value).toBe('企业登记事项检查')
    const [notice] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export-adjustments-xlsx').click()])
    expect(notice.suggestedFilename()).toMatch(new RegExp(`${year}年度抽查计划调整公告`))
    const recent = await server.callApi<{ action: string }[]>('audit:recent', { limit: 2 })
    expect(recent.map((r) => r.action)).toEqual(['plans:exportAdjustmentsTable', 'plans:exportTable'])
  })
})
