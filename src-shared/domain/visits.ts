import { z } from 'zod'
import type { TaskTargetOutcome } from './enums'

const id = z.number({ error: '缺少记录编号' }).int().positive({ error: '记录编号无效' })

/** 合并检查 (seeds/004 §(二十)): this task's target joins the other task's visit. */
export const visitMergeInput = z.object({ taskId: id, targetId: id, otherTaskId: id })
export const visitUnmergeInput = z.object({ taskId: id, targetId: id })

/** 预查比对 decisions (seeds/004 §(二十八)1, §(三十)): proceed, or 不再检查 for one of these reasons. */
export const precheckDecisions = ['继续检查', '注销/吊销', '无法联系', '迁出'] as const
export type PrecheckDecision = (typeof precheckDecisions)[number]

/** The outcome a decision gives the task's target; it stays in the task with it. */
export const precheckOutcome: Record<PrecheckDecision, TaskTargetOutcome> = {
  继续检查: '待检查',
  '注销/吊销': '已注销吊销',
  无法联系: '无法联系',
  迁出: '已迁出'
}

export const precheckDecideInput = z
  .object({
    taskId: id,
    targetId: id,
    decision: z.enum(precheckDecisions, { error: '请选择预查结论：继续检查，或不再检查的原因' }),
    note: z.string().trim().max(200, { error: '说明不能超过200个字' }).default('')
  })
  .refine((d) => d.decision === '继续检查' || d.note.length > 0, {
    error: '不再检查的，请在说明里写明依据，如“2026年2月10日已注销”或“三次上门、两次电话均无法联系”',
    path: ['note']
  })
export type PrecheckDecideInput = z.input<typeof precheckDecideInput>

/** A target of this task that another task with an overlapping on-site window also checks. */
export interface MergeCandidateDto {
  targetId: number
  targetName: string
  code: string
  otherTaskId: number
  otherTaskCode: string
  otherTaskName: string
  otherPeriod: string
  /** Whether the other task's visit already has an inspection group (it would serve both). */
  otherHasGroup: boolean
}

/** A visit this task shares with other tasks. */
export interface MergedVisitDto {
  visitId: number
  targetId: number
  targetName: string
  code: string
  /** The other tasks on this visit. */
  otherTasks: { id: number; code: string; name: string }[]
  /** Code of the task whose group goes (empty when none yet). */
  groupTaskCode: string
  /** 字号 of the valid notice, when issued: unmerge is then refused. */
  noticeNumber: string | null
}

export interface VisitsOverviewDto {
  candidates: MergeCandidateDto[]
  merged: MergedVisitDto[]
}

export interface UnmergeResultDto {
  overview: VisitsOverviewDto
  /** What the clerk must do next, e.g. a supplementary inspector draw; empty when nothing. */
  message: string
}

/** One row of the 预查比对 list. */
export interface PrecheckRowDto {
  targetId: number
  visitId: number | null
  targetName: string
  code: string
  town: string
  /** 登记状态: 存续, 注销, 吊销, 迁出 … */
  registrationStatus: string
  movedOut: boolean
  abnormal: boolean
  /** Results of earlier tasks on this target: "LHCC-2025-003 2025-06-01 未发现问题" lines. */
  earlierResults: string[]
  /** Follow-ups of earlier results still open. */
  openFollowUps: number
  outcome: TaskTargetOutcome
  note: string
  precheckedAt: string | null
  /** Set when the visit's notice is issued: decisions are then refused. */
  noticeNumber: string | null
}
