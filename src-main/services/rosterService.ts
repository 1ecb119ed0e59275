import { and, eq, isNull } from 'drizzle-orm'
import { rosterRoles } from '@shared/domain/enums'
import type { RosterDto, RosterSeatDto } from '@shared/domain/roster'
import type { Db } from '../db/openStore'
import { departments, meetings, rosterSeats, type RosterSeatRow } from '../db/schema'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

interface SeatRow {
  seat: RosterSeatRow
  departmentName: string | null
  departmentOrder: number | null
  meetingTitle: string | null
  meetingDate: string | null
}

function toDto({ seat, departmentName, meetingTitle, meetingDate }: SeatRow): RosterSeatDto {
  return {
    id: seat.id,
    role: seat.role,
    departmentId: seat.departmentId,
    unitName: departmentName ?? seat.unitName,
    personName: seat.personName,
    post: seat.post,
    fromDate: seat.fromDate,
    toDate: seat.toDate,
    confirmingMeetingId: seat.confirmingMeetingId,
    confirmingMeetingTitle: meetingTitle ?? '',
    confirmingMeetingDate: meetingDate
  }
}

/** seeds/001 附件 §二 lists 召集人, 副召集人, then 成员 in unit order; liaison officers follow (§三). */
function compareSeats(a: SeatRow, b: SeatRow): number {
  return (
    rosterRoles.indexOf(a.seat.role) - rosterRoles.indexOf(b.seat.role) ||
    (a.departmentOrder ?? -1) - (b.departmentOrder ?? -1) ||
    (a.seat.departmentId ?? 0) - (b.seat.departmentId ?? 0) ||
    a.seat.sortOrder - b.seat.sortOrder ||
    b.seat.fromDate.localeCompare(a.seat.fromDate) ||
    b.seat.id - a.seat.id
  )
}

function seatRows(db: Db): SeatRow[] {
  return db
    .select({
      seat: rosterSeats,
      departmentName: departments.name,
      departmentOrder: departments.sortOrder,
      meetingTitle: meetings.title,
      meetingDate: meetings.date
    })
    .from(rosterSeats)
    .leftJoin(departments, eq(departments.id, rosterSeats.departmentId))
    .leftJoin(meetings, eq(meetings.id, rosterSeats.confirmingMeetingId))
    .all()
    .sort(compareSeats)
}

/** The roster: who holds each seat today, and every term ever held. */
export function readRoster(db: Db): RosterDto {
  const rows = seatRows(db)
  return { current: rows.filter((r) => r.seat.toDate === null).map(toDto), history: rows.map(toDto) }
}

function seatDto(db: Db, id: number): RosterSeatDto {
  const row = seatRows(db).find((r) => r.seat.id === id)
  if (!row) throw notFound('这个席位')
  return toDto(row)
}

/** The seat the new holder takes over, if any: the one named, the 召集人's, or the unit's member/liaison seat. */
function seatToEnd(db: Db, input: { role: RosterSeatRow['role']; departmentId: number | null; replacesSeatId: number | null }): RosterSeatRow | undefined {
  if (input.replacesSeatId !== null) {
    const seat = db.select().from(rosterSeats).where(eq(rosterSeats.id, input.replacesSeatId)).get()
    if (!seat) throw notFound('要接替的席位')
    if (seat.toDate !== null) throw new ServiceError('CONFLICT', `${seat.personName}的任职已于${seat.toDate}结束，请选择现任人员的席位`, 'replacesSeatId')
    if (seat.role !== input.role) throw new ServiceError('VALIDATION', `要接替的是${seat.role}席位，职务请选“${seat.role}”`, 'role')
    return seat
  }
  if (input.role === '召集人') {
    return db.select().from(rosterSeats).where(and(eq(rosterSeats.role, '召集人'), isNull(rosterSeats.toDate))).get()
  }
  if (input.role === '副召集人' || input.departmentId === null) return undefined
  return db
    .select()
    .from(rosterSeats)
    .where(and(eq(rosterSeats.role, input.role), eq(rosterSeats.departmentId, input.departmentId), isNull(rosterSeats.toDate)))
    .get()
}

function nextSortOrder(db: Db): number {
  return Math.max(0, ...db.select({ n: rosterSeats.sortOrder }).from(rosterSeats).all().map((r) => r.n)) + 1
}

export const rosterHandlers: Pick<HandlerMap, 'roster:list' | 'roster:assign'> = {
  'roster:list': { tx: (ctx) => readRoster(ctx.db) },
  'roster:assign': {
    tx: (ctx, input) => {
      const { role, departmentId, fromDate, confirmingMeetingId } = input
      // seeds/001 附件 §二: one member per member unit; §三: 联络员 from each member unit.
      if ((role === '成员' || role === '联络员') && departmentId === null) {
        throw new ServiceError('VALIDATION', `${role}须来自成员单位：请选择所在的成员单位`, 'departmentId')
      }
      const department = departmentId === null ? undefined : ctx.db.select().from(departments).where(eq(departments.id, departmentId)).get()
      if (departmentId !== null && !department) throw new ServiceError('VALIDATION', '所选成员单位不存在，请刷新后重新选择', 'departmentId')
      if (departmentId === null && input.unitName === '') {
        throw new ServiceError('VALIDATION', '请填写所在单位，如“县人民政府”', 'unitName')
      }
      const meeting =
        confirmingMeetingId === null ? undefined : ctx.db.select().from(meetings).where(eq(meetings.id, confirmingMeetingId)).get()
      if (confirmingMeetingId !== null && !meeting) throw new ServiceError('VALIDATION', '所选确认会议不存在，请刷新后重新选择', 'confirmingMeetingId')

      if (meeting && meeting.date > fromDate) {
        throw new ServiceError('VALIDATION', `任职起始日期不能早于确认会议的日期 ${meeting.date}`, 'fromDate')
      }
      const previous = seatToEnd(ctx.db, input)
      if (previous) {
        // seeds/001 附件 §二: 成员因工作变动需要调整的，由所在单位提出，报联席会议确定.
        if (!meeting) {
          throw new ServiceError(
            'VALIDATION',
            `更换${previous.role}（现任${previous.personName}）须报联席会议确定：请选择确认这项调整的会议`,
            'confirmingMeetingId'
          )
        }
        if (fromDate <= previous.fromDate) {
          throw new ServiceError('VALIDATION', `任职起始日期须晚于现任${previous.personName}的起始日期 ${previous.fromDate}`, 'fromDate')
        }
        ctx.db.update(rosterSeats).set({ toDate: fromDate }).where(eq(rosterSeats.id, previous.id)).run()
        ctx.auditDetail({ before: seatDto(ctx.db, previous.id) })
      }
      const created = ctx.db
        .insert(rosterSeats)
        .values({
          role,
          departmentId,
          unitName: department ? '' : input.unitName,
          personName: input.personName,
          post: input.post,
          fromDate,
          confirmingMeetingId,
          sortOrder: previous?.sortOrder ?? nextSortOrder(ctx.db)
        })
        .returning()
        .get()
      // The unit's card shows the same people as the roster (成员单位 screen, members document).
      if (department && role === '成员') {
        ctx.db.update(departments).set({ leaderName: input.personName, leaderPost: input.post, updatedAt: ctx.now }).where(eq(departments.id, department.id)).run()
      }
      if (department && role === '联络员') {
        ctx.db.update(departments).set({ liaisonName: input.personName, liaisonPost: input.post, updatedAt: ctx.now }).where(eq(departments.id, department.id)).run()
      }
      ctx.auditDetail({ name: `${role} ${input.personName}` })
      return seatDto(ctx.db, created.id)
    }
  }
}
