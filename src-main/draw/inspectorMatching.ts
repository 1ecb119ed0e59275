import type { GroupMember, GroupRole, InspectionGroup, InspectorShortfall } from '@shared/domain/draw'
import { DrawInputError } from './drawInputError'
import type { HashCounterRandom } from './hashCounterRandom'
import { inspectorCandidates, type InspectorRecord, type SeatNeed } from './inspectorCandidates'

export interface MatchingTask {
  /** 牵头单位: the leader comes from it. */
  leadDepartmentId: string
  /** 参与部门 (the lead department may be listed too; it is not seated twice). */
  participatingDepartmentIds: readonly string[]
  /** Members per department; default 1 for each participating department, 0 extra for the lead. */
  membersPerDepartment?: Readonly<Record<string, number>>
  /** Enforcement officers per group, at least 2 (004 §(二十一)). */
  minimumInspectors?: number
  departmentNames: Readonly<Record<string, string>>
}

export interface MatchingVisit {
  /** A target id, or a merged visit's id. */
  id: string
  /** The targets visited, for avoidance. */
  targetIds: readonly string[]
  /** Qualifications each department's members need for the checklist items (执法资质). */
  qualifications?: Readonly<Record<string, readonly string[]>>
  /** One expert per listed 业务专长, where an item needs one (004 §(二十一) 专家库). */
  expertSpecialties?: readonly string[]
  /**
   * Participating departments of this visit when they differ from the task's: a visit merged with
   * another task's target (004 §(二十) 进一次门、查多项事) seats members from the departments of both.
   */
  departmentIds?: readonly string[]
}

export type MatchingOutcome =
  | { ok: true; groups: InspectionGroup[]; load: Record<string, number> }
  | { ok: false; shortfalls: InspectorShortfall[] }

interface Seat extends SeatNeed {
  role: GroupRole
}

/**
 * 随机匹配执法检查人员 (docs/draw-algorithm.md §10). Visits in id order, seats in a fixed order
 * (leader, lead-department members, each participating department's members in id order,
 * top-up to the minimum from the lead department, experts by specialty). Each seat is drawn
 * uniformly from its candidates (inspectorCandidates) who have the fewest seats so far in this
 * draw, in id order, with random.randInt, so nobody gets a second target before every eligible
 * inspector has one. Everything is checked before any draw: a shortfall names the department.
 */
export function inspectorMatching(
  task: MatchingTask,
  visits: readonly MatchingVisit[],
  inspectors: readonly InspectorRecord[],
  random: Pick<HashCounterRandom, 'randInt'>
): MatchingOutcome {
  const pool = [...inspectors].sort((a, b) => compare(a.id, b.id))
  const ordered = [...visits].sort((a, b) => compare(a.id, b.id))
  const seatsByVisit = ordered.map((visit) => seatsFor(task, visit))

  const candidatesOf = seatCandidates(pool)
  const shortfalls = findShortfalls(task, ordered, seatsByVisit, candidatesOf)
  if (shortfalls.length > 0) return { ok: false, shortfalls }

  const load: Record<string, number> = {}
  const groups = ordered.map((visit, v): InspectionGroup => {
    const seated = new Set<string>()
    const members: GroupMember[] = []
    for (const seat of seatsByVisit[v]) {
      const candidates = candidatesOf(seat, visit.targetIds, seated)
      // The pre-check counts candidates per department and per specialty; an expert holding two
      // asked-for specialties can still leave a later seat empty, which is reported here.
      if (candidates.length === 0) throw new DrawInputError(`检查对象 ${visit.id} 的${seatLabel(task, seat)}没有可抽取的人员`)
      const fewest = Math.min(...candidates.map((c) => load[c.id] ?? 0))
      const leastLoaded = candidates.filter((c) => (load[c.id] ?? 0) === fewest)
      const chosen = leastLoaded[random.randInt(leastLoaded.length)]
      seated.add(chosen.id)
      load[chosen.id] = fewest + 1
      const member: GroupMember = { inspectorId: chosen.id, departmentId: chosen.departmentId, role: seat.role }
      if (seat.specialty !== undefined) member.specialty = seat.specialty
      members.push(member)
    }
    return { visitId: visit.id, members }
  })
  return { ok: true, groups, load }
}

type CandidatesOf = (seat: SeatNeed, visitTargetIds: readonly string[], exclude: ReadonlySet<string>) => InspectorRecord[]

/**
 * inspectorCandidates, remembered per seat for visits whose targets nobody has to avoid (almost
 * all of them): the same list in the same order, found once instead of once per visit, so a
 * county-wide draw of tens of thousands of targets does not filter the whole directory each time.
 */
