import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { buildMembersDocument } from '../../src-main/documents/membersDocument'
import { countyMemberUnits } from '../support/memberUnit'

const run = promisify(execFile)

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)))
}

// Developers without LibreOffice may skip this; CI installs it (libreoffice-writer-nogui, poppler-utils,
// fonts-noto-cjk) and must run it.
const sofficeMissing = !onPath('soffice') && process.env.CI !== 'true'

// DOCUMENT_RENDER_DIR keeps the .docx and .pdf there, e.g. for `node scripts/renderDocx.mjs <docx> <png>`.
const keptDir = process.env.DOCUMENT_RENDER_DIR
const dir = keptDir ?? mkdtempSync(join(tmpdir(), 'members-render-'))
afterAll(() => {
  if (!keptDir) rmSync(dir, { recursive: true, force: true })
})

describe('the member list rendered by LibreOffice', () => {
  it('is an A4 PDF showing the title and the units', async (ctx) => {
    if (sofficeMissing) ctx.skip('soffice (LibreOffice) is not on PATH: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk')
    mkdirSync(dir, { recursive: true })
    const docx = join(dir, 'members.docx')
    writeFileSync(
      docx,
      await buildMembersDocument({
        countyName: '示范县',
        officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
        issuedOn: '2026-03-01',
        departments: countyMemberUnits()
      })
    )

    // A profile of its own, so a parallel run or an open LibreOffice doesn't block this one.
    const profile = pathToFileURL(join(dir, 'soffice-profile')).href
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      timeout: 120_000
    })
    rmSync(join(dir, 'soffice-profile'), { recursive: true, force: true })
    const pdf = join(dir, 'members.pdf')
    // soffice exits 0 when it cannot read a file; the missing PDF is the only sign.
    expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true)

    const info = (await run('pdfinfo', [pdf])).stdout
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts/)
    // Nineteen units on exact table lines fit on one page.
    expect(info).toMatch(/Pages:\s+1\n/)

    // -layout keeps each table row on one line; pdftotext spaces out digits among CJK ("2026 年 3 月").
    const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout
    const compact = text.replace(/[ \t]+/g, '')
    expect(compact).toContain('成员单位及联络员名单')
    expect(compact).toContain('2026年3月1日')
    expect(compact).toContain('—1—')
    const rows = compact.split('\n').filter((line) => /^\d+[^\d年]/.test(line))
    expect(rows.map((row) => /^\d+/.exec(row)?.[0])).toEqual(countyMemberUnits().map((_, i) => String(i + 1)))
    expect(rows[0]).toMatch(/^1示范县市场监督管理局周立新/)
    // A 13-character unit name and a landline each stay on one line.
    expect(rows[6]).toBe('7示范县人力资源和社会保障局王春晖副局长许晨0533-6966107')
  }, 180_000)
})
