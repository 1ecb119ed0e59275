import { Paragraph } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, gongwenRuns, signatureBlock, titleParagraph } from './gongwen/gongwenParagraphs'
import { columnWidths, gongwenTable } from './gongwen/gongwenTable'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, TEXT_WIDTH } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'
import { signatureName } from './meetingNoticeDocument'

export interface PlanDocumentItem {
  name: string
  /** 简称, as the table prints units. */
  leadDepartmentName: string
  participatingNames: readonly string[]
  /** "编码 名称" of each checklist item. */
  checklistItems: readonly string[]
  scopeText: string
  /** "A 3%、B 4%、C 5%、D 6%" or "固定 20 户". */
  ratioText: string
  estimatedCount: number
  category: string
  method: string
  /** "3月—5月" or "2026年3月1日至5月31日". */
  periodText: string
  notes: string
}

export interface PlanDocumentData {
  countyName: string
  officeName: string
  year: number
  /** <县>2026年度市场监管领域部门联合“双随机、一公开”抽查工作计划 */
  title: string
  /** The preamble template with {县} and {年度} filled; "\n" separates paragraphs, the first is the addressee. */
  preamble: string
  /** The date on the 通知, YYYY-MM-DD. */
  issuedOn: string
  /** "（第2版，含2次调整）" when the plan shown is an adjusted version; '' for the plan as published. */
  versionNote: string
  items: readonly PlanDocumentItem[]
}

/** 12 columns across the landscape type area; the weights keep 抽查事项 and 对象范围 widest. */
const TABLE_COLUMNS = columnWidths([1.3, 3.1, 2.4, 2.5, 4.2, 3.3, 2.3, 1.5, 1.3, 2.1, 2.3, 1.8], TEXT_WIDTH.landscape)

/**
 * 年度联合抽查工作计划 (issue 7 §5; 000 §五(二)3 per 附录D; 004 §(十四): scope, timing and estimated
 * numbers): a portrait 通知 page with the clerk's preamble and the 附件 line, then the plan table as the
 * 附件 on landscape pages, its header row repeated on every page, fixed column widths, 序号 and a total row.
 */
export async function buildPlanDocument(data: PlanDocumentData): Promise<Buffer> {
  const noticeTitle = `关于印发《${data.title}》的通知`
  const [addressee, ...paragraphs] = data.preamble.split('\n').filter((p) => p.trim() !== '')
  const issuedOn = formatChineseDate(data.issuedOn)
  const notice = [
    titleParagraph(noticeTitle),
    blankLine(),
    bodyParagraph(addressee ?? '各成员单位：', { indent: false }),
    ...paragraphs.map((p) => bodyParagraph(p)),
    blankLine(),
    bodyParagraph(`附件：${data.title}${data.versionNote}`),
    blankLine(),
    blankLine(),
    ...signatureBlock(signatureName(data.countyName, data.officeName), issuedOn)
  ]
  const total = data.items.reduce((sum, i) => sum + i.estimatedCount, 0)
  const joint = data.items.filter((i) => i.participatingNames.length > 0).length
  const key = data.items.filter((i) => i.category === '重点').length
  const columns = [
    { header: '序号', width: TABLE_COLUMNS[0] },
    { header: '抽查任务名称', width: TABLE_COLUMNS[1], align: 'left' as const },
    { header: '牵头单位', width: TABLE_COLUMNS[2] },
    { header: '参与部门', width: TABLE_COLUMNS[3] },
    { header: '抽查事项', width: TABLE_COLUMNS[4], align: 'left' as const },
    { header: '抽查对象范围', width: TABLE_COLUMNS[5], align: 'left' as const },
    { header: '抽查比例（数量）', width: TABLE_COLUMNS[6] },
    { header: '预估户数', width: TABLE_COLUMNS[7] },
    { header: '事项类别', width: TABLE_COLUMNS[8] },
    { header: '检查方式', width: TABLE_COLUMNS[9] },
    { header: '实施时间', width: TABLE_COLUMNS[10] },
    { header: '备注', width: TABLE_COLUMNS[11], align: 'left' as const }
  ]
  const rows = data.items.map((item, i) => [
    String(i + 1),
    item.name,
    item.leadDepartmentName,
    item.participatingNames.join('、') || '—',
    item.checklistItems.join('\n'),
    item.scopeText,
    item.ratioText,
    String(item.estimatedCount),
    item.category,
    item.method || '—',
    item.periodText,
    item.notes
  ])
  const totalRow = ['', `合计：共${data.items.length}项，其中联合抽查${joint}项、重点事项${key}项`, '', '', '', '', '', String(total), '', '', '', '']
  const attachment = [
    new Paragraph({ spacing: BODY_LINE_SPACING, children: gongwenRuns('附件', FONT.heiTi) }),
    titleParagraph(data.title),
    ...(data.versionNote ? [new Paragraph({ alignment: 'center', children: gongwenRuns(data.versionNote, FONT.kaiTi) })] : []),
    blankLine(),
    gongwenTable({ columns, fontSize: FONT_SIZE.size5, rows: [...rows, totalRow] })
  ]
  return packDocument([gongwenSection({ children: notice }), gongwenSection({ children: attachment, orientation: 'landscape' })], {
    title: data.title,
    creator: data.officeName
  })
}
