import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

describe('spotcheck command line', () => {
  let dir: string
  let db: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-cli-'))
    db = join(dir, 'office.db')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints zero counts as JSON for a new database', () => {
    const run = runCli(['status', '--json', '--db', join(dir, 'empty.db')])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ departments: 0, checklistItems: 0, targets: 0, inspectors: 0, plans: 0, tasks: 0, meetings: 0 })
  })

  it('seeds the demo county and reports its size', () => {
    expect(runCli(['seed-demo', '--db', db]).code).toBe(0)
    const counts = JSON.parse(runCli(['status', '--json', '--db', db]).stdout)
    expect(counts.departments).toBeGreaterThanOrEqual(18)
    expect(counts.targets).toBe(5000)
    expect(counts.inspectors).toBe(200)
    expect(counts.checklistItems).toBeGreaterThanOrEqual(55)
    expect(counts.meetings).toBeGreaterThanOrEqual(2)
  })

  it('lists the demo county’s meetings as JSON with id, title, date and kind', () => {
    const run = runCli(['meetings', 'list', '--json', '--db', db])
    expect(run.code).toBe(0)
    const meetings = JSON.parse(run.stdout) as { id: number; title: string; date: string; kind: string }[]
    expect(meetings.length).toBeGreaterThanOrEqual(2)
    expect(Object.keys(meetings[0]).sort()).toEqual(['date', 'id', 'kind', 'title'])
    expect(meetings[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(meetings.map((m) => m.kind)).toEqual(expect.arrayContaining(['全体会议', '联络员会议']))
  })

  it('refuses to seed the demo county over existing data, in Chinese, with exit 1', () => {
    const run = runCli(['seed-demo', '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/)
  })

  it('writes the members document and records its exact bytes in the register', () => {
    const out = join(dir, '成员单位名单.docx')
    const run = runCli(['doc', 'members', '--out', out, '--db', db])
    expect(run.code).toBe(0)
    const bytes = readFileSync(out)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    const sha = createHash('sha256').update(bytes).digest('hex')
    const sqlite = new Database(db, { readonly: true })
    const row = sqlite.prepare("SELECT kind, file_name, sha256 FROM issued_documents ORDER BY id DESC LIMIT 1").get()
    sqlite.close()
    expect(row).toEqual({ kind: 'members', file_name: '成员单位名单.docx', sha256: sha })
  })

  it('verifies an intact audit chain with exit 0 and names a hand-edited row with exit 1', () => {
    const copy = join(dir, 'tampered.db')
    expect(runCli(['audit', 'verify', '--db', db]).code).toBe(0)
    expect(runCli(['backup', '--out', copy, '--db', db]).code).toBe(0)
    const sqlite = new Database(copy)
    sqlite.exec('DROP TRIGGER audit_log_no_update')
    sqlite.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 1").run()
    sqlite.close()
    const run = runCli(['audit', 'verify', '--db', copy])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('第 1 条')
  })

  it('backs up online and restores a verified backup, keeping the replaced database', () => {
    const backup = join(dir, 'backup.db')
    const backupRun = runCli(['backup', '--out', backup, '--db', db])
    expect(backupRun.code).toBe(0)
    expect(backupRun.stdout).toContain('校验通过')
    const sqlite = new Database(db)
    sqlite.prepare("UPDATE departments SET name = '被误改的名称' WHERE id = 1").run()
    sqlite.close()
    const restore = runCli(['restore', backup, '--db', db])
    expect(restore.code).toBe(0)
    expect(restore.stdout).toContain('pre-restore')
    const after = new Database(db, { readonly: true })
    expect(after.prepare('SELECT count(*) AS n FROM departments WHERE name = ?').get('被误改的名称')).toEqual({ n: 0 })
    after.close()
  })

  it('refuses to restore a file that is not a backup, and changes nothing', () => {
    const junk = join(dir, 'junk.db')
    writeFileSync(junk, 'not a database')
    const before = runCli(['status', '--json', '--db', db]).stdout
    const run = runCli(['restore', junk, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('没有恢复')
    expect(runCli(['status', '--json', '--db', db]).stdout).toBe(before)
  })

  it('exits 2 with the usage for an unknown command', () => {
    const run = runCli(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('用法')
  })
})
