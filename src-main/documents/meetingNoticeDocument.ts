import { templateSpec } from '@shared/domain/documentTemplates'
import { Paragraph } from 'docx'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import {
  blankLine,
  bodyParagraph,
  gongwenRuns,
  headingParagraph,
  signatureBlock,
  textWidthInChars,
  titleParagraph
} from './gongwen/gongwenParagraphs'
import { columnWidths, gongwenTable } from './gongwen/gongwenTable'
import { BODY_LINE_SPACING, FONT, FONT_SIZE } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface NoticeAttendee {
  unitName: string
  personName: string
  post: string
}

export interface MeetingNoticeData {
  countyName: string
  officeName: string
  /** The notice's date, YYYY-MM-DD. */
  issuedOn: string
  title: string
  /** YYYY-MM-DD */
  date: string
  /** HH:MM, '' when not fixed yet. */
  time: string
  place: string
  host: string
  /** Invited people, in the order of the meeting record. */
  attendees: readonly NoticeAttendee[]
  topics: readonly string[]
  /** issue 9 §5: the office's wording of “五、有关要求” (settings → 文书措辞); the default when absent. */
  requirementsText?: string
}

const WEEKDAYS = '日一二三四五六'

/** "2026年3月20日（星期五）上午9:00" */
export function meetingTimeText(date: string, time: string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]
  const day = `${formatChineseDate(date)}（星期${weekday}）`
  if (!time) return day
  const [hours, minutes] = time.split(':').map(Number)
  const part = hours < 12 ? '上午' : '下午'
  return `${day}${part}${hours}:${String(minutes).padStart(2, '0')}`
}

/** The units invited, in order, each with its people: "示范县市场监督管理局：周立新（局长）". */
function attendeesByUnit(attendees: readonly NoticeAttendee[]): { unitName: string; people: string[] }[] {
  const units: { unitName: string; people: string[] }[] = []
  for (const a of attendees) {
    let unit = units.find((u) => u.unitName === a.unitName)
    if (!unit) units.push((unit = { unitName: a.unitName, people: [] }))
    if (a.personName) unit.people.push(a.post ? `${a.personName}（${a.post}）` : a.personName)
  }
  return units
}

/** The office's name for a signature when it fits on one 3号 line with its margins, else the county's 联席会议办公室. */
export function signatureName(countyName: string, officeName: string): string {
  for (const name of [officeName, `${countyName}“双随机、一公开”监管联席会议办公室`]) {
    if (textWidthInChars(name) <= 24) return name
  }
  return `${countyName}联席会议办公室`
}

/** A title line holds 20 二号 characters in the 156 mm type area. */
const TITLE_LINE_CHARS = 20

/**
 * GB/T 9704-2012 §7.3.1: a long title is broken where the meaning allows: before an opening quote, after
 * "联合" or "联席会议"; the pieces are packed greedily into lines. One string (the word processor's
 * breaking) when a piece alone is too long.
 */
export function noticeTitleLines(title: string): string | string[] {
  const pieces = title.split(/(?=“)|(?<=联合)|(?<=联席会议)/)
  if (pieces.some((p) => textWidthInChars(p) > TITLE_LINE_CHARS)) return title
  const lines: string[] = []
  for (const piece of pieces) {
    const last = lines.at(-1)
    if (last !== undefined && textWidthInChars(last + piece) <= TITLE_LINE_CHARS) lines[lines.length - 1] = last + piece
    else lines.push(piece)
  }
  return lines
}

const REPLY_COLUMNS = columnWidths([9, 3, 4, 4, 2])

/**
 * 会议通知 (issue 5 §6; seeds/001 附件 §四(一)): time, place, who attends by unit, the agenda and what to do,
 * signed by the office, with the 回执 (reply slip) as its 附件 on a page of its own, one row per unit
 * invited.
 */
export async function buildMeetingNoticeDocument(data: MeetingNoticeData): Promise<Buffer> {
  const when = meetingTimeText(data.date, data.time)
  const place = data.place || '另行通知'
  const units = attendeesByUnit(data.attendees)
  const title = `关于召开${data.title}的通知`
  const signer = signatureName(data.countyName, data.officeName)
  const body = [
    titleParagraph(noticeTitleLines(title)),
    blankLine(),
    bodyParagraph('联席会议各成员单位：', { indent: false }),
    bodyParagraph(
      `经研究，定于${when}在${place}召开${data.title}${data.host ? `，由${data.host}主持` : ''}。现将有关事项通知如下：`
    ),
    headingParagraph(1, '一、会议时间'),
    bodyParagraph(`${when}。`),
    headingParagraph(1, '二、会议地点'),
    bodyParagraph(`${place}。`),
    headingParagraph(1, '三、参会人员'),
    ...(units.length > 0
      ? units.map((u) => bodyParagraph(`${u.unitName}：${u.people.length > 0 ? u.people.join('、') : '主要负责同志或分管负责同志'}。`))
      : [bodyParagraph('联席会议各成员单位分管负责同志。')]),
    headingParagraph(1, '四、会议议题'),
    ...(data.topics.length > 0 ? data.topics.map((t, i) => bodyParagraph(`${i + 1}.${t.replace(/[。；;]$/, '')}。`)) : [bodyParagraph('会上另行印发。')]),
    headingParagraph(1, '五、有关要求'),
    ...(data.requirementsText ?? templateSpec('meetingNotice')!.fields[0].default).split('\n').map((line) => bodyParagraph(line)),
    blankLine(),
    bodyParagraph('附件：参会回执'),
    blankLine(),
    blankLine(),
    ...signatureBlock(signer, formatChineseDate(data.issuedOn))
  ]
  const slip = [
    new Paragraph({ spacing: BODY_LINE_SPACING, children: gongwenRuns('附件', FONT.heiTi) }),
    blankLine(),
    titleParagraph('参会回执'),
    blankLine(),
    gongwenTable({
      columns: [
        { header: '单位名称', width: REPLY_COLUMNS[0], align: 'left' },
        { header: '姓名', width: REPLY_COLUMNS[1] },
        { header: '职务', width: REPLY_COLUMNS[2] },
        { header: '联系电话', width: REPLY_COLUMNS[3] },
        { header: '备注', width: REPLY_COLUMNS[4] }
      ],
      fontSize: FONT_SIZE.small4,
      minRowHeight: 567,
      rows: (units.length > 0 ? units.map((u) => u.unitName) : Array.from({ length: 8 }, () => '')).map((unit) => [unit, '', '', '', ''])
    })
  ]
  return packDocument([gongwenSection({ children: body }), gongwenSection({ children: slip })], { title, creator: data.officeName })
}
