import { LineRuleType } from 'docx'

/**
 * The measures and fonts of a Chinese official document (公文) as GB/T 9704-2012 fixes them.
 * Every document builder takes its numbers from here, so a rule is encoded once.
 * Units: twips (1/20 pt) for lengths, half-points for font sizes, as WordprocessingML writes them.
 */

/** Millimetres to twips, rounded to the nearest twip (1 in = 25.4 mm = 1440 twips). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4)
}

/** GB/T 9704-2012 §5.1: A4 paper, 210 mm × 297 mm, written as Word writes A4 (11906 × 16838). */
export const A4 = { width: 11906, height: 16838 } as const

/**
 * GB/T 9704-2012 §5.2.1: 天头 (top) 37 mm, 订口 (left) 28 mm, 版心 156 mm × 225 mm, which leaves
 * 35 mm at the bottom and 26 mm on the right. Written as Word writes these margins in centimetres
 * (2098 / 1984 / 1588 / 1474, the values of the usual 公文 templates): they leave a type area of
 * 8844 × 12756 twips, which is 156 mm × 225 mm to the twip (rounding 28 mm down to 1587 would not).
 */
export const PORTRAIT_MARGINS = {
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474
} as const

/**
 * GB/T 9704-2012 §8: a landscape table page is the portrait page turned so that the table's head lies
 * on the 订口 (binding) side; its margins are the portrait ones turned with it.
 */
export const LANDSCAPE_MARGINS = {
  top: PORTRAIT_MARGINS.left,
  bottom: PORTRAIT_MARGINS.right,
  left: PORTRAIT_MARGINS.bottom,
  right: PORTRAIT_MARGINS.top
} as const

/** Width of the type area (版心): what a full-width table's column widths add up to. */
export const TEXT_WIDTH = {
  portrait: A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right,
  landscape: A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right
} as const

/** Chinese font sizes (字号) in half-points. */
export const FONT_SIZE = {
  /** 二号, 22 pt */
  size2: 44,
  /** 小二, 18 pt */
  small2: 36,
  /** 三号, 16 pt */
  size3: 32,
  /** 小三, 15 pt */
  small3: 30,
  /** 四号, 14 pt */
  size4: 28,
  /** 小四, 12 pt */
  small4: 24,
  /** 五号, 10.5 pt */
  size5: 21
} as const

/** Width of one full-width character at a size in half-points, in twips: GB/T 9704-2012 §3.1 measures "空一字" in these. */
export function charWidth(halfPoints: number): number {
  return halfPoints * 10
}

/**
 * Run fonts: Times New Roman for Latin letters and digits, the given face for Chinese.
 * `hint: 'eastAsia'` makes Word set the ambiguous characters (“ ” — ·) full-width in the Chinese face,
 * as Chinese text needs, instead of in Times New Roman.
 */
function chineseFont(eastAsia: string) {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia, hint: 'eastAsia' } as const
}

/** GB/T 9704-2012 §5.2.2, §7.3.1, §7.3.3, §7.5: the faces a 公文 uses. */
export const FONT = {
  /** 仿宋: body text, third- and fourth-level headings (§5.2.2, §7.3.3) */
  fangSong: chineseFont('仿宋_GB2312'),
  /** 小标宋: the title (§7.3.1) */
  xiaoBiaoSong: chineseFont('方正小标宋简体'),
  /** 黑体: first-level headings (§7.3.3) */
  heiTi: chineseFont('黑体'),
  /** 楷体: second-level headings (§7.3.3) */
  kaiTi: chineseFont('楷体_GB2312'),
  /** 宋体 with 宋体 digits: page numbers are "半角宋体阿拉伯数字" (§7.5) */
  songTi: { ascii: '宋体', hAnsi: '宋体', cs: '宋体', eastAsia: '宋体', hint: 'eastAsia' }
} as const

/**
 * GB/T 9704-2012 §5.2.3: 22 lines to the page in a 225 mm type area. Offices set this as an exact line
 * spacing of 28.95 pt (579 twips), which fits 22 lines with a little to spare.
 * `EXACT` writes "exact"; docx's `EXACTLY` writes a value Word and LibreOffice read as "multiple".
 */
export const BODY_LINE_SPACING = { line: 579, lineRule: LineRuleType.EXACT } as const

/** Single line spacing, for footers, where the 28.95 pt body line would be too tall. */
export const SINGLE_LINE_SPACING = { line: 240, lineRule: LineRuleType.AUTO } as const

/**
 * Line spacing for table cells: exact, 1.25 times the text size (15 pt for 小四), about what Word's
 * "single" gives 仿宋. Exact rather than "single" so a row is as tall in LibreOffice, whose fallback
 * CJK fonts have taller line boxes, as in Word, and a table paginates the same in both.
 */
export function tableLineSpacing(halfPoints: number): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: Math.round(halfPoints * 12.5), lineRule: LineRuleType.EXACT }
}
