import {
  AlignmentType,
  HeightRule,
  LineRuleType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions
} from 'docx'
import { cornerQrImage, type CornerQr } from './gongwen/cornerQrImage'
import { gongwenSection } from './gongwen/gongwenSection'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, TEXT_WIDTH, mmToTwips, tableLineSpacing } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

/** One 实地核查记录表 (seeds/002 附件1), "一对象一表单" (004 §(二十八)): one per visit. */
export interface RecordFormData {
  /** 字号 of the visit's notice, printed small above the table when issued. */
  numberText: string | null
  targetName: string
  /** 统一社会信用代码 or 注册号 */
  code: string
  /** 所属区县/乡镇 */
  countyTown: string
  legalRep: string
  address: string
  phone: string
  /** Checklist items of every task on the visit: one block each. */
  items: { name: string; departmentName: string; content: string }[]
  qr?: CornerQr
}

export interface RecordFormsDocumentData {
  countyName: string
  forms: readonly RecordFormData[]
}

/** The six 检查结果 boxes of seeds/002 附件1, in its order and wording, laid out on four lines. */
export const RESULT_BOXES = [
  '□未发现问题终止检查并向监管对象告知检查结果',
  '□发现问题作出责令改正等行政命令',
  '□发现问题做出行政指导',
  '□发现问题作出行政处罚决定',
  '□发现问题作出行政强制决定',
  '□发现问题作出其他具体行政行为'
] as const
const BOX_LINES = [[0], [1, 2], [3, 4], [5]] as const

const SIZE = FONT_SIZE.size5
const SPACING = { ...tableLineSpacing(SIZE), before: 0, after: 0 }
const LABEL = 2000
const VALUE = 2900
const LABEL2 = 1500
const VALUE2 = TEXT_WIDTH.portrait - LABEL - VALUE - LABEL2
const WIDTHS = [LABEL, VALUE, LABEL2, VALUE2]
const MARGINS = { top: mmToTwips(0.8), bottom: mmToTwips(0.8), left: mmToTwips(1.2), right: mmToTwips(1.2) }

const CELL_STYLE = 'RecordFormCell'
const LABEL_STYLE = 'RecordFormLabel'
const TITLE_STYLE = 'RecordFormTitle'

/** Cell text is 五号 仿宋 on exact lines, labels 黑体 centred: carried by styles, not by each run. */
export const recordFormParagraphStyles: IParagraphStyleOptions[] = [
  { id: CELL_STYLE, name: '记录表内容', run: { font: FONT.fangSong, size: SIZE }, paragraph: { spacing: SPACING } },
  { id: LABEL_STYLE, name: '记录表栏目', basedOn: CELL_STYLE, run: { font: FONT.heiTi, size: SIZE }, paragraph: { alignment: AlignmentType.CENTER, spacing: SPACING } },
  { id: TITLE_STYLE, name: '记录表标题', run: { font: FONT.xiaoBiaoSong, size: FONT_SIZE.small2 }, paragraph: { alignment: AlignmentType.CENTER, spacing: BODY_LINE_SPACING } }
]

/** A cell paragraph; each "\n" a line break and each "\t" a tab within it (one paragraph per cell keeps a batch fast to build). */
function para(text: string, options: { align?: 'left' | 'center'; bold?: boolean; tabs?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: options.bold ? LABEL_STYLE : CELL_STYLE,
    alignment: options.align === 'center' && !options.bold ? AlignmentType.CENTER : undefined,
    tabStops: options.tabs ? [{ type: TabStopType.LEFT, position: Math.round(TEXT_WIDTH.portrait * 0.5) }] : undefined,
    children: text === ''
      ? []
      : text.split('\n').map((line, i) => new TextRun({ break: i === 0 ? undefined : 1, children: line.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])) }))
  })
}

