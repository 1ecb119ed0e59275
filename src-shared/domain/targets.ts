import { z } from 'zod'
import { registrationStatuses, riskClasses, targetKinds, targetScales, type RegistrationStatus, type RiskClass, type TargetKind, type TargetScale } from './enums'
import { isValidPhone, normalizePhone } from './phone'

const recordId = (label: string) => z.number({ error: `缺少${label}` }).int().positive({ error: `${label}无效` })

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` })

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .default('')

const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}应写成“2026-03-02”这样的日期` })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      error: `${label}不是一个有效的日期`
    })

/**
 * 检查对象 form. Codes arrive as typed (the service normalises and checks them, because a refused
 * code may be force-accepted with a written reason). Status is not edited here: it changes only
 * through a dated 注销/吊销/迁出 entry (`directory:changeTargetStatus`).
 */
export const targetInput = z.object({
  kind: z.enum(targetKinds, { error: '请选择对象类型' }),
  name: requiredText('对象名称', 100),
  uscc: z.string().max(40, { error: '统一社会信用代码太长：应为18位' }).default(''),
  regNo: z.string().max(40, { error: '注册号太长：应为15位数字' }).default(''),
  /** Non-empty = the clerk force-accepts a code that fails the check, and says why. */
  forcedCodeReason: optionalText('强制接受的理由', 200),
  legalRep: optionalText('法定代表人（负责人）', 40),
  address: optionalText('经营地址', 200),
  phone: z
    .string()
    .trim()
    .default('')
    .transform(normalizePhone)
    .refine((v) => v === '' || isValidPhone(v), { error: '联系电话格式不对：请填写11位手机号或带区号的座机号，如 0533-6966123' }),
  town: optionalText('所属乡镇（街道）', 40),
  industry: optionalText('行业', 60),
  scale: z.enum(targetScales, { error: '企业规模只能是大型、中型、小型或微型' }).nullable().default(null),
  riskClass: z.enum(riskClasses, { error: '信用风险分类只能是 A、B、C、D' }).default('B'),
  abnormal: z.boolean().default(false),
  seriousViolation: z.boolean().default(false),
  complaintCount: z.number({ error: '投诉举报次数请填写数字' }).int({ error: '投诉举报次数请填写整数' }).min(0, { error: '投诉举报次数不能为负数' }).max(99999).default(0),
  // 003 §二(一): 标签化管理 — free tags a clerk attaches to a target.
  tags: z.array(z.string().trim().min(1, { error: '标签不能为空' }).max(20, { error: '每个标签不超过20个字' })).max(30, { error: '标签最多30个' }).default([]),
  // 001 §三(二)2: 谁审批、谁监管，谁主管、谁监管 — the departments that supervise it.
  departmentIds: z.array(recordId('监管部门')).max(30).default([])
})
export type TargetInput = z.input<typeof targetInput>

export const targetSortKeys = ['name', 'town', 'riskClass', 'updatedAt', 'id'] as const
export type TargetSortKey = (typeof targetSortKeys)[number]

const optionalFilter = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : undefined))

/**
 * The directory's filter bar (text over name/address/codes plus filters; absent = no filter), and
 * the scope of a directed draw (定向抽取, seeds/004 §(十八)) — one schema for both, without paging.
 */
export const targetFilterInput = z.object({
  text: z.string().trim().max(100, { error: '搜索词不能超过100个字' }).default(''),
  kind: z.enum(targetKinds).optional(),
  town: optionalFilter,
  industry: optionalFilter,
  /** 企业规模 (issue 4: directed pools by scale). */
  scale: z.enum(targetScales, { error: '企业规模只能是大型、中型、小型或微型' }).optional(),
  riskClass: z.enum(riskClasses).optional(),
  status: z.enum(registrationStatuses).optional(),
  tag: optionalFilter,
  specialDirectoryId: recordId('专项名录库').optional(),
  departmentId: recordId('监管部门').optional(),
  abnormal: z.boolean().optional()
})
export type TargetFilter = z.input<typeof targetFilterInput>

/** 名录库 search: text over name/address/codes plus filters, paged and sorted on the server. */
export const targetSearchInput = targetFilterInput
  .extend({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
    sortBy: z.enum(targetSortKeys).default('name'),
    sortOrder: z.enum(['asc', 'desc']).default('asc')
  })
  .prefault({})
export type TargetSearchInput = z.input<typeof targetSearchInput>

export const targetStatusChangeInput = z.object({
  id: recordId('检查对象编号'),
  status: z.enum(registrationStatuses, { error: '请选择新的登记状态' }),
  date: isoDate('状态变更日期'),
  reason: optionalText('说明', 200)
})
export type TargetStatusChangeInput = z.input<typeof targetStatusChangeInput>

export interface TargetDto {
  id: number
  kind: TargetKind
  name: string
  uscc: string | null
  regNo: string | null
  legalRep: string
  address: string
  phone: string
  town: string
  industry: string
  scale: TargetScale | null
  status: RegistrationStatus
  statusDate: string | null
  riskClass: RiskClass
  abnormal: boolean
  seriousViolation: boolean
  complaintCount: number
  tags: string[]
  /** Set when a code failing the check was accepted anyway: the clerk's written reason. */
  forcedCodeReason: string | null
  departmentIds: number[]
  /** 简称 of the supervising departments, in id order. */
  departmentNames: string[]
  updatedAt: string
}

/** Search totals are exact up to this many matches; beyond it the screen says "10,000+". */
export const targetCountCap = 10_000

export interface TargetPageDto {
  rows: TargetDto[]
  /** Exact, or `targetCountCap` when `totalCapped`. */
  total: number
  /** More than `targetCountCap` targets match: narrow the search to see them all. */
  totalCapped: boolean
  page: number
  pageSize: number
}

export interface TargetStatusEntryDto {
  fromStatus: RegistrationStatus | null
  toStatus: RegistrationStatus
  date: string
  reason: string
  at: string
}

export interface TargetDetailDto extends TargetDto {
  createdAt: string
  specialDirectories: { id: number; name: string }[]
  statusHistory: TargetStatusEntryDto[]
}

/** One recorded change of a target, from the audit trail (seeds/004 §(五) 全程留痕). */
export interface TargetEditDto {
  at: string
  operator: string
  /** 录入 / 修改 / 变更登记状态 */
  action: string
  /** Labels of the fields an edit changed (修改 only). */
  fields: string[]
}

/** A task the target was drawn for or listed in (task_targets), with the draw that picked it. */
export interface TargetTaskDto {
  taskId: number
  code: string
  name: string
  year: number
  status: string
  outcome: string
  drawId: number | null
  drawAt: string | null
}

/** The drawer's history of a target: its edits and the tasks it appears in. */
export interface TargetHistoryDto {
  edits: TargetEditDto[]
  tasks: TargetTaskDto[]
}

/** What the filter bar offers: the values present in the directory. */
export interface TargetFacetsDto {
  towns: string[]
  industries: string[]
  tags: string[]
  specialDirectories: { id: number; name: string }[]
}
