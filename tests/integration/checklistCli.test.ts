import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

describe('spotcheck doc checklist', () => {
  let dir: string
  let db: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-checklist-cli-'))
    db = join(dir, 'office.db')
    expect(runCli(['seed-demo', '--db', db]).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the checklist in force as a Word document and records its exact bytes in the register', () => {
    const out = join(dir, '抽查事项清单.docx')
    const run = runCli(['doc', 'checklist', '--out', out, '--db', db])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('已生成抽查事项清单')
    const bytes = readFileSync(out)
    const sqlite = new Database(db, { readonly: true })
    const row = sqlite.prepare('SELECT kind, file_name, sha256, params FROM issued_documents ORDER BY id DESC LIMIT 1').get() as Record<string, string>
    const items = (sqlite.prepare('SELECT count(*) AS n FROM checklist_items WHERE valid_to IS NULL').get() as { n: number }).n
    sqlite.close()
    expect(row).toMatchObject({ kind: 'checklist', file_name: '抽查事项清单.docx', sha256: createHash('sha256').update(bytes).digest('hex') })
    expect(JSON.parse(row.params).items).toBe(items)
  })
  it('exports the checklist to xlsx and imports it back with zero changes (exit 0, the report as JSON)', () => {
    const out = join(dir, '清单.xlsx')
    const report = join(dir, 'report.json')
    expect(runCli(['export', 'checklist', out, '--category', '重点', '--db', db]).code).toBe(0)
    const run = runCli(['import', 'checklist', out, '--report', report, '--db', db])
    expect(run.code).toBe(0)
    const result = JSON.parse(readFileSync(report, 'utf8'))
    expect(result).toMatchObject({ imported: 0, updated: 0, invalid: [] })
    expect(result.unchanged).toBeGreaterThan(10)
  })
})
