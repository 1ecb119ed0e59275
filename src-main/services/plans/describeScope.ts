import type { PlanItemFields } from '@shared/domain/plans'

/** A plan item's target scope in words, as the plan table prints it. */
export function describeScope(
  scope: PlanItemFields['scope'],
  names: { departments: Map<number, string>; specialDirectories: Map<number, string> }
): string {
  const parts: string[] = []
  if (scope.specialDirectoryId !== undefined) parts.push(names.specialDirectories.get(scope.specialDirectoryId) ?? '分类专项名录库')
  if (scope.kind) parts.push(scope.kind)
  if (scope.industry) parts.push(`${scope.industry}行业`)
  if (scope.town) parts.push(scope.town)
  if (scope.riskClass) parts.push(`信用风险${scope.riskClass}类`)
  if (scope.status) parts.push(`登记状态${scope.status}`)
  if (scope.tag) parts.push(`标签“${scope.tag}”`)
  if (scope.departmentId !== undefined) parts.push(`${names.departments.get(scope.departmentId) ?? ''}监管的对象`)
  if (scope.abnormal !== undefined) parts.push(scope.abnormal ? '列入经营异常名录' : '未列入经营异常名录')
  return parts.length > 0 ? parts.join('，') : '全县检查对象名录库'
}
