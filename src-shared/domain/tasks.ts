import { z } from 'zod'
import type { ChecklistCategory, TaskStatus, TaskTargetOutcome } from './enums'
import { taskStatuses } from './enums'
import { isoDateField } from './isoDateField'

const departmentId = z.number({ error: '请选择成员单位' }).int().positive({ error: '所选成员单位无效' })

/** The task's header: what a task is set up with before any draw (004 §(十九): tasks set before drawing). */
const taskHeaderFields = {
  name: z
    .string({ error: '请填写任务名称' })
    .trim()
    .min(1, { error: '请填写任务名称，如“2026年食品经营者联合抽查”' })
    .max(100, { error: '任务名称不能超过100个字' }),
  leadDepartmentId: departmentId,
  participatingDepartmentIds: z.array(departmentId).max(30, { error: '参与部门最多30个' }).default([]),
  checklistItemIds: z
    .array(z.number().int().positive())
    .min(1, { error: '请至少选择一项抽查事项' })
    .max(50, { error: '抽查事项最多50项' }),
  periodStart: isoDateField('检查开始日期'),
  periodEnd: isoDateField('检查结束日期'),
  /** 临时抽查 (not from the annual plan): why (004 §(十五) 参照年度计划执行并记录). */
  adHocReason: z.string().trim().max(200, { error: '临时抽查的来由不能超过200个字' }).default('')
}

const periodInOrder = (t: { periodStart: string; periodEnd: string }) => t.periodEnd >= t.periodStart
const periodError = { error: '检查结束日期不能早于开始日期', path: ['periodEnd'] }

/**
 * 联合抽查任务 (issue 8 §1): from an item of a published annual plan (planItemId), or ad hoc as a
 * 临时抽查 whose reason is required (004 §(十五): 临时任务参照年度计划执行并记录, listed for publication
 * like planned ones).
 */
export const taskInput = z
  .object({
    ...taskHeaderFields,
    planItemId: z.number({ error: '所选计划事项无效' }).int().positive({ error: '所选计划事项无效' }).nullable().default(null)
  })
  .refine(periodInOrder, periodError)
  .refine((t) => t.planItemId !== null || t.adHocReason !== '', {
    error: '不在年度计划内的临时抽查须写明来由（如上级交办、投诉举报集中），或改为从年度计划事项建立',
    path: ['adHocReason']
  })
export type TaskInput = z.input<typeof taskInput>

/** Editing the header, allowed while the task is 草拟 (before any target draw). */
export const taskUpdateInput = z
  .object({ id: z.number({ error: '缺少任务编号' }).int().positive({ error: '任务编号无效' }), ...taskHeaderFields })
  .refine(periodInOrder, periodError)
export type TaskUpdateInput = z.input<typeof taskUpdateInput>

/** Task list filters (all optional): year, a department leading or taking part, status, plan item. */
export const taskListInput = z
  .object({
    year: z.number().int().min(2000).max(2100).nullable().default(null),
    departmentId: z.number().int().positive().nullable().default(null),
    status: z.enum(taskStatuses, { error: '任务状态无效' }).nullable().default(null),
    planItemId: z.number().int().positive().nullable().default(null)
  })
  .default({ year: null, departmentId: null, status: null, planItemId: null })
export type TaskListInput = z.input<typeof taskListInput>

export interface TaskChecklistItemDto {
  id: number
  code: string
  name: string
  category: ChecklistCategory
  departmentId: number
  departmentName: string
  /** 执法资质 the item asks of its department's inspectors ('' = none). */
  qualification: string
}

export interface TaskSummaryDto {
  id: number
  /** 任务编号, e.g. LHCC-2026-003. */
  code: string
  year: number
  name: string
  leadDepartmentId: number
  leadDepartmentName: string
  participatingDepartmentIds: number[]
  participatingDepartmentNames: string[]
  periodStart: string
  periodEnd: string
  status: TaskStatus
  /** Targets in the current (not superseded) draw. */
  targetCount: number
  /** The plan item it carries out; null for a 临时抽查. Its scope and ratios stay on the plan item. */
  planItemId: number | null
  planItemName: string
  adHoc: boolean
}

export interface TaskDto extends TaskSummaryDto {
  checklistItems: TaskChecklistItemDto[]
  adHocReason: string
  createdAt: string
  /** Inspection groups of its visits (a merged visit's group may belong to another task). */
  groupCount: number
  /** The header (name, departments, items, period) may still change: 草拟 and no target drawn. */
  editable: boolean
}

/** A plan item a task can be created from: the fields prefilled, items mapped to their versions in force. */
export interface TaskPlanItemOptionDto {
  id: number
  year: number
  planTitle: string
  name: string
  leadDepartmentId: number
  participatingDepartmentIds: number[]
  /** Current versions of the plan item's checklist items (same code); abolished ones left out. */
  checklistItemIds: number[]
  /** Codes of checklist items abolished since the plan, which the task cannot take. */
  droppedChecklistCodes: string[]
  periodStart: string
  periodEnd: string
  scopeText: string
  /** "A 3%、B 4%…" or "固定 8 户". */
  ratioText: string
  category: ChecklistCategory
  method: string
  /** Tasks already created from it. */
  taskCount: number
}

/** What the task dialog offers: the checklist items in force today and the plan items to start from. */
export interface TaskFormOptionsDto {
  checklistItems: TaskChecklistItemDto[]
  planItems: TaskPlanItemOptionDto[]
}

export interface TaskGroupMemberDto {
  name: string
  certNo: string
  department: string
  leader: boolean
}

/** A drawn target of the task with its visit and the group going there (members not replaced). */
export interface TaskTargetDto {
  targetId: number
  /** 统一社会信用代码 or 注册号. */
  code: string
  name: string
  town: string
  address: string
  outcome: TaskTargetOutcome
  visitId: number | null
  group: TaskGroupMemberDto[]
}
