import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { buildInspectionNoticesDocument } from '../../src-main/documents/inspectionNoticeDocument'
import { buildRecordFormsDocument } from '../../src-main/documents/recordFormDocument'
import { sampleNotice, sampleRecordForm, tinyPng } from '../support/noticeSamples'

const run = promisify(execFile)

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)))
}
const sofficeMissing = !onPath('soffice') && process.env.CI !== 'true'
const dir = mkdtempSync(join(tmpdir(), 'notices-render-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function toPdf(name: string, bytes: Buffer): Promise<{ pages: number; text: string }> {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.docx`), bytes)
  const profile = pathToFileURL(join(dir, `profile-${name}`)).href
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.docx`)], { timeout: 120_000 })
  const pdf = join(dir, `${name}.pdf`)
  expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true)
  const info = (await run('pdfinfo', [pdf])).stdout
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout.replace(/[ \t]+/g, '')
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text }
}

describe('notices and record forms rendered by LibreOffice', () => {
  it('prints each notice of a batch on one A4 page, a merged visit’s six items and a QR code included', async (ctx) => {
    if (sofficeMissing) ctx.skip('soffice (LibreOffice) is not on PATH')
    const notices = [sampleNotice(1, 2), { ...sampleNotice(2, 6), qr: { png: tinyPng() } }, sampleNotice(3, 1)]
    const { pages, text } = await toPdf('notices', await buildInspectionNoticesDocument({ countyName: '示范县', notices }))
    expect(pages).toBe(3)
    expect(text).toContain('部门联合双随机抽检字【2026】第2号')
    expect(text).toContain('6．建设工程施工现场扬尘防治检查')
  }, 180_000)

  it('lays out a six-item record form for a merged visit on at most two pages, signature lines last', async (ctx) => {
    if (sofficeMissing) ctx.skip('soffice (LibreOffice) is not on PATH')
    const { pages, text } = await toPdf('forms', await buildRecordFormsDocument({ countyName: '示范县', forms: [sampleRecordForm(1, 6)] }))
    expect(pages).toBeLessThanOrEqual(2)
    expect(text.indexOf('检查事项6')).toBeLessThan(text.indexOf('见证人签字'))
  }, 180_000)
})
