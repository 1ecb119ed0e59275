import { z } from 'zod'
import { checkMethods, checklistCategories, type CheckMethod, type ChecklistAdjustmentKind, type ChecklistCategory } from './enums'
import { isoDateField } from './isoDateField'

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

/** 抽查事项编码: letters, digits and hyphens, e.g. "SJ-001". */
export const checklistCodePattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,29}$/

/**
 * 004 §(八): every adjustment of the list says why and from when ("动态调整，并及时公布调整情况"),
 * so each change carries a reason and an effective date.
 */
const adjustmentFields = {
  reason: requiredText('调整理由', 200).refine((v) => v.length >= 4, { error: '调整理由请写清楚（至少4个字），如“依据新修订的《食品安全法实施条例》调整检查内容”' }),
  effectiveDate: isoDateField('生效日期')
}

/**
 * 抽查事项 form (004 §(八): 抽查事项、检查对象、事项类别、检查方式、检查主体和检查依据). The department is
 * the 检查主体; joint departments are those that check it together (联合抽查).
 */
export const checklistItemFields = z.object({
  departmentId: recordId('实施部门'),
  code: z
    .string({ error: '请填写事项编码' })
    .trim()
    .min(1, { error: '请填写事项编码' })
    .transform((v) => v.toUpperCase())
    .refine((v) => checklistCodePattern.test(v), { error: '事项编码只能由字母、数字和“-”组成，不超过30位，如“SJ-001”' }),
  name: requiredText('抽查事项', 100),
  category: z.enum(checklistCategories, { error: '事项类别只能是“一般”或“重点”' }).default('一般'),
  targetType: requiredText('检查对象', 100),
  methods: z
    .array(z.enum(checkMethods, { error: '检查方式只能是实地核查、书面检查、网络监测、抽样检测或委托第三方' }))
    .min(1, { error: '请至少选择一种检查方式' })
    .transform((methods) => checkMethods.filter((m) => methods.includes(m))),
  basis: requiredText('检查依据', 500),
  content: optionalText('检查内容', 1000),
  qualification: optionalText('执法资质', 60),
  jointDepartmentIds: z.array(recordId('联合部门')).max(30).default([]),
  validFrom: isoDateField('有效期起'),
  validTo: isoDateField('有效期止').nullable().default(null)
})
export type ChecklistItemFields = z.input<typeof checklistItemFields>

export const checklistCreateInput = checklistItemFields.extend({ reason: adjustmentFields.reason })
export type ChecklistCreateInput = z.input<typeof checklistCreateInput>

export const checklistUpdateInput = checklistItemFields.extend({ id: recordId('事项编号'), ...adjustmentFields })
export type ChecklistUpdateInput = z.input<typeof checklistUpdateInput>

export const checklistAbolishInput = z.object({ id: recordId('事项编号'), ...adjustmentFields })
export type ChecklistAbolishInput = z.input<typeof checklistAbolishInput>

/** 现行 = in force today; 未生效 = starts later; 已废止 = closed (废止 or past its end date). */
export const checklistItemStatuses = ['现行', '未生效', '已废止'] as const
export type ChecklistItemStatus = (typeof checklistItemStatuses)[number]

export const checklistListInput = z
  .object({
    departmentId: recordId('实施部门').optional(),
    category: z.enum(checklistCategories).optional(),
    text: z.string().trim().max(50).default(''),
    includeAbolished: z.boolean().default(false)
  })
  .prefault({})
export type ChecklistListInput = z.input<typeof checklistListInput>

export const checklistAdjustmentsInput = z
  .object({
    departmentId: recordId('实施部门').optional(),
    unpublishedOnly: z.boolean().default(false)
  })
  .prefault({})

export const checklistPublishInput = z.object({
  ids: z.array(recordId('调整记录编号')).min(1, { error: '请先勾选要公布的调整记录' }).max(1000)
})

/** One version of an item, as the list shows it (the latest version of each lineage). */
export interface ChecklistItemDto {
  id: number
  /** The first version's id: the same for every version of the item. */
  rootId: number
  version: number
  code: string
  departmentId: number
  departmentName: string
  name: string
  category: ChecklistCategory
  targetType: string
  methods: CheckMethod[]
  basis: string
  content: string
  qualification: string
  jointDepartmentIds: number[]
  jointDepartmentNames: string[]
  validFrom: string
  validTo: string | null
  status: ChecklistItemStatus
  /** How many tasks use this version (so an edit will make a new version). */
  taskCount: number
  updatedAt: string
}

export interface ChecklistChangeDto {
  field: string
  label: string
  before: string
  after: string
}

export interface ChecklistAdjustmentDto {
  id: number
  kind: ChecklistAdjustmentKind
  checklistItemId: number
  /** Set when the change made a new version (the item was used by tasks). */
  previousItemId: number | null
  version: number
  code: string
  itemName: string
  departmentName: string
  changes: ChecklistChangeDto[]
  reason: string
  effectiveDate: string
  published: boolean
  publishedAt: string | null
  operator: string
  at: string
}

/** What each stored field is called on screen and in the 调整记录. */
export const checklistFieldLabels: Record<string, string> = {
  code: '事项编码',
  departmentId: '实施部门',
  name: '抽查事项',
  category: '事项类别',
  targetType: '检查对象',
  methods: '检查方式',
  basis: '检查依据',
  content: '检查内容',
  qualification: '执法资质',
  jointDepartmentIds: '联合部门',
  validFrom: '有效期起',
  validTo: '有效期止'
}
