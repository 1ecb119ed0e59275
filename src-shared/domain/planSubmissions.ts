import { z } from 'zod'
import type { PlanSubmissionStatus } from './enums'
import { planYear } from './plans'

/**
 * Collecting the units' plans (issue 7 §3; seeds/002 四(二): each unit sends its plan before March):
 * per unit 未报送 / 已报送 (set by importing its returned form) / 已退回 (by the clerk, with reason).
 */

/** The deadline of a year's submissions: the office's month-day, or the last day of February. */
export function submissionDeadline(year: number, monthDay: string | null): string {
  if (monthDay === null) return new Date(Date.UTC(year, 2, 0)).toISOString().slice(0, 10)
  const [m, d] = monthDay.split('-').map(Number)
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** Whole days from `from` to `to` (negative when `to` has passed). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export const planFormExportInput = z
  .object({
    year: planYear,
    departmentId: z.number().int().positive().optional(),
    /** The CLI names the unit (全称 or 简称). */
    departmentName: z.string().trim().max(60).optional()
  })
  .refine((i) => i.departmentId !== undefined || (i.departmentName ?? '') !== '', { error: '请选择填报单位', path: ['departmentId'] })

export const planSubmissionReturnInput = z.object({
  year: planYear,
  departmentId: z.number({ error: '请选择成员单位' }).int().positive(),
  reason: z
    .string({ error: '请填写退回原因' })
    .trim()
    .min(1, { error: '请填写退回原因，如“未覆盖全部抽查事项”' })
    .max(200, { error: '退回原因不能超过200个字' })
})

export interface PlanSubmissionDto {
  departmentId: number
  departmentName: string
  shortName: string
  status: PlanSubmissionStatus
  /** The day its form was imported (已报送). */
  submittedAt: string | null
  /** Why it was returned (已退回). */
  reason: string
  /** Plan items the unit leads in the year's plan. */
  leadItems: number
  overdue: boolean
}

export interface PlanSubmissionsDto {
  year: number
  deadline: string
  /** Days from today to the deadline (negative when passed). */
  daysLeft: number
  submitted: number
  total: number
  units: PlanSubmissionDto[]
}
