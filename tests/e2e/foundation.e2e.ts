import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import { DashboardPage } from './pages/DashboardPage'
import { DepartmentsPage } from './pages/DepartmentsPage'
import { callApi, launchBrowser, openApp } from './support/launchBrowser'

describe('the foundation, through the real UI', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser)
  })
  afterAll(async () => browser?.close())

  it('seeds the demo county on first run and says it is demo data', async () => {
    const dashboard = new DashboardPage(page)
    await dashboard.demoBanner().waitFor()
    expect(await dashboard.demoBanner().innerText()).toContain('示范')
    expect(await dashboard.count('targets')).toBe(5000)
    expect(await dashboard.count('inspectors')).toBe(200)
    expect(await dashboard.count('departments')).toBeGreaterThanOrEqual(18)
  })

  it('adds a unit, edits it and deactivates it', async () => {
    const units = new DepartmentsPage(page)
    await units.open()
    await units.add({ name: '县气象局', shortName: '气象', liaisonName: '周敏', liaisonPhone: '13905331234' })
    await units.row('县气象局').waitFor()
    const created = (await callApi<DepartmentDto[]>('departments:list')).find((d) => d.name === '县气象局')!
    expect(created.liaisonPhone).toBe('13905331234')

    await units.edit(created.id, { liaisonName: '周晓敏' })
    await units.row('周晓敏').waitFor()

    await units.toggle(created.id)
    await page.locator('.el-message-box').getByRole('button', { name: /停用|确定/ }).click()
    await expect.poll(async () => (await callApi<DepartmentDto[]>('departments:list')).find((d) => d.id === created.id)?.active).toBe(false)
    await expect.poll(async () => units.row('县气象局').innerText()).toContain('停用')
  })

  it('shows the field error for a bad phone and saves nothing', async () => {
    const units = new DepartmentsPage(page)
    await units.open()
    const before = (await callApi<DepartmentDto[]>('departments:list')).length
    await units.add({ name: '县档案馆', shortName: '档案', liaisonPhone: '12345' })
    await expect.poll(async () => units.fieldError('liaisonPhone').innerText()).toMatch(/电话/)
    expect(await units.dialog().isVisible()).toBe(true)
    expect((await callApi<DepartmentDto[]>('departments:list')).length).toBe(before)
  })

  it('exports the members document as a Word file and records it', async () => {
    await page.keyboard.press('Escape')
    const dashboard = new DashboardPage(page)
    await dashboard.open()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-members').first().click()])
    expect(download.suggestedFilename()).toMatch(/成员单位及联络员名单.*\.docx$/)
    const saved = join(inject('dataDir'), 'downloaded.docx')
    await download.saveAs(saved)
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK')
    const recent = await callApi<{ action: string }[]>('audit:recent', { limit: 5 })
    expect(recent[0].action).toBe('documents:exportMembers')
  })
})
