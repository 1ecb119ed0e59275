import { asc, eq, inArray } from 'drizzle-orm'
import { effectiveDecisionStatus } from '@shared/domain/effectiveDecisionStatus'
import type { ParsedInput } from '@shared/contract'
import type { DecisionDto, MeetingDto, MeetingSummaryDto } from '@shared/domain/meetings'
import type { Db } from '../db/openStore'
import {
  decisionProgress,
  departments,
  meetingAttendees,
  meetingDecisions,
  meetings,
  meetingTopics,
  type MeetingDecisionRow,
  type MeetingRow
} from '../db/schema'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

const OFFICE = '联席会议办公室'

function unitNames(db: Db): Map<number, string> {
  return new Map(db.select({ id: departments.id, name: departments.name }).from(departments).all().map((d) => [d.id, d.name]))
}

function decisionDtos(db: Db, rows: MeetingDecisionRow[], today: string): DecisionDto[] {
  if (rows.length === 0) return []
  const names = unitNames(db)
  const meetingIds = [...new Set(rows.map((r) => r.meetingId))]
  const meetingById = new Map(
    db.select({ id: meetings.id, title: meetings.title, date: meetings.date }).from(meetings).where(inArray(meetings.id, meetingIds)).all().map((m) => [m.id, m])
  )
  const notes = db
    .select()
    .from(decisionProgress)
    .where(inArray(decisionProgress.decisionId, rows.map((r) => r.id)))
    .orderBy(asc(decisionProgress.date), asc(decisionProgress.id))
    .all()
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meetingId,
    meetingTitle: meetingById.get(row.meetingId)?.title ?? '',
    meetingDate: meetingById.get(row.meetingId)?.date ?? '',
    content: row.content,
    ownerDepartmentIds: row.ownerDepartmentIds,
    ownerNames: row.ownerDepartmentIds.map((id) => names.get(id) ?? '（已删除的单位）'),
    dueDate: row.dueDate,
    status: effectiveDecisionStatus(row.status, row.dueDate, today),
    completedDate: row.completedDate,
    progress: notes.filter((n) => n.decisionId === row.id).map((n) => ({ id: n.id, date: n.date, note: n.note }))
  }))
}

function summaries(db: Db, rows: MeetingRow[], today: string): MeetingSummaryDto[] {
  const attendees = db.select({ meetingId: meetingAttendees.meetingId, status: meetingAttendees.status }).from(meetingAttendees).all()
  const decisions = db.select().from(meetingDecisions).all()
  return rows.map((m) => {
    const own = decisions.filter((d) => d.meetingId === m.id)
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      number: m.number,
      date: m.date,
      time: m.time,
      place: m.place,
      status: m.status,
      attendeeCount: attendees.filter((a) => a.meetingId === m.id && a.status !== '请假').length,
      decisionCount: own.length,
      overdueCount: own.filter((d) => effectiveDecisionStatus(d.status, d.dueDate, today) === '逾期').length
    }
  })
}

function meetingRow(db: Db, id: number): MeetingRow {
  const row = db.select().from(meetings).where(eq(meetings.id, id)).get()
  if (!row) throw notFound('这次会议')
  return row
}

/** One meeting with its attendees, agenda and decisions. */
export function readMeeting(db: Db, id: number, today: string): MeetingDto {
  const row = meetingRow(db, id)
  const names = unitNames(db)
  const [summary] = summaries(db, [row], today)
  return {
    ...summary,
    convener: row.convener,
    host: row.host,
    conveningDepartmentId: row.convening_unit,
    conveningUnitName: row.convening_unit === null ? '' : (names.get(row.convening_unit) ?? ''),
    minutesNumber: row.minutesNumber,
    signer: row.signer,
    signedDate: row.signedDate,
    attendees: db
      .select()
      .from(meetingAttendees)
      .where(eq(meetingAttendees.meetingId, id))
      .orderBy(asc(meetingAttendees.sortOrder), asc(meetingAttendees.id))
      .all()
      .map((a) => ({
        id: a.id,
        departmentId: a.departmentId,
        unitName: a.departmentId === null ? a.unitName : (names.get(a.departmentId) ?? a.unitName),
        personName: a.personName,
        post: a.post,
        status: a.status
      })),
    topics: db
      .select()
      .from(meetingTopics)
      .where(eq(meetingTopics.meetingId, id))
      .orderBy(asc(meetingTopics.sortOrder), asc(meetingTopics.id))
      .all()
      .map((t) => ({
        id: t.id,
        title: t.title,
        proposerDepartmentId: t.proposerDepartmentId,
        proposerName: t.proposerDepartmentId === null ? OFFICE : (names.get(t.proposerDepartmentId) ?? OFFICE),
        submitToPlenary: t.submitToPlenary,
        linkKind: t.linkKind,
        linkId: t.linkId
      })),
    decisions: decisionDtos(
      db,
      db.select().from(meetingDecisions).where(eq(meetingDecisions.meetingId, id)).orderBy(asc(meetingDecisions.sortOrder), asc(meetingDecisions.id)).all(),
      today
    )
  }
}

