import { AlignmentType, Paragraph, Tab, TextRun } from 'docx'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, charWidth } from './gongwenStyle'

/** One body character (3号): the unit of "空二字", "右空四字" in GB/T 9704-2012 §3.1. */
const BODY_CHAR = charWidth(FONT_SIZE.size3)

type Font = (typeof FONT)[keyof typeof FONT]

/** Runs of text in a face and size; each "\n" in the text becomes a line break, each "\t" a tab (`<w:tab/>`). */
export function gongwenRuns(text: string, font: Font = FONT.fangSong, size: number = FONT_SIZE.size3): TextRun[] {
  return text.split('\n').map((line, i) => {
    const break_ = i === 0 ? undefined : 1
    if (!line.includes('\t')) return new TextRun({ text: line, font, size, break: break_ })
    const children = line.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part]))
    return new TextRun({ children, font, size, break: break_ })
  })
}

/**
 * The title (GB/T 9704-2012 §7.3.1): 2号 小标宋, centred. A title too long for one line is given as
 * its lines, broken where the meaning allows and shaped as a trapezoid or diamond, as §7.3.1 asks;
 * a line break cannot be chosen well automatically.
 */
export function titleParagraph(lines: string | readonly string[]): Paragraph {
  const text = typeof lines === 'string' ? lines : lines.join('\n')
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: BODY_LINE_SPACING,
    keepNext: true,
    children: gongwenRuns(text, FONT.xiaoBiaoSong, FONT_SIZE.size2)
  })
}

/**
 * A centred line in 楷体 under the title, e.g. a date or a "（征求意见稿）"; 3号 unless `size` (half-points)
 * says otherwise. Each "\n" in the text starts a new centred line.
 */
export function subtitleParagraph(text: string, options: { size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: BODY_LINE_SPACING,
    keepNext: true,
    children: gongwenRuns(text, FONT.kaiTi, options.size ?? FONT_SIZE.size3)
  })
}

/**
 * A body paragraph (GB/T 9704-2012 §7.3.3): 3号 仿宋, justified, "每个自然段左空二字，回行顶格".
 * The indent is written both in characters (Word) and in twips (LibreOffice before 24.2 reads only these).
 */
export function bodyParagraph(text: string, options: { indent?: boolean } = {}): Paragraph {
  const indent = options.indent ?? true
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_LINE_SPACING,
    indent: indent ? { firstLine: 2 * BODY_CHAR, firstLineChars: 200 } : undefined,
    children: gongwenRuns(text)
  })
}

/** An empty body line: GB/T 9704-2012 measures vertical gaps ("空一行") in these. */
export function blankLine(options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: BODY_LINE_SPACING,
    keepNext: options.keepNext,
    run: { font: FONT.fangSong, size: FONT_SIZE.size3 }
  })
}

const HEADING_FONT = { 1: FONT.heiTi, 2: FONT.kaiTi, 3: FONT.fangSong } as const

/**
 * A heading of the body (GB/T 9704-2012 §7.3.3): "一、" in 黑体, "（一）" in 楷体, "1." in 仿宋, indented two
 * characters like the paragraphs they head. The text carries its own ordinal (e.g. "一、工作目标"):
 * Word list numbering renders differently across Word and LibreOffice, typed ordinals do not.
 */
export function headingParagraph(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_LINE_SPACING,
    indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 },
    keepNext: true,
    children: gongwenRuns(text, HEADING_FONT[level])
  })
}

/**
 * A right-aligned body line, `rightIndentChars` characters in from the right edge of the type area;
 * the default is the date of a sealed document, "右空四字" (GB/T 9704-2012 §7.3.5.1).
 */
export function signatureLine(text: string, rightIndentChars = 4, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: BODY_LINE_SPACING,
    indent: { right: rightIndentChars * BODY_CHAR },
    keepNext: options.keepNext,
    children: gongwenRuns(text)
  })
}

/** Punctuation that Chinese text sets full-width (the runs' `hint: 'eastAsia'` makes Word do so too). */
const FULL_WIDTH_PUNCTUATION = new Set(['—', '‘', '’', '“', '”', '…', '·'])

/** Width of text in body characters: CJK and full-width forms count 1, half-width digits and letters ½. */
export function textWidthInChars(text: string): number {
  let width = 0
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 || FULL_WIDTH_PUNCTUATION.has(ch) ? 1 : 0.5
  return width
}

/**
 * Signer and date of a document without a seal (GB/T 9704-2012 §7.3.5.2): the signer 右空二字; the date on
 * the next line, its first character two to the right of the signer's; if the date is the longer, the
 * date 右空二字 and the signer moved in to keep that offset. Put a `blankLine()` before it ("下空一行").
 */
export function signatureBlock(signer: string, date: string): Paragraph[] {
  const signerWidth = textWidthInChars(signer)
  const dateWidth = textWidthInChars(date)
  let signerRight = 2
  let dateRight = signerRight + signerWidth - 2 - dateWidth
  if (dateRight < 2) {
    dateRight = 2
    signerRight = dateRight + dateWidth + 2 - signerWidth
  }
  return [signatureLine(signer, signerRight, { keepNext: true }), signatureLine(date, dateRight)]
}

/**
 * A labelled list such as the attendance lines of a 纪要 (GB/T 9704-2012 §10.3): "左空二字" the label in
 * 3号黑体 with a full-width colon, then the text in 3号仿宋; a wrapped line starts under the first character
 * after the colon ("回行时与冒号后的首字对齐"), which a hanging indent as wide as label and colon gives.
 */
export function labelledParagraph(label: string, text: string, options: { keepNext?: boolean } = {}): Paragraph {
  const labelWidth = textWidthInChars(label) + 1
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_LINE_SPACING,
    indent: { left: (2 + labelWidth) * BODY_CHAR, hanging: labelWidth * BODY_CHAR },
    keepNext: options.keepNext,
    children: [...gongwenRuns(`${label}：`, FONT.heiTi), ...gongwenRuns(text)]
  })
}
