import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { RosterRole } from '../../../src-shared/domain/enums'
import { departments } from './departments'
import { meetings } from './meetings'

/**
 * 联席会议组成人员, as a history: a change closes the seat (`to_date`) and opens a new one
 * (seeds/001 附件 二: 成员因工作变动需要调整的，由所在单位提出，报联席会议确定).
 */
export const rosterSeats = sqliteTable(
  'roster_seats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    role: text('role').$type<RosterRole>().notNull(),
    /** Null for seats held from outside the member units (召集人 副县长, 县政府办). */
    departmentId: integer('department_id').references(() => departments.id),
    /** The unit as printed when it is not a member unit. */
    unitName: text('unit_name').notNull().default(''),
    personName: text('person_name').notNull(),
    post: text('post').notNull().default(''),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    confirmingMeetingId: integer('confirming_meeting_id').references(() => meetings.id),
    sortOrder: integer('sort_order').notNull().default(0),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('roster_seats_department').on(t.departmentId)]
)
export type RosterSeatRow = typeof rosterSeats.$inferSelect
