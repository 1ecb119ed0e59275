import { z } from 'zod'
import type { ChecklistCategory, TaskStatus } from './enums'
import { isoDateField } from './isoDateField'

const departmentId = z.number({ error: '请选择成员单位' }).int().positive({ error: '所选成员单位无效' })

/**
 * 联合抽查任务, the minimal record the draw needs (issue 4): name, lead and participating
 * departments, checklist items (their current versions) and the execution period. The full task
 * workbench (实施方案, status flow, notices) comes in a later issue and extends this input.
 */
export const taskInput = z
  .object({
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
    /** 临时任务 (not from the annual plan): why (seeds/004 §(十五) 参照年度计划执行并记录). */
    adHocReason: z.string().trim().max(200, { error: '临时任务说明不能超过200个字' }).default('')
  })
  .refine((t) => t.periodEnd >= t.periodStart, { error: '检查结束日期不能早于开始日期', path: ['periodEnd'] })
export type TaskInput = z.input<typeof taskInput>

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
}

export interface TaskDto extends TaskSummaryDto {
  checklistItems: TaskChecklistItemDto[]
  adHocReason: string
  createdAt: string
}

/** What the task dialog offers: the checklist items in force today. */
export interface TaskFormOptionsDto {
  checklistItems: TaskChecklistItemDto[]
}
