import { z } from 'zod'
import { minutesOpinions, type MinutesOpinion, type MinutesStatus } from './enums'
import { isoDateField } from './isoDateField'

const meetingId = z.number({ error: '缺少会议编号' }).int().positive()
const minutesId = z.number({ error: '缺少纪要编号' }).int().positive()

export const minutesDraftInput = z.object({
  meetingId,
  body: z.string().trim().min(1, { error: '请填写纪要正文' }).max(20000, { error: '纪要正文不能超过20000个字' })
})

export const minutesReviewInput = z
  .object({
    minutesId,
    departmentId: z.number({ error: '请选择提出意见的单位' }).int().positive(),
    opinion: z.enum(minutesOpinions, { error: '意见请选择“同意”或“修改意见”' }),
    comment: z.string().trim().max(1000, { error: '修改意见不能超过1000个字' }).default(''),
    date: isoDateField('反馈日期')
  })
  .refine((r) => r.opinion === '同意' || r.comment !== '', { error: '提出修改意见的，请写明具体修改内容', path: ['comment'] })

export const minutesSignInput = z.object({
  minutesId,
  signer: z.string().trim().min(1, { error: '请填写签发人（召集人）姓名' }).max(20, { error: '签发人姓名不能超过20个字' }),
  signedDate: isoDateField('签发日期'),
  /** Signing before every attending unit agreed needs the convener's reason. */
  overrideReason: z.string().trim().max(200, { error: '理由不能超过200个字' }).default('')
})

export const minutesIssueInput = z.object({
  minutesId,
  issuedDate: isoDateField('印发日期'),
  distribution: z.array(z.string().trim().min(1)).default(['联席会议各成员单位']),
  copyTo: z.array(z.string().trim().min(1)).default([])
})

export const minutesCorrectInput = z.object({
  minutesId,
  reason: z.string().trim().min(1, { error: '请写明更正原因' }).max(200, { error: '更正原因不能超过200个字' }),
  body: z.string().trim().min(1, { error: '请填写更正后的纪要正文' }).max(20000, { error: '纪要正文不能超过20000个字' })
})

export interface MinutesReviewDto {
  departmentId: number
  unitName: string
  /** Null while the unit has not answered. */
  opinion: MinutesOpinion | null
  comment: string
  date: string | null
}

export interface MinutesDto {
  id: number
  meetingId: number
  version: number
  status: MinutesStatus
  body: string
  number: string | null
  signer: string | null
  signedDate: string | null
  signOverrideReason: string | null
  issuedDate: string | null
  distribution: string[]
  copyTo: string[]
  correctionReason: string | null
  /** One line per attending member unit (出席), answered or not. */
  reviews: MinutesReviewDto[]
}
