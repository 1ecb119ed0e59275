import { join } from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TaskSummaryDto } from '../../src-shared/domain/tasks'
import type { TaskDrawsDto } from '../../src-shared/domain/drawSession'
import { runCli } from '../support/runCli'
import { DrawPage } from './pages/DrawPage'
import { launchBrowser, openApp } from './support/launchBrowser'
import { startOwnServer, type OwnServer } from './support/startOwnServer'

// This file adds a task and draws: it runs on a server of its own (tests/e2e/support/startOwnServer.ts).
let server: OwnServer
let dir: string
beforeAll(async () => {
  server = await startOwnServer()
  dir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-draw-'))
})
afterAll(() => {
  server?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const shots = process.env.SCREENSHOT_DIR

describe('the draw, through the real UI', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchBrowser()
    page = await openApp(browser, server.appUrl)
  })
  afterAll(async () => browser?.close())

  it('creates a task, draws targets and inspectors with a witness, and the exported proof passes spotcheck verify', async () => {
    const draw = new DrawPage(page)
    await draw.openTasks()
    await draw.createTask({
      name: '2026年企业公示信息和工贸安全联合抽查（测试）',
      participating: '示范县应急管理局',
      items: ['SCJG-005', 'YJGL-002'],
      periodStart: '2026-04-01',
      periodEnd: '2026-05-31'
    })
    await draw.drawByCount(6)
    await draw.preview()
    expect(Number(await page.getByTestId('draw-pool-size').innerText())).toBeGreaterThan(1000)
    expect(await page.getByTestId('draw-rule-notActive').innerText()).toMatch(/排除“登记状态非存续.*”\d+ 个/)
    const commitment = await draw.commit()
    expect(commitment).toMatch(/^[0-9a-f]{64}$/)
    if (shots) await page.screenshot({ path: `${shots}/draw-commitment.png`, fullPage: true })

    await draw.draw({ name: '王见证', unit: '县纪委监委驻局纪检组' }, '03 17 22 41 09')
    await expect.poll(async () => draw.resultTargets().count()).toBe(6)
    expect(await page.getByTestId('draw-status').innerText()).toContain('已抽取对象')
    expect(await page.getByTestId('draw-result').locator('tbody tr').first().innerText()).toContain('锁定名单后匹配人员')
    expect(await page.getByTestId('draw-inspectors-panel').innerText()).toContain('请先在第二步“确认锁定并下发”')
    expect(await page.getByTestId('draw-secret').innerText()).toMatch(/^[0-9a-f]{64}$/)
    if (shots) await page.screenshot({ path: `${shots}/draw-result.png`, fullPage: true })

    const download = await draw.download('draw-export-proof')
    expect(download.suggestedFilename()).toMatch(/摇号证明.*\.json$/)
    const proofFile = join(dir, 'proof.json')
    await download.saveAs(proofFile)
    const verified = runCli(['verify', proofFile])
    expect(verified.stdout.trim()).toBe('通过')
    expect(verified.code).toBe(0)

    // Step 2: 确认锁定并下发, and the 抽查任务公告 comes with it.
    const announcement = await draw.lock()
    expect(announcement.suggestedFilename()).toMatch(/抽查任务公告\.docx$/)

    // Step 3: inspectors under a commitment of their own.
    const inspectorCommitment = await draw.drawInspectors({ name: '李见证', unit: '县司法局' }, '5 8 13')
    expect(inspectorCommitment).toMatch(/^[0-9a-f]{64}$/)
    expect(inspectorCommitment).not.toBe(commitment)
    const firstGroup = await page.getByTestId('draw-result').locator('tbody tr').first().innerText()
    expect(firstGroup).toContain('组长')
    expect(firstGroup).toContain('示范县市场监督管理局')
    expect(firstGroup).toContain('示范县应急管理局')
    expect(await page.getByTestId('draw-status').innerText()).toContain('已匹配人员')
    if (shots) await page.screenshot({ path: `${shots}/draw-groups.png`, fullPage: true })
    const inspectorProof = await draw.download('draw-history-proof-inspectors')
    expect(inspectorProof.suggestedFilename()).toMatch(/人员摇号证明.*\.json$/)
    const inspectorFile = join(dir, 'inspectors.json')
    await inspectorProof.saveAs(inspectorFile)
    expect(runCli(['verify', inspectorFile])).toMatchObject({ code: 0, stdout: '通过\n' })
  })

  it('re-draws a locked list only with a reason, keeps the earlier draw shown as superseded, and asks for the lock again', async () => {
    const draw = new DrawPage(page)
    // After a draw, step 1 opens again only for a re-draw.
    expect(await page.getByTestId('draw-commit').count()).toBe(0)
    await page.getByTestId('draw-redraw-open').click()
    await draw.commit()
    await draw.draw({ name: '李见证', unit: '县司法局' }, '88 12', '见证人对外部随机数的录入提出异议，经联席办同意重新摇号')
    await page.getByTestId('draw-lock').waitFor()
    const history = page.getByTestId('draw-history-row').filter({ hasText: '已被第' })
    await history.first().waitFor()
    expect(await history.first().innerText()).toMatch(/已被第 \d+ 号重新摇号取代\s+理由：见证人对外部随机数的录入提出异议/)

    const task = (await server.callApi<TaskSummaryDto[]>('tasks:list')).find((t) => t.name.endsWith('（测试）'))!
    const draws = await server.callApi<TaskDrawsDto>('draw:taskDraws', { taskId: task.id })
    const targetDraws = draws.history.filter((d) => d.kind === '对象')
    expect(targetDraws).toHaveLength(2)
    expect(draws).toMatchObject({ lockedAt: null, status: '已抽取对象' })
    expect(draws.current).toMatchObject({ supersedesDrawId: targetDraws[1].id, witnesses: [{ name: '李见证', unit: '县司法局' }] })
    expect(targetDraws[1].targets).toHaveLength(6)
    if (shots) await page.screenshot({ path: `${shots}/draw-redrawn.png`, fullPage: true })
  })
})
