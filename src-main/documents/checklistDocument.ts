import { formatChineseDate } from '@shared/domain/chineseDate'
import type { ChecklistItemDto } from '@shared/domain/checklist'
import { gongwenSection } from './gongwen/gongwenSection'
import { subtitleParagraph, textWidthInChars, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable, type GongwenTableColumn } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH, charWidth, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface ChecklistDocumentData {
  countyName: string
  officeName: string
  /** YYYY-MM-DD: the list as it stands on this day. */
  issuedOn: string
  /** In print order (department order, then code). */
  items: ReadonlyArray<
    Pick<ChecklistItemDto, 'code' | 'name' | 'category' | 'targetType' | 'methods' | 'basis' | 'departmentName' | 'jointDepartmentNames'>
  >
}

/** Table text is 五号 (210 twips a character): a landscape type area holds about 60 of them. */
const TABLE_SIZE = FONT_SIZE.size5
const CHAR = charWidth(TABLE_SIZE)
const CELL_PADDING = mmToTwips(0.75)

/** Widths in characters of 五号 plus the padding; 检查依据 takes what is left of the 225 mm. */
const fixed = {
  index: 3,
  department: 8,
  code: 5,
  name: 10,
  category: 3,
  targetType: 8,
  methods: 5
}
const width = (chars: number) => chars * CHAR + 2 * CELL_PADDING
const fixedTotal = Object.values(fixed).reduce((sum, chars) => sum + width(chars), 0)

/**
 * 004 §(八): 《清单》明确抽查事项、检查对象、事项类别、检查方式、检查主体和检查依据 — the columns, with the
 * 检查主体 as the implementing department over its joint departments.
 */
const COLUMNS: readonly GongwenTableColumn[] = [
  { header: '序号', width: width(fixed.index) },
  { header: '检查主体', width: width(fixed.department) },
  { header: '事项编码', width: width(fixed.code) },
  { header: '抽查事项', width: width(fixed.name), align: 'left' },
  { header: '事项\n类别', width: width(fixed.category) },
  { header: '检查对象', width: width(fixed.targetType), align: 'left' },
  { header: '检查方式', width: width(fixed.methods) },
  { header: '检查依据', width: TEXT_WIDTH.landscape - fixedTotal, align: 'left' }
]

/** A title line of 2号 holds 28 characters across the 225 mm landscape type area. */
const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH.landscape / charWidth(FONT_SIZE.size2))

function title(countyName: string): string[] {
  const first = `${countyName}市场监管领域部门联合`
  const second = '“双随机、一公开”抽查事项清单'
  return textWidthInChars(first + second) <= TITLE_LINE_CHARS ? [first + second] : [first, second]
}

/**
 * 抽查事项清单 for publication (issue 3 §5; 004 §(八) 及时公布): a landscape 公文 table (GB/T 9704-2012 §8)
 * of the items in force on `issuedOn`, one row each, the header row repeated on every page.
 */
export async function buildChecklistDocument(data: ChecklistDocumentData): Promise<Buffer> {
  const titleLines = title(data.countyName)
  const methodsCell = (methods: readonly string[]) => methods.join('\n')
  const subject = (item: ChecklistDocumentData['items'][number]) =>
    item.jointDepartmentNames.length > 0 ? `${item.departmentName}\n联合：${item.jointDepartmentNames.join('、')}` : item.departmentName
  const table = gongwenTable({
    columns: COLUMNS,
    fontSize: TABLE_SIZE,
    cellMargins: { top: mmToTwips(0.5), bottom: mmToTwips(0.5), left: CELL_PADDING, right: CELL_PADDING },
    rows: data.items.map((item, i) => [
      String(i + 1),
      subject(item),
      item.code,
      item.name,
      item.category,
      item.targetType,
      methodsCell(item.methods),
      item.basis
    ])
  })
  const section = gongwenSection({
    orientation: 'landscape',
    children: [
      titleParagraph(titleLines),
      subtitleParagraph(`（截至${formatChineseDate(data.issuedOn)}，共${data.items.length}项）`, { size: FONT_SIZE.size4 }),
      subtitleParagraph(data.officeName, { size: FONT_SIZE.size4 }),
      table
    ]
  })
  return packDocument([section], { title: titleLines.join(''), creator: data.officeName })
}
