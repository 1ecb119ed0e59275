import type { DepartmentDto } from '@shared/domain/departments'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, signatureBlock, textWidthInChars, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable, type GongwenTableColumn } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface MembersDocumentData {
  countyName: string
  /** Signs the list, e.g. "某某县“双随机、一公开”监管联席会议办公室". */
  officeName: string
  /** YYYY-MM-DD */
  issuedOn: string
  /** In the order to print, lead department first. */
  departments: ReadonlyArray<
    Pick<DepartmentDto, 'name' | 'leaderName' | 'leaderPost' | 'leaderPhone' | 'liaisonName' | 'liaisonPost' | 'liaisonPhone' | 'isLead'>
  >
}

/** A title line holds 20 二号 characters in the 156 mm type area. */
const TITLE_LINE_CHARS = 20

/**
 * Column widths in twips for 小四 text with 1 mm cell padding: ten characters of a unit's name and
 * eight of a post ("党组成员、副局长") to a line, four-character names, an 11-digit mobile or a
 * "0533-6966123" landline on one line. They add up to the width of the type area.
 */
const COLUMNS: readonly GongwenTableColumn[] = [
  { header: '序号', width: 600 },
  { header: '成员单位', width: 2520, align: 'left' },
  { header: '成员\n（姓名）', width: 1080 },
  { header: '职务', width: 2040 },
  { header: '联络员', width: 1080 },
  { header: '联系电话', width: TEXT_WIDTH.portrait - 600 - 2520 - 1080 - 2040 - 1080 }
]

function title(countyName: string): string[] {
  const first = `${countyName}“双随机、一公开”监管联席会议`
  const second = '成员单位及联络员名单'
  // GB/T 9704-2012 §7.3.1: break a long title where the meaning allows; a county name too long for
  // that first line leaves the breaking to the word processor.
  return textWidthInChars(first) <= TITLE_LINE_CHARS ? [first, second] : [first + second]
}

/** 联席会议成员单位及联络员名单: the member departments with their member, post, liaison officer and phone. */
export async function buildMembersDocument(data: MembersDocumentData): Promise<Buffer> {
  const titleLines = title(data.countyName)
  const table = gongwenTable({
    columns: COLUMNS,
    fontSize: FONT_SIZE.small4,
    keepWithNext: true,
    rows: data.departments.map((d, i) => [String(i + 1), d.name, d.leaderName, d.leaderPost, d.liaisonName, d.liaisonPhone])
  })
  const section = gongwenSection({
    children: [
      titleParagraph(titleLines),
      blankLine(),
      table,
      // GB/T 9704-2012 §7.3.5.2: the signer "下空一行"; kept with the table's last row so it never
      // starts a page alone.
      blankLine({ keepNext: true }),
      ...signatureBlock(data.officeName, formatChineseDate(data.issuedOn))
    ]
  })
  return packDocument([section], { title: titleLines.join(''), creator: data.officeName })
}
