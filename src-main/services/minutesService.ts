import { and, desc, eq } from 'drizzle-orm'
import type { MinutesDto, MinutesReviewDto } from '@shared/domain/minutes'
import { formatMinutesNumber, minutesSequence } from '@shared/domain/minutesNumber'
import type { Db } from '../db/openStore'
import { departments, meetingAttendees, meetingMinutes, meetings, minutesReviews, type MeetingMinutesRow } from '../db/schema'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'
import { readSettings } from './settingsService'

/** The member units that attended (出席): the minutes go to them for agreement (seeds/001 附件 §四(三) 经与会单位同意). */
function attendingUnits(db: Db, meetingId: number): { id: number; name: string }[] {
  const rows = db
    .select({ id: departments.id, name: departments.name })
    .from(meetingAttendees)
    .innerJoin(departments, eq(departments.id, meetingAttendees.departmentId))
    .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.status, '出席')))
    .orderBy(meetingAttendees.sortOrder)
    .all()
  return rows.filter((r, i) => rows.findIndex((o) => o.id === r.id) === i)
}

function reviewsOf(db: Db, row: MeetingMinutesRow): MinutesReviewDto[] {
  const answers = db.select().from(minutesReviews).where(eq(minutesReviews.minutesId, row.id)).orderBy(minutesReviews.id).all()
  return attendingUnits(db, row.meetingId).map((unit) => {
    // A unit may answer again (修改意见, then 同意 once its point is taken in): the latest answer counts.
    const latest = answers.filter((a) => a.departmentId === unit.id).at(-1)
    return { departmentId: unit.id, unitName: unit.name, opinion: latest?.opinion ?? null, comment: latest?.comment ?? '', date: latest?.date ?? null }
  })
}

function toDto(db: Db, row: MeetingMinutesRow): MinutesDto {
  const { createdAt: _c, updatedAt: _u, ...fields } = row
  return { ...fields, reviews: reviewsOf(db, row) }
}

function minutesRow(db: Db, id: number): MeetingMinutesRow {
  const row = db.select().from(meetingMinutes).where(eq(meetingMinutes.id, id)).get()
  if (!row) throw notFound('这份纪要')
  return row
}

function latestOf(db: Db, meetingId: number): MeetingMinutesRow | undefined {
  return db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, meetingId)).orderBy(desc(meetingMinutes.version)).get()
}

function assertStatus(row: MeetingMinutesRow, allowed: MeetingMinutesRow['status'][], action: string): void {
  if (!allowed.includes(row.status)) {
    throw new ServiceError('CONFLICT', `这份纪要（第${row.version}版）当前是“${row.status}”，不能${action}；请先${nextStep(row.status)}`)
  }
}

function nextStep(status: MeetingMinutesRow['status']): string {
  if (status === '草稿') return '送与会单位征求意见'
  if (status === '征求意见') return '等与会单位反馈后由召集人签发'
  if (status === '已签发') return '印发；内容有误的请用“更正”另起新版本'
  return '用“更正”另起新版本'
}

/** Minutes are numbered per year in the format set in 办公室设置; the demo county's and earlier numbers count too. */
function nextNumber(db: Db, year: string): string {
  const { minutesPrefix, minutesNumberStyle } = readSettings(db)
  const used = db
    .select({ n: meetings.minutesNumber, signedDate: meetings.signedDate })
    .from(meetings)
    .all()
    .map((m) => minutesSequence(m.n, year, m.signedDate?.slice(0, 4) ?? null))
  return formatMinutesNumber(minutesNumberStyle, minutesPrefix, year, Math.max(0, ...used) + 1)
}

function save(ctx: ServiceContext, id: number, fields: Partial<typeof meetingMinutes.$inferInsert>): MinutesDto {
  ctx.db.update(meetingMinutes).set({ ...fields, updatedAt: ctx.now }).where(eq(meetingMinutes.id, id)).run()
  return toDto(ctx.db, minutesRow(ctx.db, id))
}

export const minutesHandlers: Pick<
  HandlerMap,
  'minutes:list' | 'minutes:saveDraft' | 'minutes:circulate' | 'minutes:recordReview' | 'minutes:sign' | 'minutes:issue' | 'minutes:correct'
