import { describe, expect, it } from 'vitest'
import { buildChecklistDocument, type ChecklistDocumentData } from '../../../src-main/documents/checklistDocument'
import { TEXT_WIDTH } from '../../../src-main/documents/gongwen/gongwenStyle'
import { docxXml, elementAttributes, runs } from '../../support/docxXml'

type Item = ChecklistDocumentData['items'][number]

const item = (overrides: Partial<Item> = {}): Item => ({
  code: 'SCJG-001',
  name: '食品销售者经营活动的检查',
  category: '重点',
  targetType: '食品销售者',
  methods: ['实地核查', '抽样检测'],
  basis: '《中华人民共和国食品安全法》第一百一十条',
  departmentName: '市场监管',
  jointDepartmentNames: [],
  ...overrides
})

async function documentXml(items: Item[]): Promise<string> {
  const bytes = await buildChecklistDocument({ countyName: '示范县', officeName: '示范县联席会议办公室', issuedOn: '2026-03-01', items })
  return docxXml(bytes).part('word/document.xml')
}

function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => runs(cell[0]).map((r) => r.text).join(''))
  )
}

describe('the checklist document (抽查事项清单)', () => {
  it('is a landscape A4 page whose table fills the type area', async () => {
    const xml = await documentXml([item()])
    expect(elementAttributes(xml, 'w:pgSz')[0]).toMatchObject({ 'w:orient': 'landscape' })
    const grid = elementAttributes(xml, 'w:gridCol').map((a) => Number(a['w:w']))
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.landscape)
  })

  it('lists each item with the columns 004 §(八) names: 事项, 对象, 类别, 方式, 主体, 依据', async () => {
    const xml = await documentXml([item(), item({ code: 'XF-001', name: '消防安全检查', category: '一般', departmentName: '消防救援', jointDepartmentNames: ['应急管理', '住房城乡建设'], methods: ['实地核查'] })])
    const rows = tableRows(xml)
    expect(rows[0]).toEqual(['序号', '检查主体', '事项编码', '抽查事项', '事项类别', '检查对象', '检查方式', '检查依据'])
    expect(rows[1]).toEqual(['1', '市场监管', 'SCJG-001', '食品销售者经营活动的检查', '重点', '食品销售者', '实地核查抽样检测', '《中华人民共和国食品安全法》第一百一十条'])
    expect(rows[2][1]).toBe('消防救援联合：应急管理、住房城乡建设')
    expect(xml).toContain('截至2026年3月1日，共2项')
  })
})
