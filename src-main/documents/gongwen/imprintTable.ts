import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType
} from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenRuns, textWidthInChars } from './gongwenParagraphs'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, PORTRAIT_MARGINS, TEXT_WIDTH, charWidth } from './gongwenStyle'

/** 版记 text is 4号 仿宋 (GB/T 9704-2012 §7.4.1); its "空一字" is one 4号 character. */
const SIZE = FONT_SIZE.size4
const CHAR = charWidth(SIZE)
const WIDTH = TEXT_WIDTH.portrait

/** §7.4.1: the first and last rules 0.35 mm (about 1 pt), the ones between 0.25 mm (about ¾ pt); sizes in eighths of a point. */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const

export interface ImprintOptions {
  /** 抄送机关; none leaves the line out. */
  copyTo: readonly string[]
  /** 印发机关 */
  issuer: string
  /** YYYY-MM-DD */
  issuedDate: string
}

/** How many 4号 characters the 印发 line holds besides its two one-character margins. */
export const IMPRINT_LINE_CHARS = Math.floor(WIDTH / CHAR) - 2

function row(children: Paragraph[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: WIDTH, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children
      })
    ]
  })
}

/**
 * The 版记 (GB/T 9704-2012 §7.4): "抄送：" one character in, wrapped lines under the first name after the
 * colon, ending with a full stop; then 印发机关 one character in on the left and "<date>印发" one character in
 * on the right; a rule above, between and below, as wide as the type area. A table floating at the foot
 * of the type area puts it on the last lines of the last page, as §7.4 wants, however long the body.
 */
export function imprintTable(options: ImprintOptions): Table {
  const rows: TableRow[] = []
  if (options.copyTo.length > 0) {
    const label = '抄送：'
    rows.push(
      row([
        new Paragraph({
          spacing: BODY_LINE_SPACING,
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: CHAR + textWidthInChars(label) * CHAR, hanging: textWidthInChars(label) * CHAR, right: CHAR },
          children: gongwenRuns(`${label}${options.copyTo.join('，')}。`, FONT.fangSong, SIZE)
        })
      ])
    )
  }
  rows.push(
    row([
      new Paragraph({
        spacing: BODY_LINE_SPACING,
        indent: { left: CHAR, right: CHAR },
        tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - CHAR }],
        children: gongwenRuns(`${options.issuer}\t${formatChineseDate(options.issuedDate)}印发`, FONT.fangSong, SIZE)
      })
    ])
  )
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: [WIDTH],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    width: { size: WIDTH, type: WidthType.DXA },
    float: {
      // LibreOffice before 7.6 sets a floating table as wide as the type area inline unless it is placed from the page's edge.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: PORTRAIT_MARGINS.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM
    },
    borders: { top: THICK, bottom: THICK, insideHorizontal: THIN, left: NONE, right: NONE, insideVertical: NONE },
    rows
  })
}
