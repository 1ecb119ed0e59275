import type { PlanItemDto } from '@shared/domain/plans'
import type { PlanJoinSuggestionDto } from '@shared/domain/planJoins'

/** The scope as a comparable key: the same keys and values, whatever their order. */
function scopeKey(scope: PlanItemDto['scope']): string {
  const entries = Object.entries(scope).filter(([, v]) => v !== undefined && v !== '' && v !== null)
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)))
}

const month = (date: string) => Number(date.slice(5, 7))

/**
 * issue 7 §4(a): groups of items led by different units, with the same target scope and periods
 * that overlap: each such group is a candidate joint check (进一次门、查多项事). Items in plan order;
 * the first one's unit would lead.
 */
export function suggestJoins(items: readonly PlanItemDto[]): PlanJoinSuggestionDto[] {
  const groups = new Map<string, PlanItemDto[]>()
  for (const item of items) {
    if (item.cancelled) continue
    const key = scopeKey(item.scope)
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const suggestions: PlanJoinSuggestionDto[] = []
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.seq - b.seq)
    let cluster: PlanItemDto[] = []
    let end = ''
    const flush = () => {
      if (new Set(cluster.map((i) => i.leadDepartmentId)).size >= 2) {
        const ordered = [...cluster].sort((a, b) => a.seq - b.seq)
        const from = month(cluster.map((i) => i.periodStart).sort().at(-1)!)
        const to = month(cluster.map((i) => i.periodEnd).sort()[0])
        suggestions.push({
          itemIds: ordered.map((i) => i.id),
          items: ordered.map((i) => ({ id: i.id, seq: i.seq, name: i.name, leadName: i.leadDepartmentName })),
          scopeText: ordered[0].scopeText,
          overlap: from === to ? `${from}月` : `${from}月—${to}月`
        })
      }
    }
    for (const item of sorted) {
      // Overlapping every item of the cluster: it starts before the earliest end (items sorted by start).
      if (cluster.length > 0 && item.periodStart <= end) {
        cluster.push(item)
        end = item.periodEnd < end ? item.periodEnd : end
        continue
      }
      flush()
      cluster = [item]
      end = item.periodEnd
    }
    flush()
  }
  return suggestions.sort((a, b) => a.items[0].seq - b.items[0].seq)
}
