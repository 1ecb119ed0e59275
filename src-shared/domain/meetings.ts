import { z } from 'zod'
import {
  attendeeStatuses,
  linkKinds,
  meetingKinds,
  type AttendeeStatus,
  type DecisionStatus,
  type LinkKind,
  type MeetingKind,
  type MeetingStatus
} from './enums'
import { isoDateField } from './isoDateField'

const text = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过${max}个字` }).default('')
const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` })
const departmentRef = z.number().int().positive().nullable().default(null)

/** 参会人员: a member unit (departmentId) or an outside unit / invited expert (unitName). */
export const attendeeInput = z
  .object({
    departmentId: departmentRef,
    unitName: text('单位名称', 60),
    personName: text('参会人姓名', 20),
    post: text('参会人职务', 40),
    status: z.enum(attendeeStatuses, { error: '参会情况请选择出席、请假或列席' }).default('出席')
  })
  .refine((a) => a.departmentId !== null || a.unitName !== '', {
    error: '参会人员请选择成员单位，或填写邀请的其他部门、专家所在单位',
    path: ['unitName']
  })
  .refine((a) => a.status === '请假' || a.personName !== '', {
    error: '出席或列席的人员请填写姓名',
    path: ['personName']
  })

/** 议题: proposed by a member unit, or by the office when `proposerDepartmentId` is null. */
export const topicInput = z
  .object({
    title: required('议题名称', 200),
    proposerDepartmentId: departmentRef,
    submitToPlenary: z.boolean().default(false),
    linkKind: z.enum(linkKinds).nullable().default(null),
    linkId: z.number().int().positive().nullable().default(null)
  })
  .refine((t) => (t.linkKind === null) === (t.linkId === null), { error: '关联记录的类别和编号要一起填写', path: ['linkKind'] })

/** Statuses a clerk sets; 逾期 is never stored, it follows from the due date (issue 5 §4). */
export const settableDecisionStatuses = ['未开始', '推进中', '已完成'] as const

export const meetingInput = z.object({
  kind: z.enum(meetingKinds, { error: '请选择会议类型：全体会议、专题会议或联络员会议' }),
  title: required('会议名称', 120),
  number: text('会议届次', 30),
  date: isoDateField('会议日期'),
  time: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: '会议时间请按“09:30”的格式填写' }),
  place: text('会议地点', 60),
  convener: text('召集人', 20),
  host: text('主持人', 20),
  conveningDepartmentId: departmentRef,
  status: z.enum(['筹备中', '已召开', '已取消'], { error: '会议状态请选择筹备中、已召开或已取消' }).default('筹备中'),
  attendees: z.array(attendeeInput).max(200).default([]),
  topics: z.array(topicInput).max(50).default([])
})
export type MeetingInput = z.input<typeof meetingInput>

export const decisionInput = z.object({
  content: required('议定事项内容', 500),
  ownerDepartmentIds: z.array(z.number().int().positive()).min(1, { error: '请至少选择一个责任单位' }),
  dueDate: isoDateField('完成期限').nullable().default(null),
  status: z.enum(settableDecisionStatuses, { error: '落实状态请选择未开始、推进中或已完成（逾期由系统按期限判断）' }).default('未开始')
})
export type DecisionInput = z.input<typeof decisionInput>

export const progressInput = z.object({
  date: isoDateField('进展日期'),
  note: required('进展情况', 500)
})

export interface AttendeeDto {
  id: number
  departmentId: number | null
  unitName: string
  personName: string
  post: string
  status: AttendeeStatus
}

export interface TopicDto {
  id: number
  title: string
  proposerDepartmentId: number | null
  /** The proposing unit's name, or 联席会议办公室. */
  proposerName: string
  submitToPlenary: boolean
  linkKind: LinkKind | null
  linkId: number | null
}

export interface ProgressDto {
  id: number
  date: string
  note: string
}

export interface DecisionDto {
  id: number
  meetingId: number
  meetingTitle: string
  meetingDate: string
  content: string
  ownerDepartmentIds: number[]
  ownerNames: string[]
  dueDate: string | null
  /** 逾期 when not done and the due date has passed; else the stored status. */
  status: DecisionStatus
  completedDate: string | null
  progress: ProgressDto[]
}

export interface MeetingSummaryDto {
  id: number
  kind: MeetingKind
  title: string
  number: string
  date: string
  time: string
  place: string
  status: MeetingStatus
  attendeeCount: number
  decisionCount: number
  overdueCount: number
}

export interface MeetingDto extends MeetingSummaryDto {
  convener: string
  host: string
  conveningDepartmentId: number | null
  conveningUnitName: string
  minutesNumber: string | null
  signer: string | null
  signedDate: string | null
  attendees: AttendeeDto[]
  topics: TopicDto[]
  decisions: DecisionDto[]
}
