import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { TaskPlanStep } from '../../../src-shared/domain/taskPlan'
import { meetings } from './meetings'
import { tasks } from './tasks'

/**
 * issue 8 §2: the 实施方案's approval, one row per step (拟稿 → 审核 → 批准, or 退回修改 with its
 * reason). Append-only: a return starts a new round and the earlier steps stay on record.
 */
export const taskPlanApprovals = sqliteTable(
  'task_plan_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    step: text('step').$type<TaskPlanStep>().notNull(),
    name: text('name').notNull(),
    date: text('date').notNull(),
    note: text('note').notNull().default(''),
    /** The liaison meeting that decided it (批准). */
    meetingId: integer('meeting_id').references(() => meetings.id),
    operator: text('operator').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    at: text('at').notNull()
  },
  (t) => [index('task_plan_approvals_task').on(t.taskId)]
)
export type TaskPlanApprovalRow = typeof taskPlanApprovals.$inferSelect
