/** One visit to place: the group going there is known by its key and its inspectors. */
export interface VisitToSchedule {
  id: number
  town: string
  /** The inspection group (same key = same group); its visits are kept together by town. */
  groupKey: string
  inspectorIds: readonly number[]
  /** Order within a town (e.g. the address), so a day's visits follow the street. */
  sortKey: string
}

/** A day an inspector is already out, for another task: it counts towards the day's load and town. */
export interface BusyVisit {
  date: string
  town: string
  inspectorIds: readonly number[]
}

export interface ScheduleOptions {
  /** Working days of the on-site window, in order. */
  days: readonly string[]
  /** Visits one inspector (so one standing group) makes a day. */
  perDay: number
  busy?: readonly BusyVisit[]
}

export interface ScheduleResult {
  /** Planned date by visit id. */
  dates: Map<number, string>
  /** Visits that fit no day: the window is too short for the load. */
  unscheduled: number[]
}

interface DayLoad {
  count: number
  towns: Set<string>
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * 路线图、时间表 (002 §三): plans the visits of a task over the on-site window. Each group's visits
 * are taken town by town (the town with most visits first) in day-sized runs of at most `perDay`,
 * each run on the earliest day on which all of its inspectors are free for that many visits and
 * are in no other town: so a group covers one town a day. What cannot be placed that way (the
 * window is short) is placed visit by visit on the earliest day with room, towns mixed; what fits
 * no day is returned as unscheduled. Pure and deterministic: the same input gives the same plan.
 */
export function scheduleVisits(visits: readonly VisitToSchedule[], options: ScheduleOptions): ScheduleResult {
  const { days, perDay } = options
  const load = new Map<string, DayLoad>()
  const slot = (inspectorId: number, date: string) => {
    const key = `${inspectorId}|${date}`
    let entry = load.get(key)
    if (!entry) load.set(key, (entry = { count: 0, towns: new Set() }))
    return entry
  }
  for (const busy of options.busy ?? []) {
    for (const inspectorId of busy.inspectorIds) {
      const entry = slot(inspectorId, busy.date)
      entry.count++
      entry.towns.add(busy.town)
    }
  }
  const place = (run: readonly VisitToSchedule[], date: string) => {
    for (const visit of run) {
      dates.set(visit.id, date)
      for (const inspectorId of visit.inspectorIds) {
        const entry = slot(inspectorId, date)
        entry.count++
        entry.towns.add(visit.town)
      }
    }
  }
  /** Inspectors of the run and the extra visits each makes in it. */
  const fits = (run: readonly VisitToSchedule[], date: string, oneTown: boolean) => {
    const extra = new Map<number, number>()
    for (const visit of run) for (const id of visit.inspectorIds) extra.set(id, (extra.get(id) ?? 0) + 1)
    for (const [id, n] of extra) {
      const entry = load.get(`${id}|${date}`)
      if ((entry?.count ?? 0) + n > perDay) return false
      if (oneTown && entry && [...entry.towns].some((town) => town !== run[0].town)) return false
    }
    return true
  }

  const dates = new Map<number, string>()
  const leftovers: VisitToSchedule[] = []
  for (const run of dayRuns(visits, perDay)) {
    const date = days.find((d) => fits(run, d, true))
    if (date) place(run, date)
    else leftovers.push(...run)
  }
  const unscheduled: number[] = []
  for (const visit of leftovers) {
    const date = days.find((d) => fits([visit], d, true)) ?? days.find((d) => fits([visit], d, false))
    if (date) place([visit], date)
    else unscheduled.push(visit.id)
  }
  return { dates, unscheduled }
}

/** Each group's visits cut into runs of at most `perDay` in one town; groups ordered by their first town. */
function dayRuns(visits: readonly VisitToSchedule[], perDay: number): VisitToSchedule[][] {
  const groups = new Map<string, Map<string, VisitToSchedule[]>>()
  for (const visit of visits) {
    const towns = groups.get(visit.groupKey) ?? new Map<string, VisitToSchedule[]>()
    groups.set(visit.groupKey, towns)
    towns.set(visit.town, [...(towns.get(visit.town) ?? []), visit])
  }
  const ordered = [...groups.entries()].map(([key, towns]) => ({
    key,
    towns: [...towns.entries()]
      .map(([town, list]) => ({ town, list: [...list].sort((a, b) => byText(a.sortKey, b.sortKey) || a.id - b.id) }))
      .sort((a, b) => b.list.length - a.list.length || byText(a.town, b.town))
  }))
  ordered.sort((a, b) => byText(a.towns[0].town, b.towns[0].town) || byText(a.key, b.key))
  const runs: VisitToSchedule[][] = []
  for (const group of ordered) {
    for (const { list } of group.towns) for (let i = 0; i < list.length; i += perDay) runs.push(list.slice(i, i + perDay))
  }
  return runs
}
