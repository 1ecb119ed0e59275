import type { PlanItemFields } from '@shared/domain/plans'
import type { ServiceContext } from '../serviceContext'
import { ServiceError } from '../serviceError'
import { readChecklistItems } from '../tasks/readTasks'

/**
 * A plan item's references: active units, current checklist items from the lead's or the
 * participating departments' checklists, an existing special directory, a period inside the year.
 * Returns the fields with the lead left out of the participating departments.
 */
export function assertPlanItem(ctx: ServiceContext, year: number, item: PlanItemFields, field = ''): PlanItemFields {
  const at = (name: string) => (field ? `${field}.${name}` : name)
  const active = new Set((ctx.sqlite.prepare('SELECT id FROM departments WHERE active = 1').all() as { id: number }[]).map((d) => d.id))
  if (!active.has(item.leadDepartmentId)) throw new ServiceError('VALIDATION', '牵头单位不存在或已停用，请重新选择', at('leadDepartmentId'))
  const participating = [...new Set(item.participatingDepartmentIds)].filter((id) => id !== item.leadDepartmentId)
  if (participating.some((id) => !active.has(id))) {
    throw new ServiceError('VALIDATION', '参与部门中有不存在或已停用的单位，请重新选择', at('participatingDepartmentIds'))
  }
  const units = new Set([item.leadDepartmentId, ...participating])
  const current = new Map(readChecklistItems(ctx.sqlite, 'current', ctx.today).map((c) => [c.id, c]))
  for (const id of item.checklistItemIds) {
    const entry = current.get(id)
    if (!entry) throw new ServiceError('VALIDATION', '所选抽查事项中有已废止或已修改的版本，请刷新后重新选择', at('checklistItemIds'))
    // issue 7 §2: the items come from the checklists of the departments taking part.
    if (!units.has(entry.departmentId)) {
      throw new ServiceError(
        'VALIDATION',
        `抽查事项“${entry.code} ${entry.name}”属于${entry.departmentName}，该单位不在本任务中：请把它加为参与部门，或去掉这个事项`,
        at('checklistItemIds')
      )
    }
  }
  if (item.scope.specialDirectoryId !== undefined) {
    const found = ctx.sqlite.prepare('SELECT 1 FROM special_directories WHERE id = ?').get(item.scope.specialDirectoryId)
    if (!found) throw new ServiceError('VALIDATION', '所选分类专项名录库不存在，请刷新后重新选择', at('scope.specialDirectoryId'))
  }
  if (!item.periodStart.startsWith(`${year}-`) || !item.periodEnd.startsWith(`${year}-`)) {
    throw new ServiceError('VALIDATION', `实施时间应在${year}年内：请把开始和结束日期都定在${year}年`, at('periodStart'))
  }
  return { ...item, participatingDepartmentIds: participating, checklistItemIds: [...new Set(item.checklistItemIds)] }
}
