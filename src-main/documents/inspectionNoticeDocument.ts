import { defaultInspectionNoticeWording } from '@shared/domain/documentTemplates'
import { AlignmentType, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type IParagraphStyleOptions, type ParagraphChild } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { cornerQrImage, type CornerQr } from './gongwen/cornerQrImage'
import { textWidthInChars } from './gongwen/gongwenParagraphs'
import { gongwenSection } from './gongwen/gongwenSection'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, PORTRAIT_MARGINS, A4, TEXT_WIDTH, charWidth } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface NoticeInspector {
  name: string
  certNo: string
  departmentName: string
  leader: boolean
}

/** One 行政检查通知书 (seeds/002 附件2): one per visit, a merged visit's listing the items of every task on it. */
export interface InspectionNoticeData {
  /** 部门联合双随机抽检字【2026】第 N 号 */
  numberText: string
  targetName: string
  /** The planned day (YYYY-MM-DD), or the on-site window when no day is set. */
  visitDate: string | null
  periodStart: string
  periodEnd: string
  /** Checklist items of every task on the visit, in order. */
  items: { name: string; departmentName: string }[]
  inspectors: NoticeInspector[]
  /** The issuing task's lead department: it signs, and its liaison phone is the contact. */
  issuerName: string
  contactPhone: string
  /** YYYY-MM-DD */
  issuedOn: string
  qr?: CornerQr
}

export interface InspectionNoticesDocumentData {
  countyName: string
  notices: readonly InspectionNoticeData[]
  /** The office's wording (issue 9 §5, settings 文书措辞); the defaults of 附件2 when left out. */
  wording?: NoticeWording
}

/** The fixed wording of a notice the office may adjust: the 依据 sentence and the closing request. */
export interface NoticeWording {
  basis: string
  cooperation: string
}

const defaultNoticeWording: NoticeWording = defaultInspectionNoticeWording

/**
 * Type sizes tried in turn so a notice stays on ONE page (issue 8 §6): 3号 body on the 公文 line
 * (GB/T 9704-2012 §5.2.3) when it fits, smaller when a merged visit lists many items and inspectors.
 */
const SCALES = [
  { size: FONT_SIZE.size3, line: BODY_LINE_SPACING.line },
  { size: FONT_SIZE.size4, line: 500 },
  { size: FONT_SIZE.small4, line: 420 },
  { size: FONT_SIZE.size5, line: 340 }
] as const
type Scale = (typeof SCALES)[number]

/** Height of the title (two 2号 lines) in twips. */
const TITLE_HEIGHT = 2 * BODY_LINE_SPACING.line

function dateText(n: InspectionNoticeData): string {
  return n.visitDate ? formatChineseDate(n.visitDate) : `${formatChineseDate(n.periodStart)}至${formatChineseDate(n.periodEnd)}期间`
}

function inspectorLine(p: NoticeInspector): string {
  return `${p.name}（${p.departmentName}，执法证号：${p.certNo || '未登记'}）${p.leader ? '组长' : ''}`
}

function bodyTexts(n: InspectionNoticeData, wording: NoticeWording = defaultNoticeWording) {
  return {
    basis: `${wording.basis.replace(/[，。；\s]+$/u, '')}，我单位定于${dateText(n)}，对你单位实施行政检查。`,
    cooperation: wording.cooperation,
    items: n.items.map((item, i) => `${i + 1}．${item.name}（${item.departmentName}）`),
    inspectors: n.inspectors.map(inspectorLine)
  }
}

/** Lines the notice takes at a scale: each paragraph's width over the characters a line holds. */
function linesAt(n: InspectionNoticeData, scale: Scale, wording: NoticeWording): number {
  const perLine = Math.floor(TEXT_WIDTH.portrait / charWidth(scale.size))
  const lines = (text: string, indent = 2) => Math.max(1, Math.ceil((textWidthInChars(text) + indent) / perLine))
  const t = bodyTexts(n, wording)
  // number, blank, addressee, heading, inspectors heading, blank, two signature lines, blank, issuer, date
  const fixed = 11
  return (
    fixed +
    lines(`${n.targetName}：`, 0) +
    lines(t.basis) +
    lines(t.cooperation) +
    t.items.reduce((s, x) => s + lines(x), 0) +
    t.inspectors.reduce((s, x) => s + lines(x), 0)
  )
}

