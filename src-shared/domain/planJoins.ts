import { z } from 'zod'

/**
 * issue 7 §4(a): items of different units that share their target scope and period, suggested as
 * one joint check (“进一次门、查多项事”, seeds/002 §四(二)); a join is applied with one click and can
 * be undone, restoring the original items exactly. Only while the plan is drafted.
 */

const id = z.number({ error: '缺少计划事项' }).int().positive()

export const planJoinInput = z.object({
  planId: z.number().int().positive(),
  /** In order: the first item's unit leads, its scope and ratios are kept. */
  itemIds: z.array(id).min(2, { error: '请至少选择两项要合并的计划事项' }).max(10, { error: '一次最多合并10项' })
})

export const planUndoJoinInput = z.object({ id: z.number().int().positive() })

export interface PlanJoinSuggestionDto {
  itemIds: number[]
  items: { id: number; seq: number; name: string; leadName: string }[]
  /** The shared target scope in words. */
  scopeText: string
  /** The months the items' periods share, e.g. “4月—5月”. */
  overlap: string
}

export interface PlanJoinDto {
  id: number
  mergedItemId: number
  itemName: string
  /** The joined items' names, in order. */
  originals: string[]
  createdAt: string
  /** False when the joint item has since been removed or joined again (undo no longer possible). */
  undoable: boolean
}

export interface PlanJoinsDto {
  suggestions: PlanJoinSuggestionDto[]
  joins: PlanJoinDto[]
}
