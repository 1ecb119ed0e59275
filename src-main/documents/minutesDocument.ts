import { AlignmentType, BorderStyle, Paragraph, TabStopType, TextRun } from 'docx'
import type { AttendeeStatus } from '@shared/domain/enums'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, gongwenRuns, labelledParagraph, textWidthInChars } from './gongwen/gongwenParagraphs'
import { IMPRINT_LINE_CHARS, imprintTable } from './gongwen/imprintTable'
import { BODY_LINE_SPACING, FONT, FONT_SIZE, TEXT_WIDTH, SINGLE_LINE_SPACING, charWidth, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface MinutesDecision {
  content: string
  ownerNames: readonly string[]
  /** YYYY-MM-DD */
  dueDate: string | null
}

export interface MinutesAttendee {
  unitName: string
  personName: string
  status: AttendeeStatus
}

export interface MinutesDocumentData {
  countyName: string
  /** The office's name as set; the 印发机关 of the 版记 (seeds/001 附件 §四(三): 报联席会议办公室 …印发). */
  officeName: string
  /** 纪要编号, e.g. 双随机联席纪要〔2026〕1号 or 第1期. */
  number: string
  /** 签发日期, YYYY-MM-DD: the date on the number line. */
  signedDate: string
  /** 印发日期; until the minutes are issued the 版记 shows the signing date. */
  issuedDate: string | null
  /** The text the convening unit drafted; each line is a paragraph. */
  body: string
  decisions: readonly MinutesDecision[]
  attendees: readonly MinutesAttendee[]
  /** 抄送 (seeds/001 附件 §四(三): 抄送县政府). */
  copyTo: readonly string[]
  /** A correction version (issue 5 §5) prints its version and reason. */
  correction?: { version: number; reason: string } | null
}

const ORDINALS = '一二三四五六七八九十'

/** Chinese ordinal for 1…99: 一, 十, 十一, 二十一. */
export function chineseOrdinal(n: number): string {
  if (n < 1 || n > 99) return String(n)
  if (n <= 10) return ORDINALS[n - 1]
  const tens = Math.floor(n / 10)
  const units = n % 10
  return `${tens === 1 ? '' : ORDINALS[tens - 1]}十${units === 0 ? '' : ORDINALS[units - 1]}`
}

/** The mark: red 小标宋, 一号, narrowed (never below 70 %) to stay on one line of the type area. */
const MARK_SIZE = 52
const RED = 'FF0000'

function markScale(text: string): number {
  const natural = textWidthInChars(text) * charWidth(MARK_SIZE)
  return Math.max(70, Math.min(100, Math.floor((TEXT_WIDTH.portrait * 100) / natural)))
}

/**
 * GB/T 9704-2012 §10.3: the 纪要标志 "居中排布，上边缘至版心上边缘为35mm，推荐使用红色小标宋体字". The
 * space above is given as space before the first paragraph.
 */
function markParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE_LINE_SPACING, before: mmToTwips(35), after: 0 },
    keepNext: true,
    children: [new TextRun({ text, font: FONT.xiaoBiaoSong, size: MARK_SIZE, color: RED, scale: markScale(text) })]
  })
}

/**
 * The number one character in on the left, the date one character in on the right, two lines under the
 * mark, over a red rule as wide as the type area 4 mm below (as §7.2.3 and §7.2.4 place 发文字号 and 分隔线).
 */
function numberLine(number: string, date: string): Paragraph {
  const char = charWidth(FONT_SIZE.size3)
  return new Paragraph({
    spacing: { ...BODY_LINE_SPACING, before: 2 * BODY_LINE_SPACING.line },
    indent: { left: char, right: char },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH.portrait - char }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    keepNext: true,
    children: gongwenRuns(`${number}\t${formatChineseDate(date)}`)
  })
}

