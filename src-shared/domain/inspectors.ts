import { z } from 'zod'
import { inspectorKinds, inspectorStatuses, type InspectorKind, type InspectorStatus } from './enums'
import { isValidPhone, normalizePhone } from './phone'

const recordId = (label: string) => z.number({ error: `缺少${label}` }).int().positive({ error: `${label}无效` })

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .default('')

const isoDate = /^\d{4}-\d{2}-\d{2}$/
const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (isoDate.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), {
      error: `${label}应写成“2026-03-02”这样的日期`
    })
    .nullable()
    .default(null)
    .transform((v) => (v ? v : null))

const tagList = (label: string) =>
  z
    .array(z.string().trim().min(1, { error: `${label}不能为空` }).max(30, { error: `每项${label}不超过30个字` }))
    .max(30, { error: `${label}最多30项` })
    .default([])
    .transform((items) => [...new Set(items)])

/**
 * 人员状态 and its dates (seeds/004 §(二十三): only 在岗 people are drawn): 请假 runs from a date
 * to a date; 调离 has the date the person left; 在岗 has none.
 */
export function inspectorStatusProblem(status: InspectorStatus, from: string | null, to: string | null): { field: 'statusFrom' | 'statusTo'; message: string } | null {
  if (status === '请假') {
    if (!from) return { field: 'statusFrom', message: '请假请填写开始日期' }
    if (!to) return { field: 'statusTo', message: '请假请填写结束日期（预计返岗前一天）' }
    if (to < from) return { field: 'statusTo', message: `请假结束日期 ${to} 早于开始日期 ${from}，请改正` }
  }
  if (status === '调离' && !from) return { field: 'statusFrom', message: '调离请填写调离日期' }
  return null
}

/** 执法检查人员 form (issue 3 §3; seeds/003: 执法资质、业务专长、回避范围). */
export const inspectorInput = z
  .object({
    departmentId: recordId('所属部门'),
    name: z.string({ error: '请填写姓名' }).trim().min(1, { error: '请填写姓名' }).max(20, { error: '姓名不能超过20个字' }),
    /** 行政执法证号: unique; 执法人员 must have one, 辅助人员 and 专家 may not. */
    certNo: z
      .string()
      .trim()
      .max(40, { error: '执法证号不能超过40个字符' })
      .default('')
      .transform((v) => v.replace(/[\s\u3000]+/g, '').replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toUpperCase()),
    kind: z.enum(inspectorKinds, { error: '人员类别只能是执法人员、辅助人员或专家' }).default('执法人员'),
    qualifications: tagList('执法资质'),
    specialties: tagList('业务专长'),
    post: optionalText('职务', 40),
    organization: optionalText('工作单位', 60),
    phone: z
      .string()
      .trim()
      .default('')
      .transform(normalizePhone)
      .refine((v) => v === '' || isValidPhone(v), { error: '联系电话格式不对：请填写11位手机号或带区号的座机号，如 0533-6966123' }),
    status: z.enum(inspectorStatuses, { error: '状态只能是在岗、请假或调离' }).default('在岗'),
    statusFrom: optionalDate('状态开始日期'),
    statusTo: optionalDate('状态结束日期'),
    region: optionalText('负责区域', 40),
    // seeds/004 §(二十三): 与检查对象有利害关系的应当回避.
    avoidTargetIds: z.array(recordId('回避对象')).max(200, { error: '回避对象最多200个' }).default([]),
    avoidRules: z
      .array(z.string().trim().min(1, { error: '回避情形不能为空' }).max(100, { error: '每条回避情形不超过100个字' }))
      .max(30, { error: '回避情形最多30条' })
      .default([])
  })
  .superRefine((input, issues) => {
    if (input.kind === '执法人员' && !input.certNo) {
      issues.addIssue({ code: 'custom', path: ['certNo'], message: '执法人员请填写行政执法证号；没有执法证的请选“辅助人员”或“专家”' })
    }
    const problem = inspectorStatusProblem(input.status, input.statusFrom, input.statusTo)
    if (problem) issues.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
  })
export type InspectorInput = z.input<typeof inspectorInput>

export const inspectorSearchInput = z
  .object({
    /** Fragment of the name, 执法证号, post or 工作单位. */
    text: z.string().trim().max(50).default(''),
    departmentId: recordId('部门').optional(),
    kind: z.enum(inspectorKinds).optional(),
    status: z.enum(inspectorStatuses).optional(),
    region: z.string().trim().max(40).optional(),
    qualification: z.string().trim().max(30).optional(),
    specialty: z.string().trim().max(30).optional()
  })
  .prefault({})
export type InspectorSearchInput = z.input<typeof inspectorSearchInput>

export interface InspectorDto {
  id: number
  departmentId: number
  /** 简称 of the department. */
  departmentName: string
  name: string
  certNo: string | null
  kind: InspectorKind
  qualifications: string[]
  specialties: string[]
  post: string
  organization: string
  phone: string
  status: InspectorStatus
  statusFrom: string | null
  statusTo: string | null
  region: string
  avoidTargets: { id: number; name: string; code: string | null }[]
  avoidRules: string[]
  updatedAt: string
}

export interface InspectorFacetsDto {
  regions: string[]
  qualifications: string[]
  specialties: string[]
}
