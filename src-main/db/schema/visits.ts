import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { VisitStatus } from '../../../src-shared/domain/enums'
import { targets } from './targets'

/**
 * One trip to one target that serves every task drawing it in the same period: “进一次门、查多项事”
 * (seeds/004 §(二十)). task_targets rows point here.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id),
    plannedDate: text('planned_date'),
    visitedAt: text('visited_at'),
    status: text('status').$type<VisitStatus>().notNull().default('待检查'),
    notes: text('notes').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('visits_target').on(t.targetId)]
)
export type VisitRow = typeof visits.$inferSelect
