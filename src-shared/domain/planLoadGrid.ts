/** An item as the load grid needs it. */
export interface LoadGridItem {
  leadDepartmentId: number
  participatingDepartmentIds: readonly number[]
  periodStart: string
  periodEnd: string
  cancelled?: boolean
}

/**
 * The month × department load of a plan (issue 7 §4(c); 002 §四(二) 均衡开展): for each department,
 * how many items in force it leads or joins in each month of the year (index 0 = January).
 */
export function planLoadGrid(items: readonly LoadGridItem[], year: number): Map<number, number[]> {
  const grid = new Map<number, number[]>()
  for (const item of items) {
    if (item.cancelled) continue
    const from = item.periodStart.startsWith(`${year}-`) ? Number(item.periodStart.slice(5, 7)) : 1
    const to = item.periodEnd.startsWith(`${year}-`) ? Number(item.periodEnd.slice(5, 7)) : 12
    for (const unit of new Set([item.leadDepartmentId, ...item.participatingDepartmentIds])) {
      const months = grid.get(unit) ?? new Array<number>(12).fill(0)
      for (let m = from; m <= to; m++) months[m - 1]++
      grid.set(unit, months)
    }
  }
  return grid
}
