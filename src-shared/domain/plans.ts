import { z } from 'zod'
import type { EligibilityRuleReport, Stratum } from './draw'
import { defaultStratumRatios } from './drawSession'
import {
  checkMethods,
  checklistCategories,
  linkKinds,
  planAdjustmentKinds,
  type CheckMethod,
  type ChecklistCategory,
  type LinkKind,
  type PlanAdjustmentKind,
  type PlanStatus,
  type RiskClass
} from './enums'
import { isoDateField } from './isoDateField'
import { targetFilterInput, type TargetFilter } from './targets'

/**
 * 年度联合抽查计划 (issue 7): one county plan a year, drafted, circulated, published and filed
 * upward; after publication every change is an adjustment published as a 计划调整公告 (003 §二(二)).
 */

const recordId = (label: string) => z.number({ error: `缺少${label}` }).int().positive({ error: `${label}无效` })
const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` })
const text = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不能超过${max}个字` }).default('')
const percent = (label: string) =>
  z
    .number({ error: `${label}请填写数字` })
    .min(0, { error: `${label}不能小于0%` })
    .max(100, { error: `${label}不能超过100%` })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: `${label}最多两位小数` })

export const planYear = z
  .number({ error: '请填写计划年度，如 2026' })
  .int({ error: '计划年度应为整数，如 2026' })
  .min(2000, { error: '计划年度应在2000年到2100年之间' })
  .max(2100, { error: '计划年度应在2000年到2100年之间' })

export const planCreateInput = z.object({
  year: planYear,
  notes: text('备注', 500)
})

/** 004 §(十四): each item states its scope, timing and estimated number; 003 §二(五) ratios by risk class. */
export const planItemInput = z
  .object({
    name: required('抽查任务名称', 100),
    leadDepartmentId: recordId('牵头单位'),
    participatingDepartmentIds: z.array(recordId('参与部门')).max(30).default([]),
    checklistItemIds: z.array(recordId('抽查事项')).min(1, { error: '请至少选择一项抽查事项' }).max(60),
    scope: targetFilterInput.prefault({}),
    mode: z.enum(['ratio', 'count'], { error: '请选择按比例或按固定数量抽取' }).default('ratio'),
    ratios: z
      .object({ A: percent('A类比例'), B: percent('B类比例'), C: percent('C类比例'), D: percent('D类比例') })
      .default({ ...defaultStratumRatios }),
    fixedCount: z.number({ error: '抽取数量请填写数字' }).int({ error: '抽取数量请填写整数' }).min(1, { error: '抽取数量至少为1' }).nullable().default(null),
    category: z.enum(checklistCategories, { error: '事项类别请选择一般或重点' }).default('一般'),
    method: z.enum(checkMethods, { error: `检查方式请选择${checkMethods.join('、')}之一` }).nullable().default(null),
    periodStart: isoDateField('开始日期'),
    periodEnd: isoDateField('结束日期'),
    notes: text('备注', 300)
  })
  .refine((i) => i.mode !== 'count' || i.fixedCount !== null, { error: '按固定数量抽取时请填写抽取数量', path: ['fixedCount'] })
  .refine((i) => i.periodStart <= i.periodEnd, { error: '结束日期不能早于开始日期', path: ['periodEnd'] })
export type PlanItemInput = z.input<typeof planItemInput>
export type PlanItemFields = z.output<typeof planItemInput>

/** A link to the meeting (or its decision) that reviewed or approved something, as meetings link records. */
const linkFields = {
  linkKind: z.enum(linkKinds).nullable().default(null),
  linkId: z.number().int().positive().nullable().default(null)
}

export const planHeaderInput = z
  .object({ id: recordId('计划编号'), notes: text('备注', 500), ...linkFields })
  .refine((p) => (p.linkKind === null) === (p.linkId === null), { error: '审议会议的类别和编号要一起填写', path: ['linkKind'] })

export const planFileInput = z.object({
  id: recordId('计划编号'),
  filedDate: isoDateField('报备日期'),
  filedOffice: required('报备机关', 60)
})

/** 003 §二(二): 动态调整 — 增加 a new item, 取消 one, or 调整 its fields; each with its reason. */
export const planAdjustmentInput = z
  .object({
    planId: recordId('计划编号'),
    kind: z.enum(planAdjustmentKinds, { error: '调整类型请选择增加、取消或调整' }),
    planItemId: recordId('计划事项').nullable().default(null),
    item: planItemInput.nullable().default(null),
    reason: required('调整理由', 300),
    date: isoDateField('调整日期'),
    ...linkFields
  })
  .refine((a) => a.kind === '增加' || a.planItemId !== null, { error: '请选择要取消或调整的计划事项', path: ['planItemId'] })
  .refine((a) => a.kind === '取消' || a.item !== null, { error: '请填写增加或调整后的计划事项内容', path: ['item'] })
  .refine((a) => (a.linkKind === null) === (a.linkId === null), { error: '关联会议决定的类别和编号要一起填写', path: ['linkKind'] })

