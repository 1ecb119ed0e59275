import type { DrawRecordDto } from '@shared/domain/drawSession'
import type { TaskDto } from '@shared/domain/tasks'
import { formatChineseDate } from '@shared/domain/chineseDate'
import { localDate } from '@shared/domain/localDate'
import { gongwenSection } from './gongwen/gongwenSection'
import { blankLine, bodyParagraph, headingParagraph, subtitleParagraph, titleParagraph } from './gongwen/gongwenParagraphs'
import { gongwenTable } from './gongwen/gongwenTable'
import { FONT_SIZE, TEXT_WIDTH, mmToTwips } from './gongwen/gongwenStyle'
import { packDocument } from './gongwen/packDocument'

export interface DrawRecordData {
  officeName: string
  task: Pick<TaskDto, 'code' | 'name' | 'leadDepartmentName' | 'participatingDepartmentNames' | 'periodStart' | 'periodEnd' | 'checklistItems'>
  draw: DrawRecordDto
}

const CELL_PADDING = { top: mmToTwips(0.5), bottom: mmToTwips(0.5), left: mmToTwips(1), right: mmToTwips(1) }
const LABEL_WIDTH = 2600

/** 2026年3月2日 09:30, in the office's local time. */
function chineseDateTime(iso: string): string {
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${formatChineseDate(localDate(at))} ${pad(at.getHours())}:${pad(at.getMinutes())}`
}

/** A two-column table of labels and values (the long hashes wrap inside their cell). */
function factsTable(rows: readonly [string, string][]) {
  return gongwenTable({
    columns: [
      { header: '项目', width: LABEL_WIDTH },
      { header: '内容', width: TEXT_WIDTH.portrait - LABEL_WIDTH, align: 'left' }
    ],
    rows,
    fontSize: FONT_SIZE.small4,
    cellMargins: CELL_PADDING,
    repeatHeader: false
  })
}

/** A 64-digit hash as two lines of 32, so it never breaks at an arbitrary place. */
function hexLines(hex: string): string {
  return `${hex.slice(0, 32)}\n${hex.slice(32)}`
}

function groupText(target: DrawRecordDto['targets'][number]): string {
  const active = target.group.filter((m) => m.replacedByName === null)
  return active.map((m) => `${m.role}：${m.name}（${m.departmentShortName || m.departmentName}）`).join('\n')
}

/**
 * 摇号记录 (issue 4; seeds/004 §(五) 全程留痕, §(二十一)): task, time, operator and witnesses, the
 * pool's size and hash, the parameters, the commitment announced before the draw, the external
 * entropy and the secret revealed after it, and the result with the inspection groups — enough
 * for anyone holding the exported proof to check the draw with `spotcheck verify`.
 */
export async function buildDrawRecordDocument(data: DrawRecordData): Promise<Buffer> {
  const { task, draw } = data
  const witnesses = draw.witnesses.map((w) => (w.unit ? `${w.name}（${w.unit}）` : w.name)).join('、') || '无'
  const parameterLines = draw.classes.flatMap((c) =>
    c.strata.map((s) => {
      const stratum = s.stratum ? `${s.stratum} 类，比例 ${s.percent}%` : '按数量'
      return `${c.name}：${stratum}，号池 ${s.poolSize} 个，抽取 ${s.count} 个`
    })
  )
  const inspectors = draw.purpose !== 'targets'
  if (inspectors) parameterLines.push(`为 ${draw.targets.length} 个检查对象（检查点）各匹配一个检查组：组长 1 名来自牵头单位，每个参与部门至少 1 名组员，每组执法人员不少于 2 名`)
  const facts: [string, string][] = [
    ['任务', `${task.name}（${task.code}）`],
    ['牵头单位', task.leadDepartmentName],
    ['参与部门', task.participatingDepartmentNames.join('、') || '无'],
    ['检查期间', `${formatChineseDate(task.periodStart)}至${formatChineseDate(task.periodEnd)}`],
    ['抽查事项', task.checklistItems.map((i) => `${i.name}（${i.category}）`).join('；')],
    ['摇号时间', chineseDateTime(draw.at)],
    ['经办人', draw.operator],
    ['见证人', witnesses]
  ]
  if (draw.supersedesDrawId !== null) facts.push(['重新摇号', `本次摇号取代第 ${draw.supersedesDrawId} 号摇号记录，理由：${draw.redrawReason ?? ''}`])
  facts.push(
    ['号池', `${draw.poolSize} ${inspectors ? '名执法检查人员' : '个检查对象'}，号池哈希：\n${hexLines(draw.poolHash)}`],
    ['抽取参数', parameterLines.join('\n')],
    ['承诺值（摇号前公布）', hexLines(draw.commitment)],
    ['外部随机数', draw.entropy || '（未录入）'],
    ['密钥（摇号后公开）', hexLines(draw.secret)],
    ['算法', 'spotcheck-desk/draw/v1：SHA-256 计数器模式、拒绝采样、部分 Fisher–Yates']
  )
  const results = gongwenTable({
    columns: [
      { header: '序号', width: 560 },
      { header: '检查对象（分层）', width: 2750, align: 'left' },
      { header: '统一社会信用代码', width: 2550 },
      { header: '检查组', width: TEXT_WIDTH.portrait - 560 - 2750 - 2550, align: 'left' }
    ],
    rows: draw.targets.map((t) => [String(t.order), t.stratum ? `${t.name}（${t.stratum} 类）` : t.name, t.identifier, groupText(t)]),
    fontSize: FONT_SIZE.size5,
    cellMargins: CELL_PADDING
  })
  const section = gongwenSection({
    children: [
      titleParagraph(inspectors ? '联合抽查检查人员摇号记录' : '联合抽查摇号记录'),
      subtitleParagraph(`第 ${draw.id} 号`),
      blankLine(),
      headingParagraph(1, '一、任务和摇号情况'),
      factsTable(facts),
      headingParagraph(1, inspectors ? `二、匹配结果（${draw.targets.length} 个检查组）` : `二、抽取结果（${draw.targets.length} 个检查对象）`),
      results,
      blankLine(),
      bodyParagraph(
        '复核方法：导出本次摇号的证明文件，在任何电脑上运行“spotcheck verify 证明文件”，显示“通过”即说明承诺值、号池、参数和结果一致；' +
          '也可按《摇号算法说明》自行编写程序复核。'
      ),
      blankLine(),
      bodyParagraph(`经办人（签字）：${'\u3000'.repeat(8)}见证人（签字）：`, { indent: false }),
      blankLine(),
      subtitleParagraph(`${data.officeName}\n${formatChineseDate(localDate(new Date(draw.at)))}`, { size: FONT_SIZE.size4 })
    ]
  })
  return packDocument([section], { title: `${task.name}摇号记录`, creator: data.officeName })
}
