import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType
} from 'docx'
import { gongwenRuns } from './gongwenParagraphs'
import { FONT, FONT_SIZE, TEXT_WIDTH, mmToTwips, tableLineSpacing } from './gongwenStyle'

export interface GongwenTableColumn {
  header: string
  /** Width in twips; a full-width table's columns add up to `TEXT_WIDTH` (see `columnWidths`). */
  width: number
  /** Alignment of the column's body cells; headers are always centred. Default: centre. */
  align?: 'left' | 'center'
}

/** A body cell: text ("\n" breaks a line) or paragraphs built by the caller. */
export type GongwenTableCell = string | readonly Paragraph[]

export interface GongwenTableOptions {
  columns: readonly GongwenTableColumn[]
  rows: readonly (readonly GongwenTableCell[])[]
  /** Repeat the header row at the top of every page the table runs onto. Default: true. */
  repeatHeader?: boolean
  /** Text size in half-points. Default: 小四 (`FONT_SIZE.small4`); `FONT_SIZE.size4` for short tables. */
  fontSize?: number
  /** Cell padding in twips. Default: 1 mm left and right, none above and below. */
  cellMargins?: { top: number; bottom: number; left: number; right: number }
  /** Least height of a row in twips, so one-line rows don't look cramped. Default: 7 mm. */
  minRowHeight?: number
  /** Keep the last row on the page of what follows (e.g. a signature), so that never starts a page alone. */
  keepWithNext?: boolean
}

/**
 * Splits `total` twips into integer column widths in proportion to `weights`, adding up to `total`
 * exactly (the last column takes the rounding).
 */
export function columnWidths(weights: readonly number[], total: number = TEXT_WIDTH.portrait): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => Math.floor((w * total) / sum))
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

const DEFAULT_CELL_MARGINS = { top: 0, bottom: 0, left: mmToTwips(1), right: mmToTwips(1) }

function cellParagraphs(content: GongwenTableCell, align: 'left' | 'center', size: number, header: boolean): Paragraph[] {
  if (typeof content !== 'string') return [...content]
  return [
    new Paragraph({
      alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
      spacing: { ...tableLineSpacing(size), before: 0, after: 0 },
      children: gongwenRuns(content, header ? FONT.heiTi : FONT.fangSong, size)
    })
  ]
}

/**
 * A bordered table across the type area: 黑体 header row, 仿宋 body, fixed layout. LibreOffice keeps
 * the given column widths only when the layout is fixed and the grid (`columnWidths`) is written,
 * so both are, and each cell carries its width too for Word.
 */
export function gongwenTable(options: GongwenTableOptions): Table {
  const size = options.fontSize ?? FONT_SIZE.small4
  const margins = options.cellMargins ?? DEFAULT_CELL_MARGINS
  const height = { value: options.minRowHeight ?? mmToTwips(7), rule: HeightRule.ATLEAST }
  const widths = options.columns.map((c) => c.width)

  const row = (cells: readonly GongwenTableCell[], header: boolean, keepNext = false) => {
    if (cells.length !== options.columns.length) {
      throw new Error(`A table row has ${cells.length} cells; the table has ${options.columns.length} columns`)
    }
    return new TableRow({
      tableHeader: header && (options.repeatHeader ?? true),
      cantSplit: true,
      keepNext,
      height,
      children: cells.map(
        (content, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins,
            children: cellParagraphs(content, header ? 'center' : (options.columns[i].align ?? 'center'), size, header)
          })
      )
    })
  }

  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    rows: [
      row(options.columns.map((c) => c.header), true),
      ...options.rows.map((cells, i) => row(cells, false, options.keepWithNext === true && i === options.rows.length - 1))
    ]
  })
}
