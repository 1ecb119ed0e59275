import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildInspectionNoticesDocument } from '../../../src-main/documents/inspectionNoticeDocument'
import { buildRecordFormsDocument, RESULT_BOXES } from '../../../src-main/documents/recordFormDocument'
import { docxXml } from '../../support/docxXml'
import { sampleNotice, sampleRecordForm, tinyPng } from '../../support/noticeSamples'

const text = (xml: string) => xml.replace(/<[^>]+>/g, '')
// DOCUMENT_RENDER_DIR keeps the built files, for `node scripts/renderDocx.mjs <docx> <png>`.
function keep(name: string, bytes: Buffer): void {
  const dir = process.env.DOCUMENT_RENDER_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, name), bytes)
}

describe('行政检查通知书 (seeds/002 附件2)', () => {
  it('prints the 字号, the target, the window as a Chinese date, numbered items, inspectors with 执法证号, phone and signature lines', async () => {
    const bytes = await buildInspectionNoticesDocument({ countyName: '示范县', notices: [sampleNotice(7, 2)] })
    keep('notice.docx', bytes)
    const xml = docxXml(bytes).part('word/document.xml')
    const body = text(xml)
    expect(body).toContain('示范县部门联合“双随机、一公开”行政检查通知书')
    expect(body).toContain('部门联合双随机抽检字【2026】第 7 号')
    expect(body).toContain('示范县第7号商贸有限公司：')
    expect(body).toContain('我单位定于2026年3月10日至2026年4月30日期间，对你单位实施行政检查。')
    expect(body).toContain('1．食品经营者经营条件检查（县市场监督管理局）2．危险化学品经营许可条件检查（县应急管理局）')
    expect(body).toContain('张建国（县市场监督管理局，执法证号：37032219000101）组长')
    expect(body).toContain('执法检查人员签字：联系电话：0533-6961234')
    expect(body).toContain('当事人签字：联系电话：')
    expect(body).toContain('2026年3月1日')
    // No picture unless a QR code is given.
    expect(xml).not.toContain('<w:drawing>')
  })

  it('starts each notice of a batch on a new page and shrinks the type of a long merged visit to keep one page', async () => {
    const bytes = await buildInspectionNoticesDocument({ countyName: '示范县', notices: [sampleNotice(1, 2), sampleNotice(2, 6), sampleNotice(3, 2)] })
    keep('notices-batch.docx', bytes)
    const xml = docxXml(bytes).part('word/document.xml')
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2)
    // Each notice's paragraphs refer to the style of its scale: 0 is the largest type.
    const scales = xml.split('w:val="NoticeTitle"').slice(1).map((part) => Number(/w:val="Notice(\d)Line"/.exec(part)?.[1]))
    expect(scales[0]).toBe(scales[2])
    expect(scales[1]).toBeGreaterThan(scales[0])
    const styles = docxXml(bytes).part('word/styles.xml')
    expect(styles).toMatch(new RegExp(`w:styleId="Notice${scales[1]}Body"[\\s\\S]*?<w:sz w:val="(24|28|21)"`))
  })

  it('places a verification QR image of about 2.5 cm, floating in the top corner, when one is given', async () => {
    const bytes = await buildInspectionNoticesDocument({ countyName: '示范县', notices: [{ ...sampleNotice(), qr: { png: tinyPng() } }] })
    const doc = docxXml(bytes)
    const xml = doc.part('word/document.xml')
    expect(xml).toContain('<wp:anchor')
    expect(xml).toContain('<wp:positionH relativeFrom="page">')
    expect(xml).toMatch(/<wp:extent cx="(89\d{4}|90\d{4})" cy="\1"\/>/)
    expect(doc.paths.some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true)
  })
})

describe('实地核查记录表 (seeds/002 附件1)', () => {
  it('fills in the target and gives each item a block with the six result boxes, 备注 and the signature lines', async () => {
    const bytes = await buildRecordFormsDocument({ countyName: '示范县', forms: [sampleRecordForm(1, 6)] })
    keep('record-form.docx', bytes)
    const xml = docxXml(bytes).part('word/document.xml')
    const body = text(xml)
    expect(body).toContain('示范县部门联合“双随机、一公开”实地核查记录表')
    for (const value of ['示范县第1号商贸有限公司', '91370322MA3C00001X', '示范县城关街道', '赵德胜', '示范县城关街道幸福路88号', '13805330001']) {
      expect(body).toContain(value)
    }
    for (const box of RESULT_BOXES) expect(body.split(box)).toHaveLength(7)
    expect(body).toContain('检查事项6（县住房和城乡建设局）')
    expect(body).toContain('备注')
    for (const line of ['被核查单位盖章：', '核查人盖章：', '负责人签字：', '核查人签字：', '见证人签字：', '核查时间：']) expect(body).toContain(line)
  })

  it('makes one form per visit in a batch, and takes the QR hook too', async () => {
    const bytes = await buildRecordFormsDocument({ countyName: '示范县', forms: [sampleRecordForm(1), { ...sampleRecordForm(2), qr: { png: tinyPng() } }] })
    const xml = docxXml(bytes).part('word/document.xml')
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1)
    expect(xml.match(/<wp:anchor/g)).toHaveLength(1)
  })
})
