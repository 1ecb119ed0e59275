import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TargetPageDto } from '../../src-shared/domain/targets'
import { messyRow, messyTargetSheet, sheetUscc } from '../support/messySheet'
import { ImportDialogPage } from './pages/ImportDialogPage'
import { TargetsPage } from './pages/TargetsPage'
import { launchBrowser } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

describe('importing a member unit’s messy sheet into 检查对象名录库, through the real UI', () => {
  let browser: Browser
  let page: Page
  let server: OwnServer
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-import-'))
    server = await startOwnServer()
    browser = await launchBrowser()
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
    page = await context.newPage()
    await page.goto(server.appUrl)
  })
  afterAll(async () => {
    await browser?.close()
    server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  const good = [
    messyRow({ 企业名称: '示范县翠屏山农家乐餐饮有限公司', 社会统一信用代码: sheetUscc() }),
    messyRow({ 企业名称: '示范县聚福楼酒店有限公司', 社会统一信用代码: sheetUscc() }),
    messyRow({ 企业名称: '示范县老街坊面馆', 社会统一信用代码: sheetUscc('92370322MA'), 主体类型: '个体户' })
  ]

  it('shows the report of a sheet with errors — sheet row, column, reason — and imports nothing', async () => {
    const file = join(dir, '城关所餐饮名录.xlsx')
    const broken = [good[0], { ...good[1], 社会统一信用代码: '91350100M000100Y44' }, { ...good[2], 风险等级: '特高' }, { ...good[0] }]
    writeFileSync(file, await messyTargetSheet(broken, { mergeTownRows: 4 }))
    await new TargetsPage(page).open()
    await page.getByTestId('target-import').click()
    const dialog = new ImportDialogPage(page)
    await dialog.choose(file)
    expect(await dialog.counts()).toEqual({ new: '1', updated: '0', unchanged: '0', invalid: '3' })
    const issues = await dialog.issues()
    expect(issues.map((row) => row.slice(0, 2))).toEqual([
      ['6', '社会统一信用代码'],
      ['7', '风险等级'],
      ['8', '社会统一信用代码']
    ])
    expect(issues[0][2]).toContain('校验位应为“3”')
    expect(issues[2][2]).toContain('与第5行重复')
    await expect(page.getByTestId('import-run').count()).resolves.toBe(0)
    if (process.env.SPOTCHECK_SCREENSHOTS) await page.screenshot({ path: join(process.env.SPOTCHECK_SCREENSHOTS, 'import-report.png') })

    const download = page.waitForEvent('download')
    await page.getByTestId('import-report-download').click()
    expect((await download).suggestedFilename()).toBe('城关所餐饮名录-导入问题报告.xlsx')
    const found = await server.callApi<TargetPageDto>('directory:searchTargets', { text: '翠屏山' })
    expect(found.total).toBe(0)
  })

  it('imports the fixed sheet and finds the new targets by a two-character search', async () => {
    const file = join(dir, '城关所餐饮名录（改）.xlsx')
    writeFileSync(file, await messyTargetSheet(good, { mergeTownRows: 3 }))
    const dialog = new ImportDialogPage(page)
    await dialog.choose(file)
    expect(await dialog.counts()).toEqual({ new: '3', updated: '0', unchanged: '0', invalid: '0' })
    await dialog.importAll()
    expect(await page.getByTestId('count-new').innerText()).toBe('3')
    await dialog.close()

    const targets = new TargetsPage(page)
    await targets.search('翠屏')
    expect(await targets.names()).toEqual(['示范县翠屏山农家乐餐饮有限公司'])
    const imported = await server.callApi<TargetPageDto>('directory:searchTargets', { text: '老街坊' })
    expect(imported.rows[0]).toMatchObject({ kind: '个体工商户', town: '城关街道', riskClass: 'B', status: '存续' })
  })

  it('updates rather than duplicates when the same sheet comes again with a changed risk class', async () => {
    const file = join(dir, '城关所餐饮名录（二次）.xlsx')
    writeFileSync(file, await messyTargetSheet([{ ...good[0], 风险等级: '高风险' }, good[1], good[2]]))
    await page.getByTestId('target-import').click()
    const dialog = new ImportDialogPage(page)
    await dialog.choose(file)
    expect(await dialog.counts()).toEqual({ new: '0', updated: '1', unchanged: '2', invalid: '0' })
    await dialog.importAll()
    await dialog.close()
    const found = await server.callApi<TargetPageDto>('directory:searchTargets', { text: '翠屏山' })
    expect(found.rows.map((t) => t.riskClass)).toEqual(['D'])
  })
})
