import { eq } from 'drizzle-orm'
import type { TaskPlanFields } from '@shared/domain/taskPlan'
import type { TaskDto } from '@shared/domain/tasks'
import { taskPlanApprovals, tasks } from '../db/schema'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readTask } from './tasks/readTasks'
import { readTaskPlan } from './tasks/readTaskPlan'
import { taskPlanDocumentHandlers } from './tasks/taskPlanDocumentHandlers'

/**
 * Time nodes in order (002 §四(三) 检查时间节点): the draw, then the notices, both inside the on-site
 * window at the latest (a plan item's window is often whole months); results after it ends.
 */
function assertTimeNodes(task: TaskDto, plan: TaskPlanFields): void {
  const { drawDate, noticeDate, resultsDue } = plan
  if (drawDate && task.periodEnd && drawDate > task.periodEnd) {
    throw new ServiceError('VALIDATION', `摇号日期应在实地检查结束（${task.periodEnd}）之前`, 'drawDate')
  }
  if (noticeDate && drawDate && noticeDate < drawDate) throw new ServiceError('VALIDATION', '通知书送达日期不能早于摇号日期：先摇号，再送达通知书', 'noticeDate')
  if (noticeDate && task.periodEnd && noticeDate > task.periodEnd) {
    throw new ServiceError('VALIDATION', `通知书应在实地检查结束（${task.periodEnd}）前送达`, 'noticeDate')
  }
  if (resultsDue && task.periodEnd && resultsDue < task.periodEnd) {
    throw new ServiceError('VALIDATION', `结果录入截止日期不能早于实地检查结束（${task.periodEnd}）`, 'resultsDue')
  }
}

function stepDateAfter(ctx: ServiceContext, taskId: number, date: string): void {
  const last = readTaskPlan(ctx.sqlite, readTask(ctx.sqlite, taskId)).steps.at(-1)
  if (last && date < last.date) throw new ServiceError('VALIDATION', `日期不能早于上一环节（${last.step}，${last.date}）`, 'date')
}

/** 实施方案 (issue 8 §2; 002 §四(三)) and its approval 拟稿 → 审核 → 批准; an approved plan changes only after 退回修改. */
export const taskPlanHandlers: Pick<HandlerMap, 'tasks:plan' | 'tasks:savePlan' | 'tasks:planStep' | 'tasks:exportPlan'> = {
  'tasks:plan': { tx: (ctx, { taskId }) => readTaskPlan(ctx.sqlite, readTask(ctx.sqlite, taskId)) },
  'tasks:savePlan': {
    tx: (ctx, { taskId, ...fields }) => {
      const task = readTask(ctx.sqlite, taskId)
      const current = readTaskPlan(ctx.sqlite, task)
      if (current.status !== '拟稿中') {
        throw new ServiceError('CONFLICT', `实施方案${current.status}，不能修改：如需修改，请先“退回修改”并写明原因`)
      }
      assertTimeNodes(task, fields)
      ctx.db.update(tasks).set({ implementationPlan: fields, updatedAt: ctx.now }).where(eq(tasks.id, taskId)).run()
      ctx.auditDetail({ task: task.code })
      return readTaskPlan(ctx.sqlite, task)
    }
  },
  'tasks:planStep': {
    tx: (ctx, input) => {
      const task = readTask(ctx.sqlite, input.taskId)
      const plan = readTaskPlan(ctx.sqlite, task)
      const expected = { 拟稿: '拟稿中', 审核: '待审核', 批准: '待批准' } as const
      if (input.step === '退回修改') {
        if (plan.status === '拟稿中') throw new ServiceError('CONFLICT', '实施方案还在拟稿中，可以直接修改，不需要退回')
      } else if (plan.status !== expected[input.step]) {
        const next = plan.status === '拟稿中' ? '拟稿送审' : plan.status === '待审核' ? '审核' : plan.status === '待批准' ? '批准' : '执行（已批准）'
        throw new ServiceError('CONFLICT', `实施方案现在是“${plan.status}”，下一步是${next}，不能${input.step}`)
      }
      if (input.step === '拟稿' && (!plan.saved || plan.scope === '' || plan.content === '')) {
        throw new ServiceError('VALIDATION', '请先填写并保存抽查范围和抽查内容，再送审核', 'scope')
      }
      if (input.step !== '退回修改') stepDateAfter(ctx, task.id, input.date)
      if (input.meetingId !== null && !ctx.sqlite.prepare('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId)) {
        throw new ServiceError('VALIDATION', '所选会议不存在，请刷新后重新选择', 'meetingId')
      }
      const isDemo = (ctx.sqlite.prepare('SELECT is_demo AS d FROM tasks WHERE id = ?').get(task.id) as { d: number }).d === 1
      ctx.db
        .insert(taskPlanApprovals)
        .values({ taskId: task.id, step: input.step, name: input.name, date: input.date, note: input.note, meetingId: input.meetingId, operator: ctx.operator, isDemo, at: ctx.now })
        .run()
      ctx.auditDetail({ task: task.code, step: input.step, name: input.name })
      return readTaskPlan(ctx.sqlite, task)
    }
  },
  ...taskPlanDocumentHandlers
}
