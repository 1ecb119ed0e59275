import type Database from 'better-sqlite3'
import { formatChineseDate } from '@shared/domain/chineseDate'
import type { TaskPlanDto } from '@shared/domain/taskPlan'
import type { TaskDto } from '@shared/domain/tasks'
import { buildTaskPlanDocument } from '../../documents/taskPlanDocument'
import { issueDocument } from '../documents/issueDocument'
import type { HandlerMap } from '../serviceHost'
import { readSettings } from '../settingsService'
import { readTaskRoute } from './readTaskRoute'
import { readTaskPlan } from './readTaskPlan'
import { readTask } from './readTasks'

/** Characters Windows does not allow in a file name. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '')

function methodLines(plan: TaskPlanDto): string[] {
  const { A, B, C, D, online } = plan.methods
  const lines = [`信用风险低（A类）的对象采取${A}`]
  if (B === C && C === D) lines.push(`B类、C类、D类对象采取${B}`)
  else lines.push(`B类对象采取${B}`, `C类对象采取${C}`, `D类对象采取${D}`)
  lines.push(`通过网络开展经营活动的对象采取${online}`)
  return lines
}

function basis(sqlite: Database.Database, task: TaskDto): string {
  if (task.planItemId !== null) {
    const plan = sqlite
      .prepare('SELECT p.title FROM plan_items pi JOIN plans p ON p.id = pi.plan_id WHERE pi.id = ?')
      .get(task.planItemId) as { title: string } | undefined
    return `根据《${plan?.title ?? `${task.year}年度联合抽查工作计划`}》“${task.planItemName}”的安排，由${task.leadDepartmentName}牵头开展本次部门联合“双随机、一公开”抽查。`
  }
  return `因${task.adHocReason.replace(/[。；，]$/, '')}，由${task.leadDepartmentName}牵头开展本次临时部门联合抽查（参照年度抽查计划执行）。`
}

function approvalLine(plan: TaskPlanDto): string {
  return plan.steps
    .map((s) => {
      const meeting = s.step === '批准' && s.meetingTitle ? `，经${s.meetingTitle}审议` : ''
      return `${s.step === '拟稿' ? '拟稿' : s.step}：${s.name}（${formatChineseDate(s.date)}${meeting}）`
    })
    .join('；')
}

/** issue 8 §5: the 实施方案 as a 公文 with the route and timetable as its 附件, recorded in the 文书登记簿. */
export const taskPlanDocumentHandlers: Pick<HandlerMap, 'tasks:exportPlan'> = {
  'tasks:exportPlan': {
    async: async (ctx, { taskId, fileName }) => {
      const task = readTask(ctx.sqlite, taskId)
      const plan = readTaskPlan(ctx.sqlite, task)
      const route = readTaskRoute(ctx.sqlite, taskId)
      const approved = plan.status === '已批准'
      const bytes = await buildTaskPlanDocument({
        officeName: readSettings(ctx.db).officeName,
        taskCode: task.code,
        taskName: task.name,
        basis: basis(ctx.sqlite, task),
        leadDepartmentName: task.leadDepartmentName,
        participatingNames: task.participatingDepartmentNames,
        checklistItems: task.checklistItems.map((c) => `${c.code} ${c.name}（${c.departmentName}）`),
        targetCount: task.targetCount,
        scope: plan.scope,
        content: plan.content,
        methodLines: methodLines(plan),
        drawDate: plan.drawDate,
        noticeDate: plan.noticeDate,
        periodStart: task.periodStart,
        periodEnd: task.periodEnd,
        resultsDue: plan.resultsDue,
        requirements: plan.requirements,
        approvalLine: approvalLine(plan),
        approved,
        signedOn: approved ? plan.steps.at(-1)!.date : ctx.today,
        route: route.rows.map((r) => ({
          date: r.date,
          group: [r.leader ? `组长 ${r.leader}` : '', r.members.length > 0 ? `组员 ${r.members.join('、')}` : ''].filter(Boolean).join('\n') || r.groupName,
          town: r.town,
          targetName: r.targetName,
          address: r.address
        }))
      })
      const name = fileName ?? fileSafe(`${task.name}实施方案（${task.code}）.docx`)
      return issueDocument(ctx, { kind: 'taskPlan', params: { taskId, status: plan.status, steps: plan.steps.map((s) => s.id) }, fileName: name, bytes })
    }
  }
}
