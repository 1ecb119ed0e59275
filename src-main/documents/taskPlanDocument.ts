import { Paragraph } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, gongwenRuns, headingParagraph, signatureBlock, subtitleParagraph, titleParagraph } from './gongwen/gongwenParagraphs'
import { columnWidths, gongwenTable } from './gongwen/gongwenTable'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, TEXT_WIDTH } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface TaskPlanRouteRow {
  date: string | null
  /** "组长 张三\n组员 李四、王五" */
  group: string
  town: string
  targetName: string
  address: string
}

export interface TaskPlanDocumentData {
  officeName: string
  taskCode: string
  taskName: string
  /** Why the task is run: the plan item, or the 临时抽查's reason. */
  basis: string
  leadDepartmentName: string
  participatingNames: readonly string[]
  /** "编码 名称（部门）" */
  checklistItems: readonly string[]
  targetCount: number
  scope: string
  content: string
  /** One sentence per rule, e.g. "信用风险低（A类）的对象采取书面检查". */
  methodLines: readonly string[]
  drawDate: string
  noticeDate: string
  periodStart: string
  periodEnd: string
  resultsDue: string
  requirements: string
  /** "拟稿：张三（2026年3月1日）；审核：…" or '' before any step. */
  approvalLine: string
  approved: boolean
  /** The date under the signature: the approval date, or the day of export. */
  signedOn: string
  route: readonly TaskPlanRouteRow[]
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

function routeDate(date: string | null): string {
  if (date === null) return '待定'
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
  return `${formatChineseDate(date).replace(/^\d+年/, '')}\n（周${weekday}）`
}

const chineseOrdinal = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** Lines of a multi-line field as body paragraphs (each line its own paragraph, blank lines dropped). */
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => bodyParagraph(line))

/** 序号, 检查组, 日期, 乡镇, 检查对象, 地址 across the landscape type area. */
const ROUTE_COLUMNS = columnWidths([1.1, 3.4, 2.0, 2.2, 5.0, 6.3], TEXT_WIDTH.landscape)

/**
 * 联合抽查实施方案 (issue 8 §2; 002 §四(三): 牵头部门、参与部门、抽查对象、抽查事项、抽查范围、抽查内容、
 * 检查时间节点、相关要求; 002 §三 路线图、时间表) as a 公文 signed by the lead department, with the route
 * and timetable as a landscape 附件 whose header row repeats on every page.
 */
export async function buildTaskPlanDocument(data: TaskPlanDocumentData): Promise<Buffer> {
  const sections: { heading: string; body: Paragraph[] }[] = []
  const participating = data.participatingNames.length > 0 ? data.participatingNames.join('、') : '无'
  sections.push({
    heading: '牵头部门和参与部门',
    body: [bodyParagraph(`牵头部门：${data.leadDepartmentName}。参与部门：${participating}。牵头部门会同参与部门组成联合检查组，统筹安排检查工作。`)]
  })
  sections.push({
    heading: '抽查对象',
    body: [
      bodyParagraph(
        data.targetCount > 0
          ? `通过摇号从检查对象名录库中随机抽取检查对象共${data.targetCount}户${data.route.length > 0 ? '，检查路线和时间见附件' : ''}。`
          : `通过摇号从检查对象名录库中随机抽取${data.drawDate ? `（摇号日期：${formatChineseDate(data.drawDate)}）` : ''}，抽取结果另行公布。`
      )
    ]
  })
  sections.push({ heading: '抽查事项', body: data.checklistItems.map((item, i) => bodyParagraph(`${i + 1}. ${item}`)) })
  sections.push({ heading: '抽查范围', body: paragraphs(data.scope || '（未填写）') })
  sections.push({ heading: '抽查内容', body: paragraphs(data.content || '（未填写）') })
  sections.push({ heading: '检查方式', body: [bodyParagraph(`一般采用实地核查方式。${data.methodLines.join('；')}。`)] })
  const nodes = [
    data.drawDate ? `摇号抽取检查对象和执法检查人员：${formatChineseDate(data.drawDate)}。` : '',
    data.noticeDate ? `送达行政检查通知书：${formatChineseDate(data.noticeDate)}前。` : '',
    data.periodStart ? `实地检查：${formatChineseDate(data.periodStart)}至${formatChineseDate(data.periodEnd)}。` : '',
    data.resultsDue ? `检查结果录入和公示：${formatChineseDate(data.resultsDue)}前。` : ''
  ].filter((n) => n !== '')
  sections.push({ heading: '时间安排', body: nodes.map((n, i) => bodyParagraph(`（${chineseOrdinal[i]}）${n}`)) })
  sections.push({ heading: '相关要求', body: paragraphs(data.requirements || '（未填写）') })

  const body = [
    titleParagraph(`${data.taskName}实施方案`),
    subtitleParagraph(`（任务编号：${data.taskCode}）${data.approved ? '' : '\n（送审稿）'}`, { size: FONT_SIZE.size4 }),
    blankLine(),
    bodyParagraph(`${data.basis}为做好本次联合抽查工作，制定本实施方案。`),
    ...sections.flatMap((s, i) => [headingParagraph(1, `${chineseOrdinal[i]}、${s.heading}`), ...s.body]),
    ...(data.route.length > 0 ? [blankLine(), bodyParagraph('附件：检查路线和时间表')] : []),
    blankLine(),
    blankLine(),
    ...signatureBlock(data.leadDepartmentName, formatChineseDate(data.signedOn)),
    ...(data.approvalLine ? [blankLine(), new Paragraph({ spacing: BODY_LINE_SPACING, children: gongwenRuns(data.approvalLine, FONT.kaiTi, FONT_SIZE.size4) })] : [])
  ]
  const result = [gongwenSection({ children: body })]
  if (data.route.length > 0) {
    const columns = [
      { header: '序号', width: ROUTE_COLUMNS[0] },
      { header: '检查组', width: ROUTE_COLUMNS[1], align: 'left' as const },
      { header: '日期', width: ROUTE_COLUMNS[2] },
      { header: '乡镇（街道）', width: ROUTE_COLUMNS[3] },
      { header: '检查对象', width: ROUTE_COLUMNS[4], align: 'left' as const },
      { header: '地址', width: ROUTE_COLUMNS[5], align: 'left' as const }
    ]
    const rows = data.route.map((r, i) => [String(i + 1), r.group, routeDate(r.date), r.town || '—', r.targetName, r.address || '—'])
    result.push(
      gongwenSection({
        orientation: 'landscape',
        children: [
          new Paragraph({ spacing: BODY_LINE_SPACING, children: gongwenRuns('附件', FONT.heiTi) }),
          titleParagraph('检查路线和时间表'),
          subtitleParagraph(`${data.taskName}（${data.taskCode}）`, { size: FONT_SIZE.size4 }),
          blankLine(),
          gongwenTable({ columns, rows, fontSize: FONT_SIZE.size5 })
        ]
      })
    )
  }
  return packDocument(result, { title: `${data.taskName}实施方案`, creator: data.officeName })
}
