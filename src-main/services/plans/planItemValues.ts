import type { PlanItemFields } from '@shared/domain/plans'

/** A plan item's fields as the plan_items columns store them. */
export function planItemValues(item: PlanItemFields) {
  return {
    name: item.name,
    leadDepartmentId: item.leadDepartmentId,
    participatingDepartmentIds: item.participatingDepartmentIds,
    checklistItemIds: item.checklistItemIds,
    targetScope: item.scope,
    ratios: item.ratios,
    fixedCount: item.mode === 'count' ? item.fixedCount : null,
    category: item.category,
    method: item.method,
    periodStart: item.periodStart,
    periodEnd: item.periodEnd,
    notes: item.notes
  }
}