function decisionParagraph(decision: MinutesDecision, index: number): Paragraph {
  const duty = [
    decision.ownerNames.length > 0 ? `责任单位：${decision.ownerNames.join('、')}` : '',
    decision.dueDate ? `完成时限：${formatChineseDate(decision.dueDate)}前` : ''
  ].filter(Boolean)
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_LINE_SPACING,
    indent: { firstLine: 2 * charWidth(FONT_SIZE.size3), firstLineChars: 200 },
    children: [
      ...gongwenRuns(`${chineseOrdinal(index + 1)}、`, FONT.heiTi),
      ...gongwenRuns(decision.content),
      ...(duty.length > 0 ? gongwenRuns(`（${duty.join('；')}）`, FONT.kaiTi) : [])
    ]
  })
}

/** "单位姓名" (only the unit when nobody is named, as for a unit on leave), joined by 、. */
function attendanceText(people: readonly MinutesAttendee[]): string {
  return people.map((p) => `${p.unitName}${p.personName}`).join('、')
}

/**
 * 印发机关 (GB/T 9704-2012 §7.4.3): the office's name when it fits beside the date on the 印发 line, else
 * the county's 联席会议办公室, so the line never wraps.
 */
function imprintIssuer(countyName: string, officeName: string, issuedDate: string): string {
  const room = IMPRINT_LINE_CHARS - textWidthInChars(`${formatChineseDate(issuedDate)}印发`) - 1
  for (const name of [officeName, `${countyName}“双随机、一公开”监管联席会议办公室`]) {
    if (textWidthInChars(name) <= room) return name
  }
  return `${countyName}联席会议办公室`
}

/** The text a body starts the decisions with, unless the drafted text already leads into them (ends with a colon). */
const DECISIONS_LEAD = '现将会议议定事项纪要如下：'

/**
 * 会议纪要 in the GB/T 9704-2012 §10.3 纪要 format (seeds/001 附件 §四(三)): the red mark, the number and
 * date line over a red rule, the drafted text, the decisions numbered 一、二、… with their units and dates,
 * the 出席/请假/列席 lists, and the 版记 with 抄送 and 印发 on the last page.
 */
export async function buildMinutesDocument(data: MinutesDocumentData): Promise<Buffer> {
  const mark = `${data.countyName}“双随机、一公开”监管联席会议纪要`
  const number = data.correction ? `${data.number}（更正）` : data.number
  const bodyLines = data.body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const leadsIn = /[：:]$/.test(bodyLines.at(-1) ?? '')
  const groups = (['出席', '请假', '列席'] as const)
    .map((status) => ({ status, people: data.attendees.filter((a) => a.status === status) }))
    .filter((g) => g.people.length > 0)
  const issuedDate = data.issuedDate ?? data.signedDate

  const children = [
    markParagraph(mark),
    numberLine(number, data.signedDate),
    blankLine(),
    ...bodyLines.map((line) => bodyParagraph(line)),
    ...(data.decisions.length > 0 && !leadsIn ? [bodyParagraph(DECISIONS_LEAD)] : []),
    ...data.decisions.map(decisionParagraph),
    ...(data.correction
      ? [bodyParagraph(`更正说明：本纪要为第${data.correction.version}版，更正原因：${data.correction.reason.replace(/[。.]$/, '')}。原印发的纪要同时作废，以本版为准。`)]
      : []),
    ...(groups.length > 0 ? [blankLine({ keepNext: true })] : []),
    ...groups.map((g) => labelledParagraph(g.status, attendanceText(g.people))),
    imprintTable({ copyTo: data.copyTo, issuer: imprintIssuer(data.countyName, data.officeName, issuedDate), issuedDate }),
    // A floating table is anchored to the paragraph after it.
    new Paragraph({ spacing: { ...SINGLE_LINE_SPACING, before: 0, after: 0 }, run: { size: 2 } })
  ]
  return packDocument([gongwenSection({ children })], { title: `${mark}（${number}）`, creator: data.officeName })
}