/** How many decisions are past their due date and not done (the dashboard's count). */
export function countOverdueDecisions(db: Db, today: string): number {
  return db
    .select({ status: meetingDecisions.status, dueDate: meetingDecisions.dueDate })
    .from(meetingDecisions)
    .all()
    .filter((d) => effectiveDecisionStatus(d.status, d.dueDate, today) === '逾期').length
}

type MeetingFields = ParsedInput<'meetings:create'>

function assertUnits(db: Db, ids: number[], field: string): void {
  const known = unitNames(db)
  const missing = ids.find((id) => !known.has(id))
  if (missing !== undefined) throw new ServiceError('VALIDATION', '所选成员单位不存在，请刷新后重新选择', field)
}

function assertMeetingRules(db: Db, input: MeetingFields): void {
  assertUnits(db, input.conveningDepartmentId === null ? [] : [input.conveningDepartmentId], 'conveningDepartmentId')
  input.attendees.forEach((a, i) => assertUnits(db, a.departmentId === null ? [] : [a.departmentId], `attendees.${i}.departmentId`))
  input.topics.forEach((t, i) => {
    assertUnits(db, t.proposerDepartmentId === null ? [] : [t.proposerDepartmentId], `topics.${i}.proposerDepartmentId`)
    // seeds/001 附件 §四(一): the liaison meeting studies 需提交联席会议议定的事项; other meetings decide themselves.
    if (t.submitToPlenary && input.kind !== '联络员会议') {
      throw new ServiceError('VALIDATION', `议题“${t.title}”：只有联络员会议的议题可以标记“提交联席会议议定”`, `topics.${i}.submitToPlenary`)
    }
  })
  const seen = new Set<string>()
  input.attendees.forEach((a, i) => {
    if (a.departmentId === null || a.personName === '') return
    const key = `${a.departmentId}/${a.personName}`
    if (seen.has(key)) throw new ServiceError('VALIDATION', `参会人员“${a.personName}”重复录入了，请删去一行`, `attendees.${i}.personName`)
    seen.add(key)
  })
}

function writeLists(ctx: ServiceContext, meetingId: number, input: MeetingFields): void {
  ctx.db.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId)).run()
  ctx.db.delete(meetingTopics).where(eq(meetingTopics.meetingId, meetingId)).run()
  input.attendees.forEach((a, i) =>
    ctx.db
      .insert(meetingAttendees)
      .values({ meetingId, sortOrder: i + 1, ...a, unitName: a.departmentId === null ? a.unitName : '' })
      .run()
  )
  input.topics.forEach((t, i) => ctx.db.insert(meetingTopics).values({ meetingId, sortOrder: i + 1, ...t }).run())
}

function headerValues(input: MeetingFields) {
  const { attendees: _attendees, topics: _topics, conveningDepartmentId, ...fields } = input
  return { ...fields, convening_unit: conveningDepartmentId }
}

function assertEditable(row: MeetingRow): void {
  // Issue 5 §5: after 签发 the record is locked; a correction is a new minutes version.
  if (row.status === '纪要已签发') {
    throw new ServiceError('CONFLICT', `“${row.title}”的纪要已签发，会议记录已锁定，不能再修改；如需更正，请另起纪要更正版本`)
  }
}

function decisionRow(db: Db, id: number): MeetingDecisionRow {
  const row = db.select().from(meetingDecisions).where(eq(meetingDecisions.id, id)).get()
  if (!row) throw notFound('这条议定事项')
  return row
}

function readDecision(ctx: ServiceContext, id: number): DecisionDto {
  return decisionDtos(ctx.db, [decisionRow(ctx.db, id)], ctx.today)[0]
}

const statusRank: Record<DecisionDto['status'], number> = { 逾期: 0, 推进中: 1, 未开始: 2, 已完成: 3 }

/** The decisions board: overdue first, then by due date (no date last), then the newest meeting. */
export function readDecisionsBoard(db: Db, today: string, includeDone: boolean): DecisionDto[] {
  return decisionDtos(db, db.select().from(meetingDecisions).all(), today)
    .filter((d) => includeDone || d.status !== '已完成')
    .sort(
      (a, b) =>
        statusRank[a.status] - statusRank[b.status] ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        b.meetingDate.localeCompare(a.meetingDate) ||
        a.id - b.id
    )
}

