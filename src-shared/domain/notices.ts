import { z } from 'zod'
import type { NoticeStatus } from './enums'

const id = z.number({ error: '缺少记录编号' }).int().positive({ error: '记录编号无效' })
const fileName = z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional()

export const noticesIssueInput = z.object({ taskId: id })
export const noticeVoidInput = z.object({
  id,
  reason: z
    .string({ error: '请写明作废原因' })
    .trim()
    .min(2, { error: '请写明作废原因，如“检查日期变更，重新印发”' })
    .max(200, { error: '作废原因不能超过200个字' })
})
/**
 * A batch as one .docx, or as a .zip with one .docx per target (`perTarget`, issue 9 §1); `jobId`
 * names the batch for documents:progress and documents:cancel.
 */
const batch = { perTarget: z.boolean().default(false), jobId: z.string().max(64).optional() }
/** Notices of a task, or one notice again (重印: the number stays). */
export const noticesExportInput = z.object({ taskId: id, noticeId: id.optional(), fileName, ...batch })
export const recordFormsExportInput = z.object({ taskId: id, fileName, ...batch })

/** 行政检查通知书 in the 字号 register (seeds/002 附件2). */
export interface NoticeDto {
  id: number
  year: number
  seq: number
  /** 部门联合双随机抽检字【2026】第 N 号 */
  numberText: string
  visitId: number | null
  targetId: number | null
  targetName: string
  /** The task that issued it; a merged visit's notice is shared by the tasks on the visit. */
  issuingTaskId: number
  issuingTaskCode: string
  /** Other tasks whose items the notice also lists (merged visit). */
  sharedWith: string[]
  status: NoticeStatus
  voidReason: string | null
  issuedAt: string
}

export interface TaskNoticesDto {
  notices: NoticeDto[]
  /** Proceeding visits of the task without a valid notice yet. */
  pending: number
  /** Of those, how many have no inspection group (notices are refused until they have one). */
  withoutGroup: number
}
