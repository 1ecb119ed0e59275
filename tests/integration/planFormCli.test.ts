import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

describe('spotcheck export/import plan-form and export plan (issue 7 §6)', () => {
  let dir: string
  let db: string
  const year = new Date().getFullYear()
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-plan-forms-'))
    db = join(dir, 'office.db')
    expect(runCli(['seed-demo', '--db', db]).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('exports a unit’s form by name and re-imports it unchanged with exit code 0 and the report', () => {
    const form = join(dir, 'form.xlsx')
    const exported = runCli(['export', 'plan-form', '--year', String(year + 1), '--department', '市场监管局', form, '--db', db])
    expect(exported.code, exported.stderr).toBe(0)
    const report = join(dir, 'report.json')
    const imported = runCli(['import', 'plan-form', form, '--report', report, '--db', db])
    expect(imported.code, imported.stderr).toBe(0)
    const json = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['imported', 'updated', 'unchanged', 'invalid'])
    expect(json).toMatchObject({ imported: 0, updated: 0, invalid: [] })
  })

  it('refuses a form with a bad cell with exit code 1 (all or nothing), and writes the valid rows with --skip-invalid', async () => {
    const form = join(dir, 'bad.xlsx')
    expect(runCli(['export', 'plan-form', '--year', String(year + 1), '--department', '示范县卫生健康局', form, '--db', db]).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(form)
    const sheet = workbook.getWorksheet('计划填报表')!
    sheet.getCell('C4').value = '卫生检查'
    sheet.getCell('Q4').value = `${year + 1}-04-01`
    sheet.getCell('R4').value = `${year + 1}-04-30`
    sheet.getCell('C5').value = '另一项'
    sheet.getCell('Q5').value = '四月'
    await workbook.xlsx.writeFile(form)
    const report = join(dir, 'bad.json')
    const refused = runCli(['import', 'plan-form', form, '--report', report, '--db', db])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('整个文件未导入')
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ imported: 0, updated: 0, invalid: [{ row: 5, column: '开始日期' }] })
    const partial = runCli(['import', 'plan-form', form, '--skip-invalid', '--report', report, '--db', db])
    expect(partial.code, partial.stderr).toBe(0)
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ updated: 1 })
  })

  it('refuses a form for the published plan, saying to make an adjustment', () => {
    const form = join(dir, 'published.xlsx')
    expect(runCli(['export', 'plan-form', '--year', String(year), '--department', '市场监管局', form, '--db', db]).code).toBe(0)
    const run = runCli(['import', 'plan-form', form, '--db', db])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('计划调整')
  })

  it('exports the plan table as xlsx and names an unknown unit', async () => {
    const out = join(dir, 'plan.xlsx')
    const run = runCli(['export', 'plan', '--year', String(year), out, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    expect(String(workbook.worksheets[0].getCell('B3').value)).toBe('抽查任务名称')
    const unknown = runCli(['export', 'plan-form', '--year', String(year), '--department', '不存在局', join(dir, 'x.xlsx'), '--db', db])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('成员单位中没有“不存在局”')
  })
})