function chooseScale(n: InspectionNoticeData, wording: NoticeWording): Scale {
  const room = A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom - TITLE_HEIGHT
  return SCALES.find((s) => linesAt(n, s, wording) * s.line <= room) ?? SCALES[SCALES.length - 1]
}

/** Style ids per scale: body lines indented two characters, plain lines flush left. */
const styleId = (i: number, kind: 'body' | 'line') => `Notice${i}${kind === 'body' ? 'Body' : 'Line'}`

/** The paragraph styles of every scale (font, size, exact line, indent): the notices refer to them by id. */
export const noticeParagraphStyles: IParagraphStyleOptions[] = SCALES.flatMap((scale, i) => {
  const base = {
    run: { font: FONT.fangSong, size: scale.size },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { line: scale.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }
  }
  return [
    { id: styleId(i, 'line'), name: `通知书正文${i + 1}`, ...base },
    { id: styleId(i, 'body'), name: `通知书段落${i + 1}`, basedOn: styleId(i, 'line'), paragraph: { ...base.paragraph, indent: { firstLine: 2 * charWidth(scale.size) } } }
  ]
})

/** The title (GB/T 9704-2012 §7.3.1): 2号 小标宋, centred. */
const TITLE_STYLE = 'NoticeTitle'
const titleStyle: IParagraphStyleOptions = {
  id: TITLE_STYLE,
  name: '通知书标题',
  run: { font: FONT.xiaoBiaoSong, size: FONT_SIZE.size2 },
  paragraph: { alignment: AlignmentType.CENTER, spacing: BODY_LINE_SPACING }
}

/** Plain runs: the paragraph style carries the font; "\t" becomes a tab. */
function plain(text: string): ParagraphChild[] {
  const parts = text.split('\t')
  return [new TextRun({ children: parts.flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])) })]
}

function noticeParagraphs(county: string, n: InspectionNoticeData, first: boolean, wording: NoticeWording): Paragraph[] {
  const index = SCALES.indexOf(chooseScale(n, wording))
  const char = charWidth(SCALES[index].size)
  const body = (text: string) => new Paragraph({ style: styleId(index, 'body'), children: plain(text) })
  const line = (text: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; right?: number; tabs?: boolean } = {}) =>
    new Paragraph({
      style: styleId(index, 'line'),
      alignment: options.align,
      indent: options.right ? { right: options.right } : undefined,
      tabStops: options.tabs ? [{ type: TabStopType.LEFT, position: Math.round(TEXT_WIDTH.portrait * 0.55) }] : undefined,
      children: plain(text)
    })
  const t = bodyTexts(n, wording)
  return [
    new Paragraph({
      style: TITLE_STYLE,
      pageBreakBefore: !first,
      children: [...(n.qr ? [cornerQrImage(n.qr)] : []), new TextRun({ text: `${county}部门联合“双随机、一公开”` }), new TextRun({ text: '行政检查通知书', break: 1 })]
    }),
    line(n.numberText, { align: AlignmentType.CENTER }),
    line(''),
    line(`${n.targetName}：`),
    body(t.basis),
    body('检查事项如下：'),
    ...t.items.map(body),
    body('执法检查人员：'),
    ...t.inspectors.map(body),
    body(t.cooperation),
    line(''),
    line(`执法检查人员签字：\t联系电话：${n.contactPhone}`, { tabs: true }),
    line('当事人签字：\t联系电话：', { tabs: true }),
    line(''),
    line(`${n.issuerName}（盖章）`, { align: AlignmentType.RIGHT, right: 2 * char }),
    line(formatChineseDate(n.issuedOn), { align: AlignmentType.RIGHT, right: 2 * char })
  ]
}

/**
 * 行政检查通知书 (seeds/002 附件2): the office's 字号, the target, the day, the items as numbered lines,
 * the inspectors with their 执法证号, the contact phone and the signature lines; each on ONE A4 page,
 * each starting a new page, so a batch prints a page each.
 */
export async function buildInspectionNoticesDocument(data: InspectionNoticesDocumentData): Promise<Buffer> {
  // One section, each notice starting a new page: a thousand section breaks would only slow the build.
  const wording = data.wording ?? defaultNoticeWording
  const children = data.notices.flatMap((n, i) => noticeParagraphs(data.countyName, n, i === 0, wording))
  return packDocument([gongwenSection({ children, pageNumbers: false })], {
    title: '行政检查通知书',
    creator: data.countyName,
    paragraphStyles: [titleStyle, ...noticeParagraphStyles]
  })
}
