import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, signatureBlock, titleParagraph } from './gongwen/gongwenParagraphs'
import { columnWidths, gongwenTable } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'
import { chineseOrdinal } from './minutesDocument'
import { signatureName } from './meetingNoticeDocument'

export interface PlanAdjustmentLine {
  kind: string
  itemName: string
  /** "牵头单位：A → B" lines; empty for 增加 and 取消. */
  changes: readonly string[]
  reason: string
  /** YYYY-MM-DD */
  date: string
  /** "经2026年4月10日联席会议议定" or ''. */
  approvedBy: string
}

export interface PlanAdjustmentsData {
  countyName: string
  officeName: string
  title: string
  issuedOn: string
  adjustments: readonly PlanAdjustmentLine[]
}

const TABLE_COLUMNS = columnWidths([1.1, 2.1, 3.2, 3.8, 3.6, 3.2], TEXT_WIDTH.portrait)

/**
 * 计划调整公告 (issue 7 §5; 004 §(十二) 建立年度抽查计划动态调整机制 … 及时调整并公示): each adjustment
 * named with what changed and why, then the table of all adjustments of the year.
 */
export async function buildPlanAdjustmentsDocument(data: PlanAdjustmentsData): Promise<Buffer> {
  const title = `关于调整《${data.title}》的公告`
  const describe = (a: PlanAdjustmentLine) =>
    a.kind === '增加' ? `增加“${a.itemName}”` : a.kind === '取消' ? `取消“${a.itemName}”` : `调整“${a.itemName}”：${a.changes.join('；')}`
  const body = [
    titleParagraph(title),
    blankLine(),
    bodyParagraph(`根据工作需要，经联席会议研究，对《${data.title}》作如下调整，现予公告：`),
    ...data.adjustments.map((a, i) =>
      bodyParagraph(`（${chineseOrdinal(i + 1)}）${describe(a)}。调整理由：${a.reason.replace(/[。；;]$/, '')}。${a.approvedBy ? `${a.approvedBy}。` : ''}`)
    ),
    bodyParagraph('计划其他内容不变。各成员单位按调整后的计划组织实施。'),
    blankLine(),
    gongwenTable({
      columns: [
        { header: '序号', width: TABLE_COLUMNS[0] },
        { header: '调整类型', width: TABLE_COLUMNS[1] },
        { header: '抽查任务', width: TABLE_COLUMNS[2], align: 'left' },
        { header: '调整内容', width: TABLE_COLUMNS[3], align: 'left' },
        { header: '调整理由', width: TABLE_COLUMNS[4], align: 'left' },
        { header: '调整日期', width: TABLE_COLUMNS[5] }
      ],
      fontSize: FONT_SIZE.size5,
      // The signature never starts a page alone (GB/T 9704-2012 §7.3.5): the last row goes with it.
      keepWithNext: true,
      rows:
        data.adjustments.length > 0
          ? data.adjustments.map((a, i) => [
              String(i + 1),
              a.kind,
              a.itemName,
              a.kind === '调整' ? a.changes.join('\n') : a.kind === '增加' ? '新增抽查任务' : '本年度不再实施',
              a.reason,
              formatChineseDate(a.date)
            ])
          : [['', '', '本年度计划未作调整', '', '', '']]
    }),
    blankLine({ keepNext: true }),
    ...signatureBlock(signatureName(data.countyName, data.officeName), formatChineseDate(data.issuedOn))
  ]
  return packDocument([gongwenSection({ children: body })], { title, creator: data.officeName })
}
