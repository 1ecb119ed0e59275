import { describe, expect, it } from 'vitest'
import { buildMinutesDocument, chineseOrdinal, type MinutesDocumentData } from '../../../src-main/documents/minutesDocument'
import { docxXml, elementAttributes, runs } from '../../support/docxXml'

const units = ['示范县人民政府', '示范县市场监督管理局', '示范县发展和改革局', '示范县人力资源和社会保障局', '示范县住房和城乡建设局']

function minutesData(overrides: Partial<MinutesDocumentData> = {}): MinutesDocumentData {
  return {
    countyName: '示范县',
    officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
    number: '双随机联席纪要〔2026〕1号',
    signedDate: '2026-03-23',
    issuedDate: '2026-03-24',
    body: '2026年3月20日，县政府副县长刘文博主持召开联席会议全体会议。\n会议听取了2025年度工作情况汇报。',
    decisions: [
      { content: '原则通过2026年度部门联合抽查工作计划。', ownerNames: ['示范县市场监督管理局'], dueDate: '2026-04-10' },
      { content: '各成员单位更新两库。', ownerNames: ['各成员单位'], dueDate: null }
    ],
    attendees: [
      { unitName: '示范县人民政府', personName: '刘文博', status: '出席' },
      { unitName: '示范县市场监督管理局', personName: '周立新', status: '出席' },
      { unitName: '示范县统计局', personName: '', status: '请假' },
      { unitName: '县食品安全专家组', personName: '刘教授', status: '列席' }
    ],
    copyTo: ['示范县人民政府'],
    ...overrides
  }
}

async function documentXml(overrides: Partial<MinutesDocumentData> = {}): Promise<string> {
  return docxXml(await buildMinutesDocument(minutesData(overrides))).part('word/document.xml')
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\s[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0])
const textOf = (xml: string) => runs(xml).map((r) => r.text).join('')
const paragraphStarting = (xml: string, start: string) => paragraphs(xml).find((p) => textOf(p).startsWith(start)) ?? ''

