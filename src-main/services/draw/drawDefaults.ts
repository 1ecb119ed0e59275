import type Database from 'better-sqlite3'
import type { DrawDefaultsDto, TargetClassInput } from '@shared/domain/drawSession'
import { defaultStratumRatios } from '@shared/domain/drawSession'
import type { TargetFilter } from '@shared/domain/targets'

/**
 * The draw settings a task starts from (issue 8 §1: scope and ratios prefilled from the plan
 * item): the plan item's target scope as the one class's filter, and its fixed count or its
 * ratios per credit-risk class (003 §二(五)); a 临时 task starts from the whole directory.
 */
export function drawDefaults(sqlite: Database.Database, taskId: number): DrawDefaultsDto {
  const item = sqlite
    .prepare(
      `SELECT p.name, p.target_scope AS scope, p.ratios, p.fixed_count AS fixedCount
         FROM tasks k JOIN plan_items p ON p.id = k.plan_item_id WHERE k.id = ?`
    )
    .get(taskId) as { name: string; scope: string; ratios: string; fixedCount: number | null } | undefined
  if (!item) return { planItemName: null, classes: [{ name: '全部对象', mode: 'ratio', ratios: { ...defaultStratumRatios } }] }
  const scope = JSON.parse(item.scope) as TargetFilter
  const ratios = { ...defaultStratumRatios, ...(JSON.parse(item.ratios) as Partial<Record<'A' | 'B' | 'C' | 'D', number>>) }
  const filter: TargetFilter = {}
  for (const [key, value] of Object.entries(scope)) if (value !== undefined && value !== null && value !== '') (filter as Record<string, unknown>)[key] = value
  const targetClass: TargetClassInput =
    item.fixedCount !== null
      ? { name: item.name.slice(0, 40), filter, mode: 'count', count: item.fixedCount, ratios }
      : { name: item.name.slice(0, 40), filter, mode: 'ratio', ratios }
  return { planItemName: item.name, classes: [targetClass] }
}
