import type { ChecklistItemRow } from '../../db/schema'

/** The fields of a version a clerk edits; a change to any of them is an adjustment. */
export const editableChecklistFields = [
  'code',
  'departmentId',
  'name',
  'category',
  'targetType',
  'methods',
  'basis',
  'content',
  'qualification',
  'jointDepartmentIds',
  'validFrom',
  'validTo'
] as const
export type EditableChecklistField = (typeof editableChecklistFields)[number]
export type ChecklistValues = Pick<ChecklistItemRow, EditableChecklistField>

/**
 * Field → [before, after] as a clerk reads them (department names, methods joined with "、"), for
 * the 调整记录: the record keeps the words of the day, so a later renamed unit does not rewrite it.
 */
export function describeChecklistChanges(
  before: ChecklistValues | null,
  after: ChecklistValues,
  departmentName: (id: number) => string
): Record<string, [string, string]> {
  const shown = (field: EditableChecklistField, values: ChecklistValues | null): string => {
    if (!values) return ''
    const value = values[field]
    if (field === 'departmentId') return departmentName(value as number)
    if (field === 'jointDepartmentIds') return (value as number[]).map(departmentName).join('、')
    if (field === 'methods') return (value as string[]).join('、')
    return value === null || value === undefined ? '' : String(value)
  }
  const changes: Record<string, [string, string]> = {}
  for (const field of editableChecklistFields) {
    const a = shown(field, before)
    const b = shown(field, after)
    if (a !== b) changes[field] = [a, b]
  }
  return changes
}
