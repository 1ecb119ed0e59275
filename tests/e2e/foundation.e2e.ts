import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { DepartmentDto } from '../../src-shared/domain/departments'
import { AuditPage } from './pages/AuditPage'
import { DashboardPage } from './pages/DashboardPage'
import { DepartmentsPage } from './pages/DepartmentsPage'
import { SettingsPage } from './pages/SettingsPage'
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
    // The dialog closes only once the service has saved the unit.
    await units.dialog().waitFor({ state: 'hidden' })
    await units.row('县气象局').waitFor()
    const created = (await callApi<DepartmentDto[]>('departments:list')).find((d) => d.name === '县气象局')!
    expect(created.liaisonPhone).toBe('13905331234')

    await units.edit(created.id, { liaisonName: '周晓敏' }, 'enter')
    await units.row('周晓敏').waitFor()
    await units.dialog().waitFor({ state: 'hidden' })

    await units.toggle(created.id)
    await page.locator('.el-message-box').getByRole('button', { name: /停用|确定/ }).click()
    await expect.poll(async () => (await callApi<DepartmentDto[]>('departments:list')).find((d) => d.id === created.id)?.active).toBe(false)
    await expect.poll(async () => units.status(created.id).innerText()).toBe('已停用')
    expect(await units.row('县气象局').getAttribute('class')).toContain('is-inactive')
    expect(await page.getByTestId(`department-toggle-${created.id}`).innerText()).toBe('启用')
  })

  it('shows the field error for a bad phone and saves nothing', async () => {
    const units = new DepartmentsPage(page)
    await units.open()
    const before = (await callApi<DepartmentDto[]>('departments:list')).length
    await units.add({ name: '县档案馆', shortName: '档案', liaisonPhone: '12345' })
    await expect.poll(async () => units.fieldError('liaisonPhone').innerText()).toMatch(/电话/)
    expect(await units.dialog().isVisible()).toBe(true)
    expect((await callApi<DepartmentDto[]>('departments:list')).length).toBe(before)
    expect(await units.row('县档案馆').count()).toBe(0)
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
    expect(statSync(saved).size).toBeGreaterThan(5 * 1024)
    await expect.poll(async () => page.locator('.el-message--success').last().innerText()).toContain(download.suggestedFilename())
    const recent = await callApi<{ action: string }[]>('audit:recent', { limit: 5 })
    expect(recent[0].action).toBe('documents:exportMembers')
  })

  it('saves the office settings, shows the new name in the header and lists the change in the audit log', async () => {
    const settings = new SettingsPage(page)
    await settings.open()
    await settings.field('countyName').fill('')
    await settings.save()
    await expect.poll(async () => settings.fieldError('countyName').innerText()).toMatch(/县（区）名称/)

    await settings.field('countyName').fill('示范县')
    await settings.field('officeName').fill('示范县双随机联席会议办公室')
    await settings.save()
    await expect.poll(async () => page.getByTestId('office-name').innerText()).toBe('示范县双随机联席会议办公室')
    expect((await callApi<{ officeName: string }>('settings:get')).officeName).toBe('示范县双随机联席会议办公室')

    const audit = new AuditPage(page)
    await audit.open()
    await expect.poll(async () => audit.summaries().first().innerText()).toContain('修改办公室设置')
  })

  it('clears the demo data after confirmation and drops the banner', async () => {
    const dashboard = new DashboardPage(page)
    await dashboard.open()
    await page.getByTestId('demo-clear').click()
    await page.locator('.el-message-box').getByRole('button', { name: '清除' }).click()
    await dashboard.demoBanner().waitFor({ state: 'detached' })
    expect((await callApi<{ demo: boolean }>('dashboard:summary')).demo).toBe(false)
    await expect.poll(async () => dashboard.count('targets')).toBe(0)
  })
})
