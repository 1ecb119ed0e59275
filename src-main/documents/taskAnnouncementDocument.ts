import { defaultTaskAnnouncementWording } from '@shared/domain/documentTemplates'
import type { TaskDto } from '@shared/domain/tasks'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, headingParagraph, subtitleParagraph, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

/** One drawn target as the public may see it: name, code and town only (no person, phone or street). */
export interface AnnouncedTarget {
  name: string
  /** 统一社会信用代码, else 注册号, else the draw identifier. */
  code: string
  town: string
}

export interface TaskAnnouncementData {
  officeName: string
  task: Pick<TaskDto, 'code' | 'name' | 'leadDepartmentName' | 'participatingDepartmentNames' | 'periodStart' | 'periodEnd' | 'checklistItems'>
  /** YYYY-MM-DD: the day the list was locked and issued. */
  issuedOn: string
  /** The office's wording (issue 9 §5, settings 文书措辞); the defaults when left out. */
  wording?: typeof defaultTaskAnnouncementWording
  draw: { id: number; at: string; commitment: string; secret: string; entropy: string; poolHash: string; poolSize: number }
  targets: readonly AnnouncedTarget[]
}

const CELL_PADDING = { top: mmToTwips(0.5), bottom: mmToTwips(0.5), left: mmToTwips(1), right: mmToTwips(1) }

/** A 64-digit hash as two lines of 32, so it never breaks at an arbitrary place. */
function hexLines(hex: string): string {
  return `${hex.slice(0, 32)}\n${hex.slice(32)}`
}

/**
 * 抽查任务公告 (issue 8 §3, 004 §(十九) 抽查结果确认锁定后下发; 002 §四(五) 抽查事项和对象向社会公示):
 * the task, its departments, items and period, the drawn targets' names and codes, and the draw's
 * commitment, pool hash, entropy and revealed secret with how anyone can check it. Public: no
 * legal representatives, no phones, no address beyond the town (乡镇/街道).
 */
export async function buildTaskAnnouncementDocument(data: TaskAnnouncementData): Promise<Buffer> {
  const { task, draw } = data
  const wording = data.wording ?? defaultTaskAnnouncementWording
  const departments = [task.leadDepartmentName, ...task.participatingDepartmentNames]
  const facts = gongwenTable({
    columns: [
      { header: '项目', width: 2400 },
      { header: '内容', width: TEXT_WIDTH.portrait - 2400, align: 'left' }
    ],
    rows: [
      ['任务编号', task.code],
      ['牵头单位', task.leadDepartmentName],
      ['参与部门', task.participatingDepartmentNames.join('、') || '无'],
      ['抽查事项', task.checklistItems.map((item, i) => `${i + 1}. ${item.name}（${item.departmentName}）`).join('\n')],
      ['检查时间', `${formatChineseDate(task.periodStart)}至${formatChineseDate(task.periodEnd)}`],
      ['抽取对象', `${data.targets.length} 户（号池 ${draw.poolSize} 户）`]
    ],
    fontSize: FONT_SIZE.small4,
    cellMargins: CELL_PADDING,
    repeatHeader: false
  })
  const targets = gongwenTable({
    columns: [
      { header: '序号', width: 700 },
      { header: '检查对象名称', width: 4300, align: 'left' },
      { header: '统一社会信用代码\n（注册号）', width: 2700 },
      { header: '所属乡镇\n（街道）', width: TEXT_WIDTH.portrait - 700 - 4300 - 2700 }
    ],
    rows: data.targets.map((t, i) => [String(i + 1), t.name, t.code, t.town]),
    fontSize: FONT_SIZE.size5,
    cellMargins: CELL_PADDING
  })
  const proof = gongwenTable({
    columns: [
      { header: '项目', width: 2900 },
      { header: '内容', width: TEXT_WIDTH.portrait - 2900, align: 'left' }
    ],
    rows: [
      ['摇号记录', `第 ${draw.id} 号`],
      ['承诺值（摇号前公布）', hexLines(draw.commitment)],
      ['号池哈希', hexLines(draw.poolHash)],
      ['外部随机数', draw.entropy || '（未录入）'],
      ['密钥（摇号后公开）', hexLines(draw.secret)]
    ],
    fontSize: FONT_SIZE.small4,
    cellMargins: CELL_PADDING,
    repeatHeader: false
  })
  const section = gongwenSection({
    children: [
      titleParagraph(['联合抽查任务公告']),
      blankLine(),
      bodyParagraph(
        `${wording.basis.replace(/[，。；\s]+$/u, '')}，${departments.join('、')}组织开展“${task.name}”。` +
          `检查对象已通过随机摇号确定，现经确认锁定，予以公告。`
      ),
      headingParagraph(1, '一、抽查任务'),
      facts,
      headingParagraph(1, `二、抽取的检查对象（共 ${data.targets.length} 户）`),
      targets,
      headingParagraph(1, '三、摇号验证信息'),
      proof,
      bodyParagraph(wording.howToVerify),
      bodyParagraph(wording.closing),
      blankLine(),
      // A county's office name is longer than a signature line holds: name over date, as the 摇号记录 has it.
      subtitleParagraph(`${data.officeName}\n${formatChineseDate(data.issuedOn)}`, { size: FONT_SIZE.size4 })
    ]
  })
  return packDocument([section], { title: `${task.name}抽查任务公告`, creator: data.officeName })
}
