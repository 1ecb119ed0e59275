import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { TaskTargetOutcome } from '../../../src-shared/domain/enums'
import { draws } from './draws'
import { targets } from './targets'
import { tasks } from './tasks'
import { visits } from './visits'

/** The targets a task checks: drawn (draw_id set) or listed directly (定向, with no draw). */
export const taskTargets = sqliteTable(
  'task_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id),
    drawId: integer('draw_id').references(() => draws.id),
    /** Which target class of a merged draw it came from (seeds/004 §(十八) 多类对象分别设置、合并下达). */
    stratum: text('stratum'),
    outcome: text('outcome').$type<TaskTargetOutcome>().notNull().default('待检查'),
    visitId: integer('visit_id').references(() => visits.id),
    /** 预查比对 (seeds/004 §(二十八)1): when the clerk decided, and the note on the decision (e.g. why 不再检查). */
    precheckedAt: text('prechecked_at'),
    precheckNote: text('precheck_note').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [
    uniqueIndex('task_targets_task_target').on(t.taskId, t.targetId),
    index('task_targets_target').on(t.targetId),
    index('task_targets_visit').on(t.visitId)
  ]
)
export type TaskTargetRow = typeof taskTargets.$inferSelect
