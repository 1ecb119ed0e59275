import { writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { IssuedFileDto } from '@shared/dashboard'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'
import { yearOption } from './plansCommand'
import { existingTask, taskIdArgument } from './tasksCommand'

/** Document kinds the CLI writes, each through its contract channel (so each is registered). */
const kinds: Record<string, { channel: string; label: string; needsMeeting?: boolean; needsYear?: boolean; needsTask?: boolean }> = {
  members: { channel: 'documents:exportMembers', label: '联席会议成员单位及联络员名单' },
  // issue 5 §7
  minutes: { channel: 'meetings:exportMinutes', label: '会议纪要', needsMeeting: true },
  'meeting-notice': { channel: 'meetings:exportNotice', label: '会议通知', needsMeeting: true },
  'decisions-report': { channel: 'meetings:exportDecisionsReport', label: '议定事项落实情况通报' },
  // issue 3 §5
  checklist: { channel: 'documents:exportChecklist', label: '抽查事项清单' },
  // issue 7 §6
  plan: { channel: 'plans:exportDocument', label: '年度联合抽查工作计划', needsYear: true },
  'plan-adjustments': { channel: 'plans:exportAdjustments', label: '计划调整公告', needsYear: true },
  // issue 8 §6 (draw split)
  'task-announcement': { channel: 'draw:exportAnnouncement', label: '抽查任务公告', needsTask: true },
  groups: { channel: 'draw:exportGroups', label: '检查组名单', needsTask: true },
  // issue 8 §7: a task's notices (its valid 字号) and record forms, each batch in one file
  notices: { channel: 'notices:export', label: '行政检查通知书', needsTask: true },
  'record-forms': { channel: 'notices:exportRecordForms', label: '实地核查记录表', needsTask: true },
  // issue 8a
  'task-plan': { channel: 'tasks:exportPlan', label: '联合抽查实施方案', needsTask: true }
}

const usage = `用法：spotcheck doc members|checklist|decisions-report --out 文件.docx [--db FILE]
      spotcheck doc minutes|meeting-notice --meeting 会议编号 --out 文件.docx [--db FILE]
      spotcheck doc plan|plan-adjustments --year 年度 --out 文件.docx [--db FILE]
      spotcheck doc task-plan|task-announcement|groups|notices|record-forms --task 任务记录号 --out 文件.docx [--db FILE]`

/** `spotcheck doc KIND [--meeting ID] --out FILE.docx` */
export async function docCommand(ctx: CliContext): Promise<number> {
  const [, kind] = ctx.args.positional
  const out = option(ctx.args, 'out')
  const spec = kind ? kinds[kind] : undefined
  if (!spec || !out) throw new CliFailure(usage, 2)
  if (!/\.docx$/i.test(out)) throw new CliFailure('输出文件名应以 .docx 结尾', 2)
  const input: Record<string, unknown> = { fileName: basename(out) }
  if (spec.needsMeeting) {
    const meeting = option(ctx.args, 'meeting')
    if (meeting === undefined) throw new CliFailure(`请用 --meeting 指定会议编号（可用 spotcheck meetings list 查看）\n${usage}`, 2)
    if (!/^[1-9]\d*$/.test(meeting)) throw new CliFailure(`会议编号“${meeting}”无效：应为正整数（可用 spotcheck meetings list 查看）`, 2)
    input.meetingId = Number(meeting)
    const found = await ctx.services().invoke('meetings:get', { id: input.meetingId })
    if (!found.ok && found.error.code === 'NOT_FOUND') throw new CliFailure(`没有编号为 ${meeting} 的会议：请用 spotcheck meetings list 查看会议编号`)
  }
  if (spec.needsYear) input.year = yearOption(ctx, usage)
  if (spec.needsTask) {
    const task = option(ctx.args, 'task')
    if (task === undefined) throw new CliFailure(`请用 --task 指定任务记录号（可用 spotcheck tasks list 查看）\n${usage}`, 2)
    input.taskId = (await existingTask(ctx, taskIdArgument(task, usage))).id
  }
  const issued = await call<IssuedFileDto>(ctx, spec.channel, input)
  writeFileSync(resolve(out), Buffer.from(issued.base64, 'base64'))
  ctx.out(`已生成${spec.label}：${resolve(out)}（SHA-256 ${issued.sha256}）`)
  return 0
}
