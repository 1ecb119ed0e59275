import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { AttendeeStatus, DecisionStatus, LinkKind, MeetingKind, MeetingStatus } from '../../../src-shared/domain/enums'
import { departments } from './departments'

/**
 * 联席会议 (seeds/001 附件 四): 联络员会议 before 全体会议; 纪要 drafted by the convening unit,
 * 召集人签发, 印发有关单位并抄送县政府.
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<MeetingKind>().notNull(),
    title: text('title').notNull(),
    /** 第N次 within the year, as the office counts them. */
    number: text('number').notNull().default(''),
    date: text('date').notNull(),
    time: text('time').notNull().default(''),
    place: text('place').notNull().default(''),
    /** 召集人 */
    convener: text('convener').notNull().default(''),
    /** 主持人 */
    host: text('host').notNull().default(''),
    convening_unit: integer('convening_department_id').references(() => departments.id),
    status: text('status').$type<MeetingStatus>().notNull().default('筹备中'),
    minutesNumber: text('minutes_number'),
    /** 签发人 */
    signer: text('signer'),
    signedDate: text('signed_date'),
    /** 印发 */
    distribution: text('distribution', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** 抄送 */
    copyTo: text('copy_to', { mode: 'json' }).$type<string[]>().notNull().default([]),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('meetings_date').on(t.date)]
)
export type MeetingRow = typeof meetings.$inferSelect

/** 参会人员: a person from a member unit (or from outside, department null) and whether they came. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id').references(() => departments.id),
    /** The unit's name when it is not a member unit (县政府办公室 …). */
    unitName: text('unit_name').notNull().default(''),
    personName: text('person_name').notNull(),
    post: text('post').notNull().default(''),
    status: text('status').$type<AttendeeStatus>().notNull().default('出席'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('meeting_attendees_meeting').on(t.meetingId)]
)
export type MeetingAttendeeRow = typeof meetingAttendees.$inferSelect

/** 议题: who proposed it, whether the liaison meeting sends it to the plenary, what it is about. */
export const meetingTopics = sqliteTable(
  'meeting_topics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    proposerDepartmentId: integer('proposer_department_id').references(() => departments.id),
    title: text('title').notNull(),
    /** 需提交联席会议议定 (seeds/001 附件 四(一)). */
    submitToPlenary: integer('submit_to_plenary', { mode: 'boolean' }).notNull().default(false),
    linkKind: text('link_kind').$type<LinkKind>(),
    linkId: integer('link_id'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('meeting_topics_meeting').on(t.meetingId)]
)
export type MeetingTopicRow = typeof meetingTopics.$inferSelect

/** 议定事项 (seeds/001 附件 四(三) 以纪要形式明确议定事项), followed up by the office. */
export const meetingDecisions = sqliteTable(
  'meeting_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    content: text('content').notNull(),
    ownerDepartmentIds: text('owner_department_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    dueDate: text('due_date'),
    status: text('status').$type<DecisionStatus>().notNull().default('未开始'),
    completedDate: text('completed_date'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('meeting_decisions_meeting').on(t.meetingId), index('meeting_decisions_status_due').on(t.status, t.dueDate)]
)
export type MeetingDecisionRow = typeof meetingDecisions.$inferSelect

export const decisionProgress = sqliteTable(
  'decision_progress',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    decisionId: integer('decision_id')
      .notNull()
      .references(() => meetingDecisions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    note: text('note').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('decision_progress_decision').on(t.decisionId)]
)
export type DecisionProgressRow = typeof decisionProgress.$inferSelect