function cell(children: Paragraph[], span: number, widthFrom: number, align: 'left' | 'center' = 'left'): TableCell {
  const width = WIDTHS.slice(widthFrom, widthFrom + span).reduce((a, b) => a + b, 0)
  return new TableCell({
    columnSpan: span > 1 ? span : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: align === 'center' ? VerticalAlignTable.CENTER : undefined,
    children
  })
}

const row = (cells: TableCell[], minHeight = mmToTwips(8)) => new TableRow({ cantSplit: true, height: { value: minHeight, rule: HeightRule.ATLEAST }, children: cells })

function labelCell(text: string, from: number): TableCell {
  return cell([para(text, { align: 'center', bold: true })], 1, from, 'center')
}
function valueCell(text: string, from: number, span = 1): TableCell {
  return cell([para(text)], span, from, 'center')
}

function itemRow(item: RecordFormData['items'][number], n: number): TableRow {
  const detail = [
    `检查事项：${item.name}`,
    ...(item.content ? [`检查内容：${item.content}`] : []),
    '检查情况：',
    ' ',
    '检查结果：',
    ...BOX_LINES.map((line) => line.map((i) => RESULT_BOXES[i]).join('\u3000\u3000'))
  ]
  return row([cell([para(`检查事项${n}\n（${item.departmentName}）`, { align: 'center', bold: true })], 1, 0, 'center'), cell([para(detail.join('\n'))], 3, 1)])
}

function formTable(f: RecordFormData): Table {
  const signature = [para('被核查单位盖章：\t核查人盖章：\n \n负责人签字：\t核查人签字：\n \n见证人签字：\t核查时间：      年    月    日', { tabs: true })]
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: WIDTHS,
    width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    margins: MARGINS,
    rows: [
      row([labelCell('企业名称', 0), valueCell(f.targetName, 1, 3)]),
      row([labelCell('社会统一信用代码/注册号', 0), valueCell(f.code, 1), labelCell('所属区县', 2), valueCell(f.countyTown, 3)]),
      row([labelCell('法定代表人姓名', 0), valueCell(f.legalRep, 1), labelCell('证件（照）号码', 2), valueCell('', 3)]),
      row([labelCell('经营地址', 0), valueCell(f.address, 1), labelCell('联系电话', 2), valueCell(f.phone, 3)]),
      ...f.items.map((item, i) => itemRow(item, i + 1)),
      row([labelCell('备注', 0), valueCell('', 1, 3)], mmToTwips(14)),
      row([cell(signature, 4, 0)])
    ]
  })
}

function formChildren(county: string, f: RecordFormData, first: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({
      style: TITLE_STYLE,
      pageBreakBefore: !first,
      children: [...(f.qr ? [cornerQrImage(f.qr)] : []), new TextRun(`${county}部门联合“双随机、一公开”`), new TextRun({ text: '实地核查记录表', break: 1 })]
    }),
    new Paragraph({
      style: CELL_STYLE,
      alignment: AlignmentType.RIGHT,
      spacing: { line: 360, lineRule: LineRuleType.EXACT, after: 60 },
      children: f.numberText ? [new TextRun(`通知书：${f.numberText}`)] : []
    }),
    formTable(f)
  ]
}

/**
 * 实地核查记录表 (seeds/002 附件1), one per visit: the target's 名称, 统一社会信用代码, 所属区县/乡镇,
 * 法定代表人, 经营地址 and 联系电话 filled in; a block per checklist item with the six result boxes;
 * 备注; the seal and signature lines (002 §四(八): 执法人员及检查对象签字确认). Each form starts a page.
 */
export async function buildRecordFormsDocument(data: RecordFormsDocumentData): Promise<Buffer> {
  // One section, each form starting a new page (a section break per form would only slow the build).
  const children = data.forms.flatMap((f, i) => formChildren(data.countyName, f, i === 0))
  return packDocument([gongwenSection({ children, pageNumbers: false })], {
    title: '实地核查记录表',
    creator: data.countyName,
    paragraphStyles: recordFormParagraphStyles
  })
}