> = {
  'minutes:list': {
    tx: (ctx, { meetingId }) =>
      ctx.db
        .select()
        .from(meetingMinutes)
        .where(eq(meetingMinutes.meetingId, meetingId))
        .orderBy(desc(meetingMinutes.version))
        .all()
        .map((row) => toDto(ctx.db, row))
  },
  'minutes:saveDraft': {
    tx: (ctx, { meetingId, body }) => {
      const meeting = ctx.db.select().from(meetings).where(eq(meetings.id, meetingId)).get()
      if (!meeting) throw notFound('这次会议')
      if (meeting.status === '筹备中' || meeting.status === '已取消') {
        throw new ServiceError('CONFLICT', `“${meeting.title}”${meeting.status === '筹备中' ? '还没有召开' : '已取消'}，不能起草纪要；会议召开后请先把会议状态改为“已召开”`)
      }
      const latest = latestOf(ctx.db, meetingId)
      ctx.auditDetail({ name: meeting.title })
      if (!latest && meeting.status === '纪要已签发') {
        // Minutes signed before they were kept here (the demo county's, or ones entered by hand) stay locked too.
        throw new ServiceError('CONFLICT', `“${meeting.title}”的纪要${meeting.minutesNumber ?? ''}已签发，已锁定，不能再起草`)
      }
      if (!latest) {
        const row = ctx.db.insert(meetingMinutes).values({ meetingId, version: 1, body, createdAt: ctx.now, updatedAt: ctx.now }).returning().get()
        return toDto(ctx.db, row)
      }
      // Issue 5 §5: after 签发 the minutes are locked.
      assertStatus(latest, ['草稿', '征求意见'], '修改')
      ctx.auditDetail({ before: toDto(ctx.db, latest) })
      // A changed text goes round the units again: earlier answers were about the old text.
      ctx.db.delete(minutesReviews).where(eq(minutesReviews.minutesId, latest.id)).run()
      return save(ctx, latest.id, { body, status: '草稿' })
    }
  },
  'minutes:circulate': {
    tx: (ctx, { minutesId }) => {
      const row = minutesRow(ctx.db, minutesId)
      assertStatus(row, ['草稿'], '送审')
      if (attendingUnits(ctx.db, row.meetingId).length === 0) {
        throw new ServiceError('VALIDATION', '这次会议没有登记出席的成员单位，无法征求意见：请先在会议中录入参会人员')
      }
      return save(ctx, minutesId, { status: '征求意见' })
    }
  },
  'minutes:recordReview': {
    tx: (ctx, { minutesId, departmentId, opinion, comment, date }) => {
      const row = minutesRow(ctx.db, minutesId)
      assertStatus(row, ['征求意见'], '登记意见')
      if (!attendingUnits(ctx.db, row.meetingId).some((u) => u.id === departmentId)) {
        throw new ServiceError('VALIDATION', '只有出席会议的成员单位反馈纪要意见：请选择出席单位', 'departmentId')
      }
      ctx.db.insert(minutesReviews).values({ minutesId, departmentId, opinion, comment, date }).run()
      return toDto(ctx.db, minutesRow(ctx.db, minutesId))
    }
  },
  'minutes:sign': {
    tx: (ctx, { minutesId, signer, signedDate, overrideReason }) => {
      const row = minutesRow(ctx.db, minutesId)
      assertStatus(row, ['征求意见'], '签发')
      const pending = reviewsOf(ctx.db, row).filter((r) => r.opinion !== '同意')
      // seeds/001 附件 §四(三): 经与会单位同意后……由召集人签发. The convener may sign anyway, giving a reason.
      if (pending.length > 0 && overrideReason === '') {
        throw new ServiceError(
          'CONFLICT',
          `还有${pending.length}个与会单位未同意：${pending.map((p) => `${p.unitName}（${p.opinion ?? '未反馈'}）`).join('、')}。请等各单位同意后再签发，或由召集人填写理由后签发`,
          'overrideReason'
        )
      }
      const meeting = ctx.db.select().from(meetings).where(eq(meetings.id, row.meetingId)).get()!
      if (signedDate < meeting.date) throw new ServiceError('VALIDATION', `签发日期不能早于会议日期 ${meeting.date}`, 'signedDate')
      const number = row.number ?? nextNumber(ctx.db, signedDate.slice(0, 4))
      ctx.db
        .update(meetings)
        .set({ status: '纪要已签发', minutesNumber: number, signer, signedDate, updatedAt: ctx.now })
        .where(eq(meetings.id, row.meetingId))
        .run()
      ctx.auditDetail({ name: `${meeting.title} ${number}` })
      return save(ctx, minutesId, { status: '已签发', number, signer, signedDate, signOverrideReason: overrideReason || null })
    }
  },
  'minutes:issue': {
    tx: (ctx, { minutesId, issuedDate, distribution, copyTo }) => {
      const row = minutesRow(ctx.db, minutesId)
      assertStatus(row, ['已签发'], '印发')
      if (issuedDate < (row.signedDate ?? '')) throw new ServiceError('VALIDATION', `印发日期不能早于签发日期 ${row.signedDate}`, 'issuedDate')
      // seeds/001 附件 §四(三): 印发有关单位并抄送县政府.
      const copies = copyTo.length > 0 ? copyTo : [`${readSettings(ctx.db).countyName}人民政府`]
      ctx.db.update(meetings).set({ distribution, copyTo: copies, updatedAt: ctx.now }).where(eq(meetings.id, row.meetingId)).run()
      return save(ctx, minutesId, { status: '已印发', issuedDate, distribution, copyTo: copies })
    }
  },
  'minutes:correct': {
    tx: (ctx, { minutesId, reason, body }) => {
      const row = minutesRow(ctx.db, minutesId)
      assertStatus(row, ['已签发', '已印发'], '更正')
      const latest = latestOf(ctx.db, row.meetingId)!
      if (latest.id !== row.id) throw new ServiceError('CONFLICT', `这份纪要已有更新的第${latest.version}版，请在最新版本上更正`)
      const created = ctx.db
        .insert(meetingMinutes)
        .values({
          meetingId: row.meetingId,
          version: row.version + 1,
          body,
          number: row.number,
          correctionReason: reason,
          createdAt: ctx.now,
          updatedAt: ctx.now
        })
        .returning()
        .get()
      ctx.auditDetail({ name: `${row.number} 第${created.version}版`, reason })
      return toDto(ctx.db, created)
    }
  }
}
