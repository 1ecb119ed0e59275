import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { MinutesOpinion, MinutesStatus } from '../../../src-shared/domain/enums'
import { departments } from './departments'
import { meetings } from './meetings'

/**
 * 会议纪要, one row per version (seeds/001 附件 §四(三): 会议纪要由召集单位整理，经与会单位同意后报联席会议
 * 办公室，由召集人签发，印发有关单位并抄送县政府). A signed version is never edited: a correction is a
 * new version with its reason, keeping the number.
 */
export const meetingMinutes = sqliteTable(
  'meeting_minutes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').$type<MinutesStatus>().notNull().default('草稿'),
    body: text('body').notNull().default(''),
    /** 〔2026〕1号, given at 签发 and kept by corrections. */
    number: text('number'),
    signer: text('signer'),
    signedDate: text('signed_date'),
    /** Why the convener signed before every attending unit agreed. */
    signOverrideReason: text('sign_override_reason'),
    issuedDate: text('issued_date'),
    distribution: text('distribution', { mode: 'json' }).$type<string[]>().notNull().default([]),
    copyTo: text('copy_to', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Set on a correction version: what was wrong. */
    correctionReason: text('correction_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('meeting_minutes_meeting').on(t.meetingId)]
)
export type MeetingMinutesRow = typeof meetingMinutes.$inferSelect

/** 与会单位意见 on a circulated version: 同意, or 修改意见 with its text. */
export const minutesReviews = sqliteTable(
  'minutes_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    minutesId: integer('minutes_id')
      .notNull()
      .references(() => meetingMinutes.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    opinion: text('opinion').$type<MinutesOpinion>().notNull(),
    comment: text('comment').notNull().default(''),
    date: text('date').notNull()
  },
  (t) => [index('minutes_reviews_minutes').on(t.minutesId)]
)
export type MinutesReviewRow = typeof minutesReviews.$inferSelect
