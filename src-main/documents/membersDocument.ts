import type { DepartmentDto } from '@shared/domain/departments'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, subtitleParagraph, textWidthInChars, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable, type GongwenTableColumn } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH, charWidth, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface MembersDocumentData {
  countyName: string
  /** Issues the list, e.g. "某某县市场监管领域部门联合“双随机、一公开”监管联席会议办公室". */
  officeName: string
  /** YYYY-MM-DD */
  issuedOn: string
  /**
   * 召集人 and 副召集人 from the current roster (seeds/001 附件 §二 lists them above the members),
   * printed one a line above the table; none when the roster is not kept yet.
   */
  conveners?: ReadonlyArray<{ role: '召集人' | '副召集人'; personName: string; unitName: string; post: string }>
  /** In the order to print; the lead department is moved to the top whatever its place here. */
  departments: ReadonlyArray<
    Pick<DepartmentDto, 'name' | 'leaderName' | 'leaderPost' | 'leaderPhone' | 'liaisonName' | 'liaisonPost' | 'liaisonPhone' | 'isLead'>
  >
}

/** A title line holds 20 二号 characters in the 156 mm type area. */
const TITLE_LINE_CHARS = 20

/** The office-and-date line is 4号 楷体: 31 characters to the line. */
const ISSUER_SIZE = FONT_SIZE.size4
const ISSUER_LINE_CHARS = Math.floor(TEXT_WIDTH.portrait / charWidth(ISSUER_SIZE))

/** Cell padding: ¾ mm each side, so the widths below hold their text with room to spare. */
const CELL_PADDING = mmToTwips(0.75)

/**
 * Column widths in twips for 小四 text (240 twips a character) and the padding above: a 13-character
 * unit name ("某某县人力资源和社会保障局") on one line, four-character personal names and headers, a
 * "0533-6966123" landline in Times New Roman, and five characters of a post ("党组成员、" over "副局长").
 * They add up to the width of the type area.
 */
const COLUMNS: readonly GongwenTableColumn[] = [
  { header: '序号', width: 600 },
  { header: '成员单位', width: 3240, align: 'left' },
  { header: '联席会议\n成员', width: 1080 },
  { header: '职务', width: TEXT_WIDTH.portrait - 600 - 3240 - 1080 - 1080 - 1520 },
  { header: '联络员', width: 1080 },
  { header: '联系电话', width: 1520 }
]

function title(countyName: string): string[] {
  const first = `${countyName}“双随机、一公开”监管联席会议`
  const second = '成员单位及联络员名单'
  // GB/T 9704-2012 §7.3.1: break a long title where the meaning allows; a county name too long for
  // that first line leaves the breaking to the word processor.
  return textWidthInChars(first) <= TITLE_LINE_CHARS ? [first, second] : [first + second]
}

/** A full-width space (U+3000), the gap Chinese text puts between a name and a date. */
const FULL_WIDTH_SPACE = '\u3000'

/** Office and date on one line, a full-width space apart, when they fit; else the office's name over the date. */
function issuerLine(officeName: string, date: string): string {
  const oneLine = officeName + FULL_WIDTH_SPACE + date
  return textWidthInChars(oneLine) <= ISSUER_LINE_CHARS ? oneLine : `${officeName}\n${date}`
}

/** seeds/001 附件 §二 names the 召集单位 (the lead department) first; the others keep their order. */
function leadFirst<T extends { isLead: boolean }>(departments: readonly T[]): T[] {
  return [...departments.filter((d) => d.isLead), ...departments.filter((d) => !d.isLead)]
}

/**
 * 联席会议成员单位及联络员名单 (seeds/001 附件 §二 组成人员, §三 "联席会议设联络员"): title, the issuing office and
 * date, and the table of units, lead unit first. The phone is the liaison officer's, the number the
 * office rings. Blank fields print as empty cells.
 */
export async function buildMembersDocument(data: MembersDocumentData): Promise<Buffer> {
  const titleLines = title(data.countyName)
  const table = gongwenTable({
    columns: COLUMNS,
    fontSize: FONT_SIZE.small4,
    cellMargins: { top: 0, bottom: 0, left: CELL_PADDING, right: CELL_PADDING },
    rows: leadFirst(data.departments).map((d, i) => [
      String(i + 1),
      d.name,
      d.leaderName ?? '',
      d.leaderPost ?? '',
      d.liaisonName ?? '',
      d.liaisonPhone ?? ''
    ])
  })
  const section = gongwenSection({
    children: [
      titleParagraph(titleLines),
      subtitleParagraph(issuerLine(data.officeName, formatChineseDate(data.issuedOn)), { size: ISSUER_SIZE }),
      blankLine(),
      // seeds/001 附件 §二 prints the name, a full-width space and "县政府副县长": the post already names the unit; the unit stands in when no post is given.
      ...(data.conveners ?? []).map((c) => bodyParagraph(`${c.role}：${c.personName}${FULL_WIDTH_SPACE}${c.post || c.unitName}`, { indent: false })),
      ...(data.conveners?.length ? [blankLine()] : []),
      table
    ]
  })
  return packDocument([section], { title: titleLines.join(''), creator: data.officeName })
}
