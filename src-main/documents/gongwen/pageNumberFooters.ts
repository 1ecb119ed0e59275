import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import { FONT, FONT_SIZE, SINGLE_LINE_SPACING, charWidth } from './gongwenStyle'

/** "空一字" beside a page number: one 4号 character (GB/T 9704-2012 §3.1, §7.5). */
const ONE_CHAR = charWidth(FONT_SIZE.size4)

function pageNumberParagraph(side: 'right' | 'left'): Paragraph {
  return new Paragraph({
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === 'right' ? { right: ONE_CHAR } : { left: ONE_CHAR },
    spacing: { ...SINGLE_LINE_SPACING, before: 0, after: 0 },
    children: [new TextRun({ font: FONT.songTi, size: FONT_SIZE.size4, children: ['— ', PageNumber.CURRENT, ' —'] })]
  })
}

/**
 * Page numbers as GB/T 9704-2012 §7.5 sets them: 4号 半角宋体 digits between two 一字线 ("— 1 —"), odd pages
 * on the right and even pages on the left, each one character in from the edge of the type area.
 * The `even` footer only shows when the document turns on even/odd footers, as `packDocument` does.
 */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph('right')] }),
    even: new Footer({ children: [pageNumberParagraph('left')] })
  }
}
