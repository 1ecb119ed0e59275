import { templateSpec } from '@shared/domain/documentTemplates'
import { Paragraph } from 'docx'
import type { DecisionStatus } from '@shared/domain/enums'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, gongwenRuns, headingParagraph, signatureBlock, subtitleParagraph, titleParagraph } from './gongwen/gongwenParagraphs'
import { columnWidths, gongwenTable } from './gongwen/gongwenTable'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, TEXT_WIDTH } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'
import { chineseOrdinal } from './minutesDocument'
import { signatureName } from './meetingNoticeDocument'

export interface ReportDecision {
  meetingTitle: string
  /** YYYY-MM-DD */
  meetingDate: string
  content: string
  ownerNames: readonly string[]
  dueDate: string | null
  /** As the board shows it: 逾期 follows from the due date. */
  status: DecisionStatus
  latestProgress: { date: string; note: string } | null
}

export interface DecisionsReportData {
  countyName: string
  officeName: string
  /** The date the report speaks of ("截至"), YYYY-MM-DD. */
  asOf: string
  /** Overdue first, as the board sorts them. */
  decisions: readonly ReportDecision[]
  /** issue 9 §5: the office's wording of “二、工作要求” (settings → 文书措辞); the defaults when absent. */
  wording?: { requirementsOverdue: string; requirementsOnTrack: string }
}

function requirements(data: DecisionsReportData, anyOverdue: boolean): string {
  const fields = templateSpec('decisionsReport')!.fields
  if (anyOverdue) return data.wording?.requirementsOverdue ?? fields[0].default
  return data.wording?.requirementsOnTrack ?? fields[1].default
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

function statusText(d: ReportDecision, asOf: string): string {
  return d.status === '逾期' && d.dueDate ? `逾期\n（${daysBetween(d.dueDate, asOf)}天）` : d.status
}

const TABLE_COLUMNS = columnWidths([1.2, 7.6, 3.8, 3.2, 1.9, 5.5], TEXT_WIDTH.landscape)

/**
 * 议定事项落实情况通报 (issue 5 §6; seeds/001 附件 §三: 联席会议办公室督促落实联席会议议定事项): the counts by
 * status, the overdue decisions named one by one with what is asked of their units, and, as its 附件 on a
 * landscape page, the table of every decision with its units, due date, status and latest progress.
 */
export async function buildDecisionsReportDocument(data: DecisionsReportData): Promise<Buffer> {
  const count = (status: DecisionStatus) => data.decisions.filter((d) => d.status === status).length
  const overdue = data.decisions.filter((d) => d.status === '逾期')
  const asOf = formatChineseDate(data.asOf)
  const title = '联席会议议定事项落实情况通报'
  const body = [
    titleParagraph(title),
    subtitleParagraph(`（截至${asOf}）`),
    blankLine(),
    bodyParagraph('联席会议各成员单位：', { indent: false }),
    bodyParagraph(
      `截至${asOf}，联席会议共议定事项${data.decisions.length}项，其中已完成${count('已完成')}项，推进中${count('推进中')}项，未开始${count('未开始')}项，逾期未完成${overdue.length}项。现将落实情况通报如下：`
    ),
    headingParagraph(1, '一、逾期未完成的事项'),
    ...(overdue.length > 0
      ? overdue.map((d, i) =>
          bodyParagraph(
            `（${chineseOrdinal(i + 1)}）${d.content.replace(/[。；;]$/, '')}。责任单位：${d.ownerNames.join('、')}；完成期限：${formatChineseDate(d.dueDate!)}，已逾期${daysBetween(d.dueDate!, data.asOf)}天。`
          )
        )
      : [bodyParagraph('无。')]),
    headingParagraph(1, '二、工作要求'),
    ...requirements(data, overdue.length > 0)
      .split('\n')
      .map((line) => bodyParagraph(line)),
    blankLine(),
    bodyParagraph('附件：联席会议议定事项落实情况表'),
    blankLine(),
    blankLine(),
    ...signatureBlock(signatureName(data.countyName, data.officeName), asOf)
  ]
  const attachment = [
    new Paragraph({ spacing: BODY_LINE_SPACING, children: gongwenRuns('附件', FONT.heiTi) }),
    titleParagraph('联席会议议定事项落实情况表'),
    blankLine(),
    gongwenTable({
      columns: [
        { header: '序号', width: TABLE_COLUMNS[0] },
        { header: '议定事项', width: TABLE_COLUMNS[1], align: 'left' },
        { header: '责任单位', width: TABLE_COLUMNS[2], align: 'left' },
        { header: '完成期限', width: TABLE_COLUMNS[3] },
        { header: '落实状态', width: TABLE_COLUMNS[4] },
        { header: '最新进展', width: TABLE_COLUMNS[5], align: 'left' }
      ],
      fontSize: FONT_SIZE.small4,
      rows:
        data.decisions.length > 0
          ? data.decisions.map((d, i) => [
              String(i + 1),
              `${d.content}\n（${formatChineseDate(d.meetingDate)}会议议定）`,
              d.ownerNames.join('、'),
              d.dueDate ? formatChineseDate(d.dueDate) : '未定',
              statusText(d, data.asOf),
              d.latestProgress ? `${formatChineseDate(d.latestProgress.date)}：${d.latestProgress.note}` : '暂无'
            ])
          : [['', '暂无议定事项', '', '', '', '']]
    })
  ]
  return packDocument([gongwenSection({ children: body }), gongwenSection({ children: attachment, orientation: 'landscape' })], {
    title,
    creator: data.officeName
  })
}
