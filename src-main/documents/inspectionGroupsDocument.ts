import type { TaskDto } from '@shared/domain/tasks'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, subtitleParagraph, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface GroupListMember {
  role: '组长' | '组员' | '专家'
  name: string
  departmentName: string
  certNo: string
  phone: string
}

export interface GroupListEntry {
  /** 第1组 … */
  name: string
  /** The visit's target, with the other tasks of a merged visit. */
  targetName: string
  town: string
  mergedWith: string[]
  members: readonly GroupListMember[]
}

export interface InspectionGroupsData {
  officeName: string
  task: Pick<TaskDto, 'code' | 'name' | 'leadDepartmentName' | 'participatingDepartmentNames' | 'periodStart' | 'periodEnd'>
  /** YYYY-MM-DD */
  issuedOn: string
  groups: readonly GroupListEntry[]
}

const CELL_PADDING = { top: mmToTwips(0.5), bottom: mmToTwips(0.5), left: mmToTwips(1), right: mmToTwips(1) }
const WIDTHS = [900, 3500, 800, 1200, 2700, 1700] as const

/**
 * 检查组名单 (issue 8 §6; 004 §(二十一) 每个检查对象不少于2名执法人员、确定组长): for each group, its
 * visit and its members by role and department, with 执法证号 and phone. Internal: it carries
 * phones, so it is for the office and the departments, not for publication. Landscape, so a line
 * holds a member.
 */
export async function buildInspectionGroupsDocument(data: InspectionGroupsData): Promise<Buffer> {
  const rows = data.groups.flatMap((group) =>
    group.members.map((m, i) => [
      i === 0 ? group.name : '',
      i === 0 ? `${group.targetName}${group.town ? `（${group.town}）` : ''}${group.mergedWith.length ? `\n与${group.mergedWith.join('、')}合并检查` : ''}` : '',
      m.role,
      m.name,
      m.departmentName,
      m.certNo,
      m.phone
    ])
  )
  const table = gongwenTable({
    columns: [
      { header: '组别', width: WIDTHS[0] },
      { header: '检查对象（乡镇）', width: WIDTHS[1], align: 'left' },
      { header: '职责', width: WIDTHS[2] },
      { header: '姓名', width: WIDTHS[3] },
      { header: '所属部门', width: WIDTHS[4], align: 'left' },
      { header: '执法证号', width: WIDTHS[5] },
      { header: '联系电话', width: TEXT_WIDTH.landscape - WIDTHS.reduce((a, b) => a + b, 0) }
    ],
    rows,
    fontSize: FONT_SIZE.size5,
    cellMargins: CELL_PADDING
  })
  const { task } = data
  const section = gongwenSection({
    orientation: 'landscape',
    children: [
      titleParagraph(`${task.name}检查组名单`),
      subtitleParagraph(`${data.officeName}\u3000${formatChineseDate(data.issuedOn)}\n${task.code}\u3000（内部资料，含联系电话，不得公开）`, { size: FONT_SIZE.size4 }),
      blankLine(),
      bodyParagraph(
        `牵头单位：${task.leadDepartmentName}；参与部门：${task.participatingDepartmentNames.join('、') || '无'}；` +
          `检查时间：${formatChineseDate(task.periodStart)}至${formatChineseDate(task.periodEnd)}；共 ${data.groups.length} 个检查组。`
      ),
      table
    ]
  })
  return packDocument([section], { title: `${task.name}检查组名单`, creator: data.officeName })
}
