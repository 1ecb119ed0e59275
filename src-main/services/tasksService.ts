import { tasks } from '../db/schema'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'
import { nextTaskCode } from './tasks/nextTaskCode'
import { listTasks, readChecklistItems, readTask } from './tasks/readTasks'
import type { ParsedInput } from '@shared/contract'

function assertReferences(ctx: ServiceContext, input: ParsedInput<'tasks:create'>): void {
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

/** 联合抽查任务, the minimal record (issue 4); the task workbench is a later issue. */
export const tasksHandlers: Pick<HandlerMap, 'tasks:list' | 'tasks:get' | 'tasks:create' | 'tasks:formOptions'> = {
  'tasks:list': { tx: (ctx) => listTasks(ctx.sqlite) },
  'tasks:get': { tx: (ctx, { id }) => readTask(ctx.sqlite, id) },
  'tasks:formOptions': { tx: (ctx) => ({ checklistItems: readChecklistItems(ctx.sqlite, 'current', ctx.today) }) },
  'tasks:create': {
    tx: (ctx, input) => {
      assertReferences(ctx, input)
      const year = Number(input.periodStart.slice(0, 4))
      const code = nextTaskCode(ctx.sqlite, readSettings(ctx.db).taskPrefix, year)
      const participating = [...new Set(input.participatingDepartmentIds)].filter((id) => id !== input.leadDepartmentId)
      const row = ctx.db
        .insert(tasks)
        .values({
          code,
          year,
          name: input.name,
          adHoc: true,
          adHocReason: input.adHocReason,
          leadDepartmentId: input.leadDepartmentId,
          participatingDepartmentIds: participating,
          checklistItemIds: [...new Set(input.checklistItemIds)],
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          createdAt: ctx.now,
          updatedAt: ctx.now
        })
        .returning({ id: tasks.id })
        .get()
      ctx.auditDetail({ code, name: input.name })
      return readTask(ctx.sqlite, row.id)
    }
  }
}
