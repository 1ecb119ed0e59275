import type { ParsedInput } from '@shared/contract'
import { targetFilterSql } from './targetFilterSql'

export type ParsedSelection = ParsedInput<'specialDirectories:addTargets'>['selection']

/**
 * `SELECT t.id FROM targets t …` for a bulk action's selection: the filter on screen (the same WHERE
 * clause as the search, so the action covers exactly the listed targets) or the ticked rows.
 */
export function selectionSql(selection: ParsedSelection): { sql: string; params: unknown[] } {
  if (selection.targetIds) return { sql: 'SELECT t.id FROM targets t WHERE t.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(selection.targetIds)] }
  const filter = targetFilterSql({ text: '', ...selection.filter })
  return { sql: `SELECT t.id FROM targets t ${filter.where}`, params: filter.params }
}