export const planCoverageReasonInput = z.object({
  planId: recordId('计划编号'),
  checklistCode: required('事项编码', 40),
  reason: text('未纳入计划的原因', 200)
})

export const planSettingsInput = z.object({
  /** A general item's ratio above this warns (key items have no cap: 004 §(十五)). */
  ratioCapPercent: percent('一般事项抽查比例上限'),
  /** The 通知 page's preamble; {县} and {年度} are filled in. */
  preamble: required('计划通知正文', 2000),
  /** issue 7 §3: the units' submission deadline as MM-DD; null = the last day of February (002 四(二): before March). */
  submissionDeadline: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: '报送截止日请写成“月-日”，如 02-28；留空为2月最后一天' })
    .nullable()
    .default(null)
})
export type PlanSettingsDto = z.output<typeof planSettingsInput>
export type PlanSettingsInput = z.input<typeof planSettingsInput>

export const defaultPlanSettings: PlanSettingsDto = {
  ratioCapPercent: 10,
  submissionDeadline: null,
  preamble:
    '各成员单位：\n为深入推进市场监管领域部门联合“双随机、一公开”监管，根据《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》要求，经联席会议审议，现将《{县}{年度}年度市场监管领域部门联合“双随机、一公开”抽查工作计划》印发给你们，请结合工作实际，认真组织实施。各牵头单位要按计划时间发起联合抽查任务，参与部门要密切配合，抽查结果按规定及时公示。计划执行中确需调整的，请报联席会议办公室，经审议后调整并公示。'
}

export function defaultPlanTitle(countyName: string, year: number): string {
  return `${countyName}${year}年度市场监管领域部门联合“双随机、一公开”抽查工作计划`
}

export interface PlanChecklistRefDto {
  id: number
  code: string
  name: string
  departmentName: string
}

export interface PlanItemDto extends PlanItemFields {
  id: number
  seq: number
  leadDepartmentName: string
  participatingNames: string[]
  /** A joint check: at least one participating department. */
  joint: boolean
  checklistItems: PlanChecklistRefDto[]
  /** The target scope in words (对象类型、乡镇、专项名录库 …). */
  scopeText: string
  /** In the version shown: cancelled by an adjustment. */
  cancelled: boolean
  /** Adjustments that touched the item in the version shown. */
  adjustedBy: PlanAdjustmentKind[]
}

export interface PlanAdjustmentDto {
  id: number
  /** 1-based order of publication; the plan's version after it is seq + 1. */
  seq: number
  kind: PlanAdjustmentKind
  planItemId: number | null
  itemName: string
  reason: string
  date: string
  /** Field label → [before, after] in words. */
  changes: { field: string; before: string; after: string }[]
  linkKind: LinkKind | null
  linkId: number | null
  operator: string
}

export interface PlanSummaryDto {
  id: number
  year: number
  title: string
  status: PlanStatus
  version: number
  /** Items in force (as adjusted, cancelled ones left out). */
  items: number
}

export interface PlanDto extends PlanSummaryDto {
  publishedAt: string | null
  filedDate: string | null
  filedOffice: string | null
  linkKind: LinkKind | null
  linkId: number | null
  notes: string
  /** The version these items show (1 = as published; `version` = as adjusted). */
  shownVersion: number
  planItems: PlanItemDto[]
  adjustments: PlanAdjustmentDto[]
}

export interface PlanItemEstimateDto {
  itemId: number | null
  /** Targets the scope matches in today's directory. */
  matched: number
  eligible: number
  /** What a draw with these parameters would take today. */
  count: number
  /** Per eligibility rule, how many it removed (hover text). */
  rules: EligibilityRuleReport[]
  strata: { stratum: Stratum; size: number; percent: number | null; count: number }[]
  warnings: string[]
}

export interface PlanCoverageDto {
  planId: number | null
  covered: number
  uncovered: { checklistItemId: number; checklistItem: string; name: string; department: string; reason: string }[]
}

export interface PlanFormOptionsDto {
  departments: { id: number; name: string; shortName: string }[]
  checklistItems: (PlanChecklistRefDto & { departmentId: number; category: ChecklistCategory; targetType: string; methods: CheckMethod[] })[]
  specialDirectories: { id: number; name: string }[]
  settings: PlanSettingsDto
}

export type PlanItemScope = TargetFilter
export type PlanRatios = Record<RiskClass, number>
