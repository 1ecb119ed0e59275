import { describe, expect, it } from 'vitest'
import { buildMembersDocument, type MembersDocumentData } from '../../../src-main/documents/membersDocument'
import { docxXml, elementAttributes, runs, type DocxXml } from '../../support/docxXml'
import { memberUnit } from '../../support/memberUnit'

function membersData(overrides: Partial<MembersDocumentData> = {}): MembersDocumentData {
  return {
    countyName: '示范县',
    officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
    issuedOn: '2026-03-01',
    departments: [
      memberUnit({ name: '示范县商务局' }),
      memberUnit({ name: '示范县市场监督管理局', isLead: true, leaderName: '周立新', leaderPost: '党组成员、副局长' }),
      memberUnit({ name: '示范县统计局', leaderName: '', leaderPost: '', liaisonName: '', liaisonPhone: '' })
    ],
    ...overrides
  }
}

async function build(overrides: Partial<MembersDocumentData> = {}): Promise<DocxXml> {
  return docxXml(await buildMembersDocument(membersData(overrides)))
}

/** The text of each cell of each table row, in document order. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => runs(cell[0]).map((r) => r.text).join(''))
  )
}

describe('the member list (联席会议成员单位及联络员名单)', () => {
  it('is set on A4 with the GB/T 9704-2012 margins', async () => {
    const document = (await build()).part('word/document.xml')
    expect(elementAttributes(document, 'w:pgSz')).toEqual([{ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' }])
    expect(elementAttributes(document, 'w:pgMar')[0]).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1588',
      'w:right': '1474'
    })
  })

  it('sets body text in 3号 仿宋_GB2312 with Times New Roman for Latin, on exact 28.95 pt lines', async () => {
    const styles = (await build()).part('word/styles.xml')
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? ''
    expect(elementAttributes(defaults, 'w:rFonts')[0]).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman'
    })
    expect(elementAttributes(defaults, 'w:sz')[0]).toEqual({ 'w:val': '32' })
    expect(elementAttributes(defaults, 'w:spacing')[0]).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' })
  })

  it('puts the title in 2号 方正小标宋简体, broken into two lines, on exact 28.95 pt lines', async () => {
    const document = (await build()).part('word/document.xml')
    const firstParagraph = /<w:p>[\s\S]*?<\/w:p>/.exec(document)?.[0] ?? ''
    expect(elementAttributes(firstParagraph, 'w:spacing')[0]).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' })
    expect(elementAttributes(firstParagraph, 'w:jc')[0]).toEqual({ 'w:val': 'center' })
    const titleRuns = runs(firstParagraph)
    expect(titleRuns.map((r) => r.text)).toEqual(['示范县“双随机、一公开”监管联席会议', '成员单位及联络员名单'])
    for (const run of titleRuns) {
      expect(elementAttributes(run.xml, 'w:sz')[0]).toEqual({ 'w:val': '44' })
      expect(elementAttributes(run.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '方正小标宋简体', 'w:ascii': 'Times New Roman' })
    }
  })

  it('never writes the "exactly" line rule that Word and LibreOffice read as a multiple', async () => {
    const docx = await build()
    for (const xml of [docx.part('word/document.xml'), docx.part('word/styles.xml'), ...docx.parts(/^word\/footer\d+\.xml$/)]) {
      expect(xml).not.toContain('w:lineRule="exactly"')
    }
  })

  it('names the issuing office and the date, written the Chinese way, under the title', async () => {
    const document = (await build()).part('word/document.xml')
    const secondParagraph = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)][1][0]
    expect(runs(secondParagraph).map((r) => r.text)).toEqual([
      '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
      '2026年3月1日'
    ])
    expect(elementAttributes(secondParagraph, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '楷体_GB2312' })
  })

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left, one character in', async () => {
    const docx = await build()
    expect(docx.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    const document = docx.part('word/document.xml')
    const references = elementAttributes(document, 'w:footerReference').map((r) => r['w:type'])
    expect(references.sort()).toEqual(['default', 'even'])

    const footers = docx.parts(/^word\/footer\d+\.xml$/)
    expect(footers).toHaveLength(2)
    const sides = footers.map((footer) => {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>')
      const texts = runs(footer).map((r) => r.text).join('')
      expect(texts).toBe('—  —')
      for (const run of runs(footer)) {
        expect(elementAttributes(run.xml, 'w:sz')[0]).toEqual({ 'w:val': '28' })
        expect(elementAttributes(run.xml, 'w:rFonts')[0]).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' })
      }
      return { jc: elementAttributes(footer, 'w:jc')[0]['w:val'], indent: elementAttributes(footer, 'w:ind')[0] }
    })
    expect(sides).toContainEqual({ jc: 'right', indent: { 'w:right': '280' } })
    expect(sides).toContainEqual({ jc: 'left', indent: { 'w:left': '280' } })
  })

  it('lays the table out with fixed column widths that fill the type area, in every cell too', async () => {
    const document = (await build()).part('word/document.xml')
    expect(document).toContain('<w:tblLayout w:type="fixed"/>')
    const grid = elementAttributes(document, 'w:gridCol').map((c) => Number(c['w:w']))
    expect(grid).toHaveLength(6)
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 1588 - 1474)

    const cellWidths = elementAttributes(document, 'w:tcW')
    expect(cellWidths).toHaveLength(6 * 4)
    cellWidths.forEach((width, i) => {
      expect(width).toEqual({ 'w:type': 'dxa', 'w:w': String(grid[i % 6]) })
    })
  })

  it('repeats the header row on every page and sets the table in 小四 on exact lines', async () => {
    const document = (await build()).part('word/document.xml')
    const rows = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false)
    for (const run of runs(rows.join(''))) {
      expect(elementAttributes(run.xml, 'w:sz')[0]).toEqual({ 'w:val': '24' })
    }
    expect(elementAttributes(rows[1], 'w:spacing')[0]).toMatchObject({ 'w:lineRule': 'exact', 'w:line': '300' })
  })

  it('lists the lead unit first, then the others in the order given, with blank cells for missing people', async () => {
    const rows = tableRows((await build()).part('word/document.xml'))
    expect(rows[0]).toEqual(['序号', '成员单位', '联席会议成员', '职务', '联络员', '联系电话'])
    expect(rows.slice(1)).toEqual([
      ['1', '示范县市场监督管理局', '周立新', '党组成员、副局长', '方明', '13805331234'],
      ['2', '示范县商务局', '蒋丽华', '副局长', '方明', '13805331234'],
      ['3', '示范县统计局', '', '', '', '']
    ])
    expect((await build()).part('word/document.xml')).not.toMatch(/undefined|null/)
  })

  it('puts the office and the date on one line when the office has a short name', async () => {
    const document = (await build({ officeName: '示范县联席会议办公室' })).part('word/document.xml')
    const secondParagraph = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)][1][0]
    expect(runs(secondParagraph).map((r) => r.text)).toEqual(['示范县联席会议办公室　2026年3月1日'])
  })
})
