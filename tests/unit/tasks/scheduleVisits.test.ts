import { describe, expect, it } from 'vitest'
import { scheduleVisits, type VisitToSchedule } from '../../../src-main/services/tasks/scheduleVisits'
import { weekdaysBetween } from '../../../src-shared/domain/weekdaysBetween'

let nextId = 1
function visits(groupKey: string, inspectorIds: number[], town: string, n: number): VisitToSchedule[] {
  return Array.from({ length: n }, (_, i) => ({ id: nextId++, town, groupKey, inspectorIds, sortKey: `${town}${String(i).padStart(3, '0')}` }))
}

/** Visits per inspector per day, and the towns each is in each day. */
function loads(all: VisitToSchedule[], dates: Map<number, string>) {
  const count = new Map<string, number>()
  const towns = new Map<string, Set<string>>()
  for (const v of all) {
    const date = dates.get(v.id)
    if (!date) continue
    for (const id of v.inspectorIds) {
      const key = `${id}|${date}`
      count.set(key, (count.get(key) ?? 0) + 1)
      towns.set(key, (towns.get(key) ?? new Set()).add(v.town))
    }
  }
  return { count, towns }
}

describe('weekdaysBetween', () => {
  it('lists Monday to Friday only, both ends included', () => {
    // 2026-03-06 is a Friday, 2026-03-09 a Monday.
    expect(weekdaysBetween('2026-03-05', '2026-03-10')).toEqual(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10'])
    expect(weekdaysBetween('2026-03-07', '2026-03-08')).toEqual([])
  })
})

describe('scheduleVisits', () => {
  const days = weekdaysBetween('2026-03-09', '2026-03-20')

  it('takes a group’s visits town by town, at most the day’s capacity, one town a day', () => {
    const all = [...visits('g1', [1, 2], '城关街道', 6), ...visits('g1', [1, 2], '东关镇', 3)]
    const { dates, unscheduled } = scheduleVisits(all, { days, perDay: 4 })
    expect(unscheduled).toEqual([])
    const byDay = new Map<string, string[]>()
    for (const v of all) byDay.set(dates.get(v.id)!, [...(byDay.get(dates.get(v.id)!) ?? []), v.town])
    expect([...byDay.entries()]).toEqual([
      ['2026-03-09', ['城关街道', '城关街道', '城关街道', '城关街道']],
      ['2026-03-10', ['城关街道', '城关街道']],
      ['2026-03-11', ['东关镇', '东关镇', '东关镇']]
    ])
  })

  it('runs groups in parallel but never gives an inspector more than the capacity or two towns a day', () => {
    const all = [
      ...visits('g1', [1, 2], '城关街道', 5),
      ...visits('g2', [3, 4], '东关镇', 5),
      // Inspector 1 is also in this group: it must not join g1's day in another town.
      ...visits('g3', [1, 5], '西河镇', 3)
    ]
    const { dates, unscheduled } = scheduleVisits(all, { days, perDay: 3 })
    expect(unscheduled).toEqual([])
    const { count, towns } = loads(all, dates)
    expect(Math.max(...count.values())).toBeLessThanOrEqual(3)
    expect([...towns.values()].every((t) => t.size === 1)).toBe(true)
    // g2 shares nobody with g1: both start on the first day.
    expect(dates.get(all[0].id)).toBe('2026-03-09')
    expect(dates.get(all[5].id)).toBe('2026-03-09')
    for (const d of dates.values()) expect(days).toContain(d)
  })

  it('mixes towns in a day only when the window is too short, and reports what fits no day', () => {
    const short = weekdaysBetween('2026-03-09', '2026-03-10')
    const all = [...visits('g1', [1, 2], '城关街道', 3), ...visits('g1', [1, 2], '东关镇', 3), ...visits('g1', [1, 2], '西河镇', 3)]
    const { dates, unscheduled } = scheduleVisits(all, { days: short, perDay: 4 })
    expect(dates.size).toBe(8)
    expect(unscheduled).toHaveLength(1)
    const { count } = loads(all, dates)
    expect([...count.values()]).toEqual([4, 4, 4, 4])
  })

  it('counts the days inspectors are already out for another task', () => {
    const all = visits('g1', [1, 2], '城关街道', 2)
    const { dates } = scheduleVisits(all, { days, perDay: 2, busy: [{ date: '2026-03-09', town: '东关镇', inspectorIds: [2] }] })
    expect([...dates.values()]).toEqual(['2026-03-10', '2026-03-10'])
  })

  it('gives the same plan for the same input', () => {
    const all = [...visits('g1', [1, 2], 'A镇', 7), ...visits('g2', [2, 3], 'B镇', 5), ...visits('g3', [4, 5], 'A镇', 2)]
    const first = scheduleVisits(all, { days, perDay: 3 })
    const second = scheduleVisits([...all].reverse(), { days, perDay: 3 })
    expect([...second.dates.entries()].sort((a, b) => a[0] - b[0])).toEqual([...first.dates.entries()].sort((a, b) => a[0] - b[0]))
  })
})
