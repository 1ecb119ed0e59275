import { z } from 'zod'
import { targetKinds, type TargetKind } from './enums'
import { targetFilterInput, type TargetFilter } from './targets'

const recordId = (label: string) => z.number({ error: `缺少${label}` }).int().positive({ error: `${label}无效` })

/**
 * 分类专项名录库 (seeds/004 §(十): 设置各分类专项名录库建库标准，包括专项库名称、对象类型、分类指标、对应专业监管要求):
 * name, the department that keeps it, target kind, the written 建库标准, and the saved filter that
 * picks its members.
 */
export const specialDirectoryInput = z.object({
  name: z
    .string({ error: '请填写名录库名称' })
    .trim()
    .min(1, { error: '请填写名录库名称' })
    .max(40, { error: '名录库名称不能超过40个字' }),
  departmentId: recordId('负责部门'),
  targetKind: z.enum(targetKinds, { error: '请选择对象类型' }).nullable().default(null),
  criteria: z.string().trim().max(500, { error: '建库标准不能超过500个字' }).default(''),
  filter: targetFilterInput.prefault({})
})
export type SpecialDirectoryInput = z.input<typeof specialDirectoryInput>

/** Which targets a bulk action applies to: a filter (the list on screen) or ticked rows. */
export const targetSelectionInput = z
  .object({
    filter: targetFilterInput.optional(),
    targetIds: z.array(recordId('检查对象编号')).max(10_000, { error: '一次最多勾选10000个对象，更多请按筛选条件批量操作' }).optional()
  })
  .refine((v) => (v.filter === undefined) !== (v.targetIds === undefined), { error: '请按筛选条件或勾选的对象二选一' })
export type TargetSelectionInput = z.input<typeof targetSelectionInput>

export const specialDirectoryMembersInput = z.object({
  directoryId: recordId('专项名录库'),
  selection: targetSelectionInput
})

const tagText = z.string().trim().min(1, { error: '标签不能为空' }).max(20, { error: '每个标签不超过20个字' })

/** 003 §二(一) 标签化管理: add or remove tags on one target or on the filtered list. */
export const targetTagsEditInput = z
  .object({
    selection: targetSelectionInput,
    add: z.array(tagText).max(10).default([]),
    remove: z.array(tagText).max(10).default([])
  })
  .refine((v) => v.add.length + v.remove.length > 0, { error: '请填写要添加或去掉的标签', path: ['add'] })

export interface SpecialDirectoryDto {
  id: number
  name: string
  departmentId: number
  departmentName: string
  targetKind: TargetKind | null
  criteria: string
  filter: TargetFilter
  memberCount: number
  updatedAt: string
}

/** What a bulk action would do, shown before the clerk confirms it. */
export interface SelectionPreviewDto {
  /** Targets the selection covers. */
  matching: number
  /** Of those, how many the action would change (not yet in the directory / not yet tagged …). */
  changing: number
}

export interface BulkResultDto {
  changed: number
}
