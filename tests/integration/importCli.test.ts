import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messyRow, messyTargetSheet } from '../support/messySheet'
import { runCli } from '../support/runCli'

describe('spotcheck import / export / uscc', () => {
  let dir: string
  let db: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-import-cli-'))
    db = join(dir, 'office.db')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a sheet with an invalid row (exit 1), writes nothing, and reports row, column and reason as JSON', async () => {
    const file = join(dir, 'bad.xlsx')
    writeFileSync(file, await messyTargetSheet([messyRow(), messyRow({ 社会统一信用代码: '91350100M000100Y44' })]))
    const report = join(dir, 'bad.json')
    const run = runCli(['import', 'targets', file, '--report', report, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('整个文件未导入')
    expect(run.stdout).toContain('第6行【社会统一信用代码】')
    const json = JSON.parse(readFileSync(report, 'utf8'))
    expect(Object.keys(json)).toEqual(['imported', 'updated', 'unchanged', 'invalid'])
    expect(json).toMatchObject({ imported: 0, updated: 0, unchanged: 0, invalid: [{ row: 6, column: '社会统一信用代码' }] })
    expect(JSON.parse(runCli(['status', '--json', '--db', db]).stdout).targets).toBe(0)
  })

  it('imports the valid rows with --skip-invalid (exit 0), then exports and re-imports with zero changes', async () => {
    const file = join(dir, 'mixed.xlsx')
    writeFileSync(file, await messyTargetSheet([messyRow(), messyRow({ 企业名称: null }), messyRow({ 风险等级: 'C' })]))
    const report = join(dir, 'mixed.json')
    const run = runCli(['import', 'targets', file, '--skip-invalid', '--report', report, '--db', db])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('新增 2 条')
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ imported: 2, updated: 0, unchanged: 0, invalid: [{ row: 6 }] })

    const out = join(dir, 'high-risk.xlsx')
    expect(runCli(['export', 'targets', out, '--risk', 'C', '--db', db]).code).toBe(0)
    const again = join(dir, 'again.json')
    expect(runCli(['import', 'targets', out, '--report', again, '--db', db]).code).toBe(0)
    expect(JSON.parse(readFileSync(again, 'utf8'))).toEqual({ imported: 0, updated: 0, unchanged: 1, invalid: [] })
  })

  it('says plainly that a file is not an xlsx (exit 1)', () => {
    const file = join(dir, 'notes.xlsx')
    writeFileSync(file, '序号,名称\n1,示范县鑫源餐饮有限公司\n')
    const run = runCli(['import', 'targets', file, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('不是 Excel 表格')
  })

  it('refuses a target sheet given as the checklist (exit 1, in Chinese), and exports the checklist (exit 0)', async () => {
    const file = join(dir, 'checklist.xlsx')
    writeFileSync(file, await messyTargetSheet([messyRow()]))
    const imported = runCli(['import', 'checklist', file, '--db', db])
    expect(imported.code).toBe(1)
    expect(imported.stderr).toMatch(/事项编码|抽查事项/)
    const exported = runCli(['export', 'checklist', join(dir, 'out.xlsx'), '--db', db])
    expect(exported.code).toBe(0)
    expect(exported.stdout).toContain('抽查事项清单')
  })

  it('checks codes: 有效 or the reason, exit 0 only when all are valid', () => {
    const ok = runCli(['uscc', '91350100M000100Y43', '９１３５０１００ｍ０００１００ｙ４３'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toBe('91350100M000100Y43\t有效\n91350100M000100Y43\t有效\n')
    const bad = runCli(['uscc', '91350100M000100Y43', '91350100M000100Y44'])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('91350100M000100Y44\t无效：校验位应为“3”，实为“4”')
  })
})