export const meetingsHandlers: Pick<
  HandlerMap,
  | 'meetings:list'
  | 'meetings:get'
  | 'meetings:create'
  | 'meetings:update'
  | 'meetings:addDecision'
  | 'meetings:updateDecision'
  | 'meetings:addProgress'
  | 'meetings:decisionsBoard'
> = {
  'meetings:list': {
    tx: (ctx) =>
      summaries(
        ctx.db,
        ctx.db.select().from(meetings).all().sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time) || b.id - a.id),
        ctx.today
      )
  },
  'meetings:get': { tx: (ctx, { id }) => readMeeting(ctx.db, id, ctx.today) },
  'meetings:create': {
    tx: (ctx, input) => {
      assertMeetingRules(ctx.db, input)
      const row = ctx.db
        .insert(meetings)
        .values({ ...headerValues(input), createdAt: ctx.now, updatedAt: ctx.now })
        .returning()
        .get()
      writeLists(ctx, row.id, input)
      ctx.auditDetail({ name: input.title })
      return readMeeting(ctx.db, row.id, ctx.today)
    }
  },
  'meetings:update': {
    tx: (ctx, { id, ...input }) => {
      const before = meetingRow(ctx.db, id)
      assertEditable(before)
      assertMeetingRules(ctx.db, input)
      ctx.auditDetail({ name: input.title, before: readMeeting(ctx.db, id, ctx.today) })
      ctx.db
        .update(meetings)
        .set({ ...headerValues(input), updatedAt: ctx.now })
        .where(eq(meetings.id, id))
        .run()
      writeLists(ctx, id, input)
      return readMeeting(ctx.db, id, ctx.today)
    }
  },
  'meetings:addDecision': {
    tx: (ctx, { meetingId, ...input }) => {
      const meeting = meetingRow(ctx.db, meetingId)
      assertEditable(meeting)
      assertUnits(ctx.db, input.ownerDepartmentIds, 'ownerDepartmentIds')
      const count = ctx.db.select({ id: meetingDecisions.id }).from(meetingDecisions).where(eq(meetingDecisions.meetingId, meetingId)).all().length
      const row = ctx.db
        .insert(meetingDecisions)
        .values({ meetingId, ...input, completedDate: input.status === '已完成' ? ctx.today : null, sortOrder: count + 1 })
        .returning()
        .get()
      ctx.auditDetail({ name: input.content, meeting: meeting.title })
      return readDecision(ctx, row.id)
    }
  },
  'meetings:updateDecision': {
    tx: (ctx, { id, ...input }) => {
      const before = decisionRow(ctx.db, id)
      assertUnits(ctx.db, input.ownerDepartmentIds, 'ownerDepartmentIds')
      // Following up a decision goes on after 签发 (seeds/001 附件 §三 督促落实); only its wording is fixed by the minutes.
      const meeting = meetingRow(ctx.db, before.meetingId)
      const sameOwners = input.ownerDepartmentIds.length === before.ownerDepartmentIds.length && input.ownerDepartmentIds.every((id, i) => id === before.ownerDepartmentIds[i])
      if (meeting.status === '纪要已签发' && (input.content !== before.content || input.dueDate !== before.dueDate || !sameOwners)) {
        throw new ServiceError('CONFLICT', '纪要已签发，议定事项的内容、责任单位和期限以纪要为准，不能修改；只能更新落实状态和进展', 'content')
      }
      ctx.auditDetail({ name: input.content, before: readDecision(ctx, id) })
      const completedDate = input.status === '已完成' ? (before.completedDate ?? ctx.today) : null
      ctx.db
        .update(meetingDecisions)
        .set({ ...input, completedDate })
        .where(eq(meetingDecisions.id, id))
        .run()
      return readDecision(ctx, id)
    }
  },
  'meetings:addProgress': {
    tx: (ctx, { decisionId, date, note }) => {
      const decision = decisionRow(ctx.db, decisionId)
      if (date > ctx.today) throw new ServiceError('VALIDATION', `进展日期不能晚于今天（${ctx.today}）`, 'date')
      ctx.db.insert(decisionProgress).values({ decisionId, date, note }).run()
      // A first progress note means the work has started.
      if (decision.status === '未开始') ctx.db.update(meetingDecisions).set({ status: '推进中' }).where(eq(meetingDecisions.id, decisionId)).run()
      ctx.auditDetail({ name: decision.content })
      return readDecision(ctx, decisionId)
    }
  },
  'meetings:decisionsBoard': { tx: (ctx, { includeDone }) => readDecisionsBoard(ctx.db, ctx.today, includeDone) }
}
