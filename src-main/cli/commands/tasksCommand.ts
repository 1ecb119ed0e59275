import type { TaskDto, TaskSummaryDto, TaskTargetDto } from '@shared/domain/tasks'
import { call, CliFailure, type CliContext } from '../cliContext'

const usage = `用法：spotcheck tasks list [--json] [--db FILE]
      spotcheck tasks show 任务记录号 [--json] [--db FILE]`

const departments = (t: TaskSummaryDto) => [t.leadDepartmentName, ...t.participatingDepartmentNames]

/** Parses the task id argument: a positive integer, else a usage failure (exit code 2). */
export function taskIdArgument(text: string | undefined, usageText: string): number {
  if (text === undefined) throw new CliFailure(`请指定任务记录号（可用 spotcheck tasks list 查看）\n${usageText}`, 2)
  if (!/^[1-9]\d*$/.test(text)) throw new CliFailure(`任务记录号“${text}”无效：应为正整数（可用 spotcheck tasks list 查看）`, 2)
  return Number(text)
}

/** Fails with exit code 1 when there is no such task. */
export async function existingTask(ctx: CliContext, id: number): Promise<TaskDto> {
  const found = await ctx.services().invoke('tasks:get', { id })
  if (!found.ok) {
    throw new CliFailure(found.error.code === 'NOT_FOUND' ? `没有记录号为 ${id} 的联合抽查任务：请用 spotcheck tasks list 查看任务记录号` : found.error.message)
  }
  return found.value as TaskDto
}

/** `spotcheck tasks list|show` (issue 8 §7): the joint tasks, and one task with its targets and groups. */
export async function tasksCommand(ctx: CliContext): Promise<number> {
  const [, sub, idText] = ctx.args.positional
  const json = ctx.args.switches.has('json')
  if (sub === 'list') {
    const tasks = await call<TaskSummaryDto[]>(ctx, 'tasks:list')
    if (json) {
      ctx.out(JSON.stringify(tasks.map((t) => ({ id: t.id, code: t.code, name: t.name, status: t.status, departments: departments(t), targets: t.targetCount }))))
    } else {
      for (const t of tasks) ctx.out(`${t.id}\t${t.code}\t${t.status}\t${t.targetCount}户\t${t.name}`)
    }
    return 0
  }
  if (sub === 'show') {
    const task = await existingTask(ctx, taskIdArgument(idText, usage))
    const targets = await call<TaskTargetDto[]>(ctx, 'tasks:targets', { id: task.id })
    const shown = targets.map((t) => ({
      code: t.code,
      name: t.name,
      // 待检查 is "no outcome yet".
      outcome: t.outcome === '待检查' ? null : t.outcome,
      group: t.group.map((m) => ({ name: m.name, certNo: m.certNo, department: m.department, leader: m.leader }))
    }))
    if (json) {
      ctx.out(
        JSON.stringify({
          id: task.id,
          code: task.code,
          name: task.name,
          status: task.status,
          departments: departments(task),
          periodStart: task.periodStart,
          periodEnd: task.periodEnd,
          planItem: task.planItemId === null ? null : task.planItemName,
          checklistItems: task.checklistItems.map((c) => ({ code: c.code, name: c.name })),
          targets: shown
        })
      )
    } else {
      ctx.out(`${task.code}\t${task.status}\t${task.name}`)
      ctx.out(`部门：${departments(task).join('、')}\t检查期间：${task.periodStart} 至 ${task.periodEnd}`)
      for (const t of shown) {
        const group = t.group.map((m) => `${m.name}${m.leader ? '（组长）' : ''}`).join('、') || '未匹配检查人员'
        ctx.out(`${t.code}\t${t.name}\t${t.outcome ?? '待检查'}\t${group}`)
      }
    }
    return 0
  }
  throw new CliFailure(usage, 2)
}