function seatCandidates(pool: readonly InspectorRecord[]): CandidatesOf {
  const avoided = new Set(pool.flatMap((inspector) => inspector.avoidTargetIds))
  const none = new Set<string>()
  const cache = new Map<string, InspectorRecord[]>()
  return (seat, visitTargetIds, exclude) => {
    if (visitTargetIds.some((t) => avoided.has(t))) return inspectorCandidates(pool, seat, visitTargetIds, exclude)
    const key = JSON.stringify([seat.departmentId, seat.kind, seat.qualifications, seat.specialty ?? null])
    let base = cache.get(key)
    if (!base) cache.set(key, (base = inspectorCandidates(pool, seat, [], none)))
    return exclude.size === 0 ? base : base.filter((inspector) => !exclude.has(inspector.id))
  }
}

/** The seats of one visit's group, in draw order. */
function seatsFor(task: MatchingTask, visit: MatchingVisit): Seat[] {
  const lead = task.leadDepartmentId
  const quals = (departmentId: string) => visit.qualifications?.[departmentId] ?? []
  const officer = (departmentId: string, role: GroupRole): Seat => ({
    departmentId,
    kind: '执法人员',
    qualifications: quals(departmentId),
    role
  })
  // 004 §(二十一): one of the group is chosen as leader; here from the lead department.
  const seats: Seat[] = [officer(lead, '组长')]
  for (let i = 0; i < (task.membersPerDepartment?.[lead] ?? 0); i++) seats.push(officer(lead, '组员'))
  const others = [...new Set(visit.departmentIds ?? task.participatingDepartmentIds)].filter((d) => d !== lead).sort(compare)
  for (const departmentId of others) {
    for (let i = 0; i < (task.membersPerDepartment?.[departmentId] ?? 1); i++) seats.push(officer(departmentId, '组员'))
  }
  // 004 §(二十一): 每个检查对象不少于2名执法人员.
  const minimum = Math.max(2, task.minimumInspectors ?? 2)
  while (seats.length < minimum) seats.push(officer(lead, '组员'))
  for (const specialty of [...new Set(visit.expertSpecialties ?? [])].sort(compare)) {
    seats.push({ departmentId: null, kind: '专家', qualifications: [], specialty, role: '专家' })
  }
  return seats
}

/** Per department (and per expert specialty): the worst visit, before anything is drawn. */
function findShortfalls(
  task: MatchingTask,
  visits: readonly MatchingVisit[],
  seatsByVisit: readonly Seat[][],
  candidatesOf: CandidatesOf
): InspectorShortfall[] {
  const worst = new Map<string, InspectorShortfall & { affected: number }>()
  const none = new Set<string>()
  visits.forEach((visit, v) => {
    const needs = new Map<string, { seat: Seat; needed: number }>()
    for (const seat of seatsByVisit[v]) {
      const key = seat.kind === '专家' ? `专家:${seat.specialty}` : `部门:${seat.departmentId}`
      const entry = needs.get(key) ?? { seat, needed: 0 }
      entry.needed++
      needs.set(key, entry)
    }
    for (const [key, { seat, needed }] of needs) {
      const available = candidatesOf(seat, visit.targetIds, none).length
      if (available >= needed) continue
      const previous = worst.get(key)
      const affected = (previous?.affected ?? 0) + 1
      if (previous && previous.needed - previous.available >= needed - available) {
        previous.affected = affected
        continue
      }
      worst.set(key, { ...shortfallOf(task, visit, seat, needed, available), affected })
    }
  })
  return [...worst.values()].map(({ affected, ...shortfall }) => ({
    ...shortfall,
    message: affected > 1 ? `${shortfall.message}；共 ${affected} 个检查对象人员不足` : shortfall.message
  }))
}

function shortfallOf(task: MatchingTask, visit: MatchingVisit, seat: Seat, needed: number, available: number): InspectorShortfall {
  const name = seat.departmentId === null ? '专家库' : (task.departmentNames[seat.departmentId] ?? seat.departmentId)
  const what =
    seat.kind === '专家'
      ? `具备“${seat.specialty}”专长的在岗专家`
      : `在岗${seat.qualifications.length > 0 ? `且具备${seat.qualifications.map((q) => `“${q}”`).join('、')}资质` : ''}的执法人员`
  return {
    departmentId: seat.departmentId,
    departmentName: name,
    visitId: visit.id,
    needed,
    available,
    message: `${name}人员不足：检查对象 ${visit.id} 需要 ${needed} 名${what}（已排除需回避的人员），现有 ${available} 名，缺 ${needed - available} 名`
  }
}

function seatLabel(task: MatchingTask, seat: Seat): string {
  if (seat.kind === '专家') return `“${seat.specialty}”专家`
  return `${task.departmentNames[seat.departmentId as string] ?? seat.departmentId}${seat.role}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
