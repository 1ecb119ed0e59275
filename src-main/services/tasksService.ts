import { eq } from 'drizzle-orm'
import { tasks } from '../db/schema'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'
import { nextTaskCode } from './tasks/nextTaskCode'
import { planItemOptions } from './tasks/planItemOptions'
import { listTasks, readChecklistItems, readTask } from './tasks/readTasks'
import { readTaskTargets } from './tasks/readTaskTargets'
import type { ParsedInput } from '@shared/contract'

type TaskHeader = Pick<ParsedInput<'tasks:create'>, 'leadDepartmentId' | 'participatingDepartmentIds' | 'checklistItemIds'>

function assertReferences(ctx: ServiceContext, input: TaskHeader): void {
  const active = new Set(
    (ctx.sqlite.prepare('SELECT id FROM departments WHERE active = 1').all() as { id: number }[]).map((d) => d.id)
  )
  if (!active.has(input.leadDepartmentId)) {
    throw new ServiceError('VALIDATION', '牵头单位不存在或已停用，请重新选择', 'leadDepartmentId')
  }
  if (input.participatingDepartmentIds.some((id) => !active.has(id))) {
    throw new ServiceError('VALIDATION', '参与部门中有不存在或已停用的单位，请重新选择', 'participatingDepartmentIds')
  }
  // A task records the checklist versions in force when it is set up (DESIGN.md checklist_items).
  const current = new Set(readChecklistItems(ctx.sqlite, 'current', ctx.today).map((c) => c.id))
  if (input.checklistItemIds.some((id) => !current.has(id))) {
    throw new ServiceError('VALIDATION', '所选抽查事项中有已废止或已修改的版本，请刷新后重新选择', 'checklistItemIds')
  }
}

function headerValues(input: TaskHeader & { name: string; periodStart: string; periodEnd: string; adHocReason: string }) {
  return {
    name: input.name,
    leadDepartmentId: input.leadDepartmentId,
    participatingDepartmentIds: [...new Set(input.participatingDepartmentIds)].filter((id) => id !== input.leadDepartmentId),
    checklistItemIds: [...new Set(input.checklistItemIds)],
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    adHocReason: input.adHocReason
  }
}

/** 联合抽查任务 (issue 4's minimal record; issue 8 §1: from a plan item or 临时, filters, header edits before the draw). */
export const tasksHandlers: Pick<
  HandlerMap,
  'tasks:list' | 'tasks:get' | 'tasks:create' | 'tasks:update' | 'tasks:formOptions' | 'tasks:targets'
> = {
  'tasks:list': { tx: (ctx, filter) => listTasks(ctx.sqlite, filter) },
  'tasks:get': { tx: (ctx, { id }) => readTask(ctx.sqlite, id) },
  'tasks:targets': { tx: (ctx, { id }) => readTaskTargets(ctx.sqlite, readTask(ctx.sqlite, id).id) },
  'tasks:formOptions': {
    tx: (ctx) => ({ checklistItems: readChecklistItems(ctx.sqlite, 'current', ctx.today), planItems: planItemOptions(ctx) })
  },
  'tasks:create': {
    tx: (ctx, input) => {
      if (input.planItemId !== null && !planItemOptions(ctx).some((item) => item.id === input.planItemId)) {
        throw new ServiceError('VALIDATION', '所选计划事项不在已发布的年度计划中（或已被计划调整取消），请重新选择', 'planItemId')
      }
      assertReferences(ctx, input)
      const year = Number(input.periodStart.slice(0, 4))
      const code = nextTaskCode(ctx.sqlite, readSettings(ctx.db).taskPrefix, year)
      const adHoc = input.planItemId === null
      const row = ctx.db
        .insert(tasks)
        .values({
          code,
          year,
          ...headerValues({ ...input, adHocReason: adHoc ? input.adHocReason : '' }),
          planItemId: input.planItemId,
          adHoc,
          createdAt: ctx.now,
          updatedAt: ctx.now
        })
        .returning({ id: tasks.id })
        .get()
      ctx.auditDetail({ code, name: input.name, planItemId: input.planItemId })
      return readTask(ctx.sqlite, row.id)
    }
  },
  'tasks:update': {
    tx: (ctx, input) => {
      const before = readTask(ctx.sqlite, input.id)
      // 004 §(十九): the draw is made on the task as set; after it the header stays as drawn.
      if (!before.editable) {
        throw new ServiceError('CONFLICT', `任务已${before.status === '草拟' ? '摇号' : before.status}，任务名称、部门、事项和检查期间不能再修改；如确需调整，请新建任务`)
      }
      if (before.adHoc && input.adHocReason === '') {
        throw new ServiceError('VALIDATION', '临时抽查须写明来由（如上级交办、投诉举报集中）', 'adHocReason')
      }
      assertReferences(ctx, input)
      if (Number(input.periodStart.slice(0, 4)) !== before.year) {
        throw new ServiceError('VALIDATION', `任务编号属于${before.year}年度，检查期间须在${before.year}年内；跨年度的请新建任务`, 'periodStart')
      }
      ctx.db
        .update(tasks)
        .set({ ...headerValues({ ...input, adHocReason: before.adHoc ? input.adHocReason : '' }), updatedAt: ctx.now })
        .where(eq(tasks.id, input.id))
        .run()
      ctx.auditDetail({ code: before.code, before: { name: before.name, periodStart: before.periodStart, periodEnd: before.periodEnd } })
      return readTask(ctx.sqlite, input.id)
    }
  }
}
