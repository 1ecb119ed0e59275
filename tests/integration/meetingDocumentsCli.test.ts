import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxXml, runs } from '../support/docxXml'
import { runCli } from '../support/runCli'

const text = (file: string) =>
  runs(docxXml(readFileSync(file)).part('word/document.xml'))
    .map((r) => r.text)
    .join('')

describe('spotcheck doc for the liaison meetings (issue 5 §7)', () => {
  let dir: string
  let db: string
  let plenary: number
  let liaison: number
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-meeting-docs-'))
    db = join(dir, 'office.db')
    expect(runCli(['seed-demo', '--db', db]).code).toBe(0)
    const meetings = JSON.parse(runCli(['meetings', 'list', '--json', '--db', db]).stdout) as { id: number; kind: string }[]
    plenary = meetings.find((m) => m.kind === '全体会议')!.id
    liaison = meetings.find((m) => m.kind === '联络员会议')!.id
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the demo county’s signed minutes as a 纪要 with ≥6 present, one on leave, one 列席 and three decisions', () => {
    const out = join(dir, '纪要.docx')
    const run = runCli(['doc', 'minutes', '--meeting', String(plenary), '--out', out, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('已生成会议纪要')
    const body = text(out)
    expect(body).toContain('示范县“双随机、一公开”监管联席会议纪要')
    expect(body).toMatch(/双随机联席纪要〔\d{4}〕1号/)
    expect(body).toContain('一、')
    expect(body).toContain('三、')
    expect((/出席：([^请列抄]*)/.exec(body)?.[1] ?? '').split('、').length).toBeGreaterThanOrEqual(6)
    expect(body).toContain('请假：')
    expect(body).toContain('列席：')
    expect(body).toContain('抄送：示范县人民政府。')

    const sqlite = new Database(db, { readonly: true })
    const row = sqlite.prepare('SELECT kind, number, sha256 FROM issued_documents ORDER BY id DESC LIMIT 1').get() as Record<string, string>
    sqlite.close()
    expect(row.kind).toBe('minutes')
    expect(row.sha256).toBe(createHash('sha256').update(readFileSync(out)).digest('hex'))
  })

  it('refuses minutes not yet signed with a Chinese message and exit 1, writing no file', () => {
    const out = join(dir, '未签发.docx')
    const run = runCli(['doc', 'minutes', '--meeting', String(liaison), '--out', out, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('还没有签发')
    expect(existsSync(out)).toBe(false)
  })

  it('names an unknown meeting and a missing or malformed --meeting', () => {
    const unknown = runCli(['doc', 'meeting-notice', '--meeting', '9999', '--out', join(dir, 'x.docx'), '--db', db])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('没有编号为 9999 的会议')
    const missing = runCli(['doc', 'minutes', '--out', join(dir, 'x.docx'), '--db', db])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--meeting')
    expect(runCli(['doc', 'minutes', '--meeting', 'abc', '--out', join(dir, 'x.docx'), '--db', db]).code).toBe(2)
  })

  it('writes the meeting notice and the decisions report', () => {
    const notice = join(dir, '通知.docx')
    expect(runCli(['doc', 'meeting-notice', '--meeting', String(liaison), '--out', notice, '--db', db]).code).toBe(0)
    expect(text(notice)).toContain('参会回执')
    const report = join(dir, '通报.docx')
    expect(runCli(['doc', 'decisions-report', '--out', report, '--db', db]).code).toBe(0)
    expect(text(report)).toContain('联席会议共议定事项3项')
  })
})
