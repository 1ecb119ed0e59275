import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { NoticeStatus } from '../../../src-shared/domain/enums'
import { targets } from './targets'
import { tasks } from './tasks'
import { visits } from './visits'

/**
 * 行政检查通知书 number register: 部门联合双随机抽检字【year】第 seq 号 (seeds/002 附件2). A number
 * is issued once; a voided notice keeps its number.
 */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** 字号 as printed. */
    numberText: text('number_text').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    visitId: integer('visit_id').references(() => visits.id),
    targetId: integer('target_id').references(() => targets.id),
    status: text('status').$type<NoticeStatus>().notNull().default('有效'),
    voidReason: text('void_reason'),
    issuedAt: text('issued_at').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [uniqueIndex('notices_year_seq').on(t.year, t.seq), index('notices_task').on(t.taskId)]
)
export type NoticeRow = typeof notices.$inferSelect
