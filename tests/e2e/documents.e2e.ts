import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedDocumentDto } from '../../src-shared/domain/documentCatalog'
import type { OfficeKeyDto } from '../../src-shared/domain/verification'
import { DocumentsPage } from './pages/DocumentsPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file issues documents (register rows): it runs on a server of its own.
let server: OwnServer
beforeAll(async () => {
  server = await startOwnServer()
})
afterAll(() => server?.stop())

const shots = process.env.SCREENSHOT_DIR

describe('文书中心, through the real UI', () => {
  let browser: Browser
  let page: Page
  let documents: DocumentsPage
  const folder = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-documents-'))
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
    documents = new DocumentsPage(page)
  })
  afterAll(async () => browser?.close())

  it('previews the annual plan as its real first page, saves it, and the register recognises the saved file', async () => {
    await documents.open()
    await documents.choose('plan')
    await documents.pickParam('year', '年度')
    await expect.poll(async () => (await documents.firstPage().innerText().catch(() => '')).replace(/\s/g, ''), { timeout: 30_000 }).toContain('工作计划')
    if (shots) await page.screenshot({ path: join(shots, 'screenshot-documents.png') })

    const download = await documents.save()
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const saved = join(folder, 'saved.docx')
    await download.saveAs(saved)
    await expect.poll(async () => page.locator('.el-message--success').last().innerText()).toContain('登记在文书登记簿中')

    await documents.openRegister()
    await expect.poll(async () => page.getByTestId('register-row').first().innerText()).toBe(download.suggestedFilename())
    expect(await documents.check(saved)).toContain('这份文件由本办公室于')
    if (shots) await page.screenshot({ path: join(shots, 'screenshot-register.png') })

    const changed = readFileSync(saved)
    changed[changed.length - 30] ^= 1
    const forged = join(folder, 'changed.docx')
    writeFileSync(forged, changed)
    expect(await documents.check(forged)).toContain('登记簿中没有这份文件')

    const register = await server.callApi<IssuedDocumentDto[]>('documents:register')
    expect(register[0]).toMatchObject({ kind: 'plan', fileName: download.suggestedFilename(), operator: expect.any(String) })
  })

  it('names the missing parameter instead of previewing, and the 核验 dialog says 无法核验 for an unknown 字号', async () => {
    await page.getByRole('tab', { name: '文书目录' }).click()
    await documents.choose('minutes')
    await expect.poll(async () => page.locator('.preview-area .el-empty').innerText()).toContain('请先选择会议')
    expect(await page.getByTestId('document-save').isDisabled()).toBe(true)
    const verdict = await documents.verify('部门联合双随机抽检字〔2026〕999号')
    expect(verdict).toContain('无法核验')
    expect(verdict).toContain('没有字号')
    if (shots) await page.screenshot({ path: join(shots, 'screenshot-verify.png') })
  })

  it('shows the office public key and fingerprint in settings, and its 公钥公告 goes into the register', async () => {
    const key = await server.callApi<OfficeKeyDto>('keys:public')
    await page.keyboard.press('Escape')
    await page.getByTestId('verify-dialog').waitFor({ state: 'hidden' })
    await page.getByTestId('nav-settings').click()
    await expect.poll(async () => page.getByTestId('key-fingerprint').innerText()).toBe(key.fingerprint)
    expect(await page.getByTestId('key-pem').innerText()).toContain('BEGIN PUBLIC KEY')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('key-export-notice').click()])
    expect(download.suggestedFilename()).toMatch(/公钥公告.*\.docx$/)
    const register = await server.callApi<IssuedDocumentDto[]>('documents:register')
    expect(register[0]).toMatchObject({ kind: 'publicKeyNotice', fileName: download.suggestedFilename() })
  })
})
