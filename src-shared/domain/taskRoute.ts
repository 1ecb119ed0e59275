import { z } from 'zod'
import { isoDateField } from './isoDateField'

/** 路线图、时间表 (002 §三): visits by group, day and town over the on-site window. */

export const routeScheduleInput = z.object({
  taskId: z.number({ error: '缺少任务编号' }).int().positive(),
  /** Visits one group (one inspector) makes a day. */
  perDay: z
    .number({ error: '每组每日检查户数请填写数字' })
    .int({ error: '每组每日检查户数请填写整数' })
    .min(1, { error: '每组每日至少检查1户' })
    .max(20, { error: '每组每日检查户数不能超过20户' })
})

export const visitDateInput = z.object({
  taskId: z.number({ error: '缺少任务编号' }).int().positive(),
  visitId: z.number({ error: '缺少检查编号' }).int().positive(),
  date: isoDateField('检查日期')
})

export interface RouteRowDto {
  visitId: number
  /** Planned day, or null when not yet scheduled. */
  date: string | null
  groupName: string
  leader: string
  members: string[]
  town: string
  targetName: string
  targetCode: string
  address: string
  /** Other tasks share this visit (进一次门、查多项事). */
  mergedWith: string[]
  /** A notice names the visit: its date can no longer change here. */
  noticeIssued: boolean
}

export interface TaskRouteDto {
  taskId: number
  perDay: number
  windowStart: string
  windowEnd: string
  /** The first day visits are planned on: the window's start, after the draw and the notices (实施方案). */
  scheduleFrom: string
  /** Mon–Fri days from scheduleFrom to the window's end. */
  workingDays: string[]
  /** Ordered by date, group, town. */
  rows: RouteRowDto[]
  /** Visits without a planned date. */
  unscheduled: number
  /** Visits whose target has no inspection group yet. */
  withoutGroup: number
}
