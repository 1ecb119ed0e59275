import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxXml, elementAttributes, runs } from '../support/docxXml'
import { runCli } from '../support/runCli'

const documentXml = (file: string) => docxXml(readFileSync(file)).part('word/document.xml')
const text = (xml: string) =>
  runs(xml)
    .map((r) => r.text)
    .join('')

describe('spotcheck departments, plans and the plan documents (issue 7 §5, §6)', () => {
  let dir: string
  let db: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-plans-'))
    db = join(dir, 'office.db')
    expect(runCli(['seed-demo', '--db', db]).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists the member units in the office’s order as id, name and short name', () => {
    const run = runCli(['departments', 'list', '--json', '--db', db])
    expect(run.code, run.stderr).toBe(0)
    const units = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(units.length).toBe(19)
    expect(Object.keys(units[0])).toEqual(['id', 'name', 'shortName'])
    expect(units[0]).toMatchObject({ name: '示范县市场监督管理局', shortName: '市场监管局' })
  })

  it('lists the plans as year, status, version and items', () => {
    const year = new Date().getFullYear()
    const plans = JSON.parse(runCli(['plans', 'list', '--json', '--db', db]).stdout) as Record<string, unknown>[]
    expect(plans).toEqual([
      { year: year + 1, status: '草拟', version: 1, items: 3 },
      { year, status: '已报备', version: 3, items: 14 }
    ])
  })

  it('prints the coverage as covered and uncovered items with unit and reason', () => {
    const year = new Date().getFullYear()
    const run = runCli(['plans', 'coverage', '--year', String(year), '--json', '--db', db])
    expect(run.code, run.stderr).toBe(0)
    const coverage = JSON.parse(run.stdout) as { covered: number; uncovered: { checklistItem: string; department: string; reason: string }[] }
    expect(coverage.covered).toBeGreaterThan(15)
    expect(Object.keys(coverage.uncovered[0])).toEqual(['checklistItem', 'department', 'reason'])
    expect(coverage.uncovered.find((u) => u.checklistItem === 'TJ-001')).toMatchObject({ department: '示范县统计局' })
    expect(coverage.uncovered.filter((u) => u.reason === '').map((u) => u.checklistItem)).toEqual(['JTYS-001', 'JTYS-002', 'JTYS-003'])
    expect(runCli(['plans', 'coverage', '--json', '--db', db]).code).toBe(2)
  })

  it('writes the plan as a 通知 page and a landscape 附件 whose fixed-layout table repeats its header row and ends with a total', () => {
    const year = new Date().getFullYear()
    const out = join(dir, 'plan.docx')
    const run = runCli(['doc', 'plan', '--year', String(year), '--out', out, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    const xml = documentXml(out)
    const body = text(xml)
    expect(body).toContain(`示范县${year}年度市场监管领域部门联合“双随机、一公开”抽查工作计划`)
    expect(body).toContain('附件：')
    const sizes = elementAttributes(xml, 'w:pgSz')
    expect(sizes.map((s) => s['w:orient'] ?? 'portrait')).toEqual(['portrait', 'landscape'])
    expect(elementAttributes(xml, 'w:tblLayout')[0]['w:type']).toBe('fixed')
    expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/g)?.length).toBe(1)
    expect(xml).toContain('<w:tblGrid>')
    expect(body).toMatch(/合计：共14项，其中联合抽查\d+项、重点事项\d+项/)
    // The cancelled item is left out of the plan as adjusted; the added one is in.
    expect(body).not.toContain('道路运输和机动车维修经营者检查')
    expect(body).toContain('药品零售企业经营行为检查')
  })

  it('writes the 计划调整公告 naming each adjustment with its reason', () => {
    const year = new Date().getFullYear()
    const out = join(dir, 'adjustments.docx')
    const run = runCli(['doc', 'plan-adjustments', '--year', String(year), '--out', out, '--db', db])
    expect(run.code, run.stderr).toBe(0)
    const body = text(documentXml(out))
    expect(body).toContain('的公告')
    expect(body).toContain('增加“药品零售企业经营行为检查”')
    expect(body).toContain('取消“道路运输和机动车维修经营者检查”')
    expect(body).toContain('调整理由：省交通运输厅统一部署')
  })
})