describe('the minutes (会议纪要) in the GB/T 9704-2012 纪要 layout', () => {
  it('opens with the county’s mark centred in red 方正小标宋简体, kept on one line', async () => {
    const mark = paragraphs(await documentXml())[0]
    expect(textOf(mark)).toBe('示范县“双随机、一公开”监管联席会议纪要')
    expect(elementAttributes(mark, 'w:jc')[0]).toEqual({ 'w:val': 'center' })
    expect(elementAttributes(mark, 'w:color')[0]).toEqual({ 'w:val': 'FF0000' })
    expect(elementAttributes(mark, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '方正小标宋简体' })
    // 20 一号 characters are narrowed to the 156 mm type area.
    expect(Number(elementAttributes(mark, 'w:w')[0]['w:val'])).toBeLessThan(100)
  })

  it('puts the number left and the signing date right on one line over a red rule', async () => {
    const line = paragraphs(await documentXml())[1]
    expect(textOf(line)).toBe('双随机联席纪要〔2026〕1号2026年3月23日')
    expect(line).toContain('<w:tab/>')
    expect(elementAttributes(line, 'w:bottom')[0]).toMatchObject({ 'w:val': 'single', 'w:color': 'FF0000' })
  })

  it('prints the drafted text as indented 仿宋 paragraphs and the decisions under 一、二、 in 黑体 with their units and dates', async () => {
    const xml = await documentXml()
    expect(textOf(paragraphStarting(xml, '会议听取了'))).toBe('会议听取了2025年度工作情况汇报。')
    expect(textOf(paragraphStarting(xml, '现将会议'))).toBe('现将会议议定事项纪要如下：')
    const first = paragraphStarting(xml, '一、')
    const [ordinal, content, duty] = runs(first)
    expect(ordinal.text).toBe('一、')
    expect(elementAttributes(ordinal.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '黑体' })
    expect(elementAttributes(ordinal.xml, 'w:sz')[0]).toEqual({ 'w:val': '32' })
    expect(elementAttributes(content.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '仿宋_GB2312' })
    expect(duty.text).toBe('（责任单位：示范县市场监督管理局；完成时限：2026年4月10日前）')
    expect(elementAttributes(first, 'w:ind')[0]).toMatchObject({ 'w:firstLine': '640' })
    expect(textOf(paragraphStarting(xml, '二、'))).toBe('二、各成员单位更新两库。（责任单位：各成员单位）')
  })

  it('lists 出席, 请假 and 列席 with the label in 3号黑体 and a full-width colon, names in 3号仿宋 hanging after the colon', async () => {
    const xml = await documentXml()
    for (const [label, names] of [
      ['出席', '示范县人民政府刘文博、示范县市场监督管理局周立新'],
      ['请假', '示范县统计局'],
      ['列席', '县食品安全专家组刘教授']
    ]) {
      const p = paragraphStarting(xml, `${label}：`)
      const [labelRun, namesRun] = runs(p)
      expect(labelRun.text).toBe(`${label}：`)
      expect(elementAttributes(labelRun.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '黑体' })
      expect(elementAttributes(labelRun.xml, 'w:sz')[0]).toEqual({ 'w:val': '32' })
      expect(namesRun.text).toBe(names)
      expect(elementAttributes(namesRun.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '仿宋_GB2312' })
      expect(elementAttributes(namesRun.xml, 'w:sz')[0]).toEqual({ 'w:val': '32' })
      // 左空二字 for the label; wrapped lines start 2 + 3 characters in, under the first name.
      expect(elementAttributes(p, 'w:ind')[0]).toEqual({ 'w:left': String(5 * 320), 'w:hanging': String(3 * 320) })
    }
  })

  it('lays out 40 attendees as one paragraph whose wrapped lines align under the first name, not the label', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ unitName: units[i % units.length], personName: `参会人${i + 1}`, status: '出席' as const }))
    const xml = await documentXml({ attendees: many })
    const p = paragraphStarting(xml, '出席：')
    expect(textOf(p).split('、')).toHaveLength(40)
    expect(elementAttributes(p, 'w:ind')[0]).toEqual({ 'w:left': '1600', 'w:hanging': '960' })
    expect(paragraphStarting(xml, '请假：')).toBe('')
  })

  it('ends with the 版记 on the foot of the last page: 抄送 and 印发 in 4号仿宋 between a thick, a thin and a thick rule', async () => {
    const xml = await documentXml()
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? ''
    expect(elementAttributes(table, 'w:tblpPr')[0]).toMatchObject({ 'w:tblpYSpec': 'bottom', 'w:vertAnchor': 'margin' })
    expect(elementAttributes(table, 'w:tblW')[0]).toEqual({ 'w:type': 'dxa', 'w:w': '8844' })
    expect(elementAttributes(table, 'w:top')[0]).toMatchObject({ 'w:val': 'single', 'w:sz': '8' })
    expect(elementAttributes(table, 'w:insideH')[0]).toMatchObject({ 'w:val': 'single', 'w:sz': '6' })
    expect(elementAttributes(table, 'w:bottom')[0]).toMatchObject({ 'w:val': 'single', 'w:sz': '8' })
    const [copy, issued] = paragraphs(table)
    expect(textOf(copy)).toBe('抄送：示范县人民政府。')
    expect(elementAttributes(copy, 'w:ind')[0]).toMatchObject({ 'w:left': String(280 + 3 * 280), 'w:hanging': String(3 * 280) })
    expect(textOf(issued)).toBe('示范县联席会议办公室2026年3月24日印发')
    for (const run of runs(table)) {
      expect(elementAttributes(run.xml, 'w:sz')[0]).toEqual({ 'w:val': '28' })
      expect(elementAttributes(run.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '仿宋_GB2312' })
    }
  })

  it('marks a correction version in the number line and says what was corrected', async () => {
    const xml = await documentXml({ correction: { version: 2, reason: '第一项完成时限有误' } })
    expect(textOf(paragraphs(xml)[1])).toContain('双随机联席纪要〔2026〕1号（更正）')
    expect(xml).toContain('更正说明：本纪要为第2版，更正原因：第一项完成时限有误。')
  })

  it('numbers decisions the Chinese way past ten', () => {
    expect([1, 10, 11, 20, 23].map(chineseOrdinal)).toEqual(['一', '十', '十一', '二十', '二十三'])
  })
})
