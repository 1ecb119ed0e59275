import { AlignmentType, LineRuleType, Paragraph, TabStopType, type ParagraphChild } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { cornerQrImage, type CornerQr } from './gongwen/cornerQrImage'
import { gongwenRuns, textWidthInChars } from './gongwen/gongwenParagraphs'
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
}

/** The legal basis of seeds/002 附件2, with the State Council document named as it is numbered (〔2019〕). */
const BASIS = '根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）等相关要求'

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

function bodyTexts(n: InspectionNoticeData) {
  return {
    basis: `${BASIS}，我单位定于${dateText(n)}，对你单位实施行政检查。`,
    items: n.items.map((item, i) => `${i + 1}．${item.name}（${item.departmentName}）`),
    inspectors: n.inspectors.map(inspectorLine)
  }
}

/** Lines the notice takes at a scale: each paragraph's width over the characters a line holds. */
function linesAt(n: InspectionNoticeData, scale: Scale): number {
  const perLine = Math.floor(TEXT_WIDTH.portrait / charWidth(scale.size))
  const lines = (text: string, indent = 2) => Math.max(1, Math.ceil((textWidthInChars(text) + indent) / perLine))
  const t = bodyTexts(n)
  // number, blank, addressee, heading, inspectors heading, cooperation, blank, two signature lines, blank, issuer, date
  const fixed = 12
  return fixed + lines(`${n.targetName}：`, 0) + lines(t.basis) + t.items.reduce((s, x) => s + lines(x), 0) + t.inspectors.reduce((s, x) => s + lines(x), 0)
}

function chooseScale(n: InspectionNoticeData): Scale {
  const room = A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom - TITLE_HEIGHT
  return SCALES.find((s) => linesAt(n, s) * s.line <= room) ?? SCALES[SCALES.length - 1]
}

function noticeParagraphs(county: string, n: InspectionNoticeData): Paragraph[] {
  const scale = chooseScale(n)
  const spacing = { line: scale.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 }
  const char = charWidth(scale.size)
  const runs = (text: string, font = FONT.fangSong) => gongwenRuns(text, font, scale.size)
  const line = (children: ParagraphChild[], options: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; tabs?: boolean } = {}) =>
    new Paragraph({
      alignment: options.align ?? AlignmentType.JUSTIFIED,
      spacing,
      indent: options.indent ? { firstLine: 2 * char } : undefined,
      tabStops: options.tabs ? [{ type: TabStopType.LEFT, position: Math.round(TEXT_WIDTH.portrait * 0.55) }] : undefined,
      children
    })
  const t = bodyTexts(n)
  const issuerRight = 2 * char
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: BODY_LINE_SPACING,
      children: [...(n.qr ? [cornerQrImage(n.qr)] : []), ...gongwenRuns(`${county}部门联合“双随机、一公开”\n行政检查通知书`, FONT.xiaoBiaoSong, FONT_SIZE.size2)]
    }),
    line(runs(n.numberText), { align: AlignmentType.CENTER }),
    line([]),
    line(runs(`${n.targetName}：`)),
    line(runs(t.basis), { indent: true }),
    line(runs('检查事项如下：'), { indent: true }),
    ...t.items.map((text) => line(runs(text), { indent: true })),
    line(runs('执法检查人员：'), { indent: true }),
    ...t.inspectors.map((text) => line(runs(text), { indent: true })),
    line(runs('请你单位对行政检查工作予以积极配合。'), { indent: true }),
    line([]),
    line(runs(`执法检查人员签字：\t联系电话：${n.contactPhone}`), { tabs: true }),
    line(runs('当事人签字：\t联系电话：'), { tabs: true }),
    line([]),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing, indent: { right: issuerRight }, children: runs(`${n.issuerName}（盖章）`) }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing, indent: { right: issuerRight }, children: runs(formatChineseDate(n.issuedOn)) })
  ]
}

/**
 * 行政检查通知书 (seeds/002 附件2): the office's 字号, the target, the day, the items as numbered lines,
 * the inspectors with their 执法证号, the contact phone and the signature lines; each on ONE A4 page,
 * one section per notice so a batch prints a page each.
 */
export async function buildInspectionNoticesDocument(data: InspectionNoticesDocumentData): Promise<Buffer> {
  const sections = data.notices.map((n) => gongwenSection({ children: noticeParagraphs(data.countyName, n), pageNumbers: false }))
  return packDocument(sections, { title: '行政检查通知书', creator: data.countyName })
}
