import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { draws } from './draws'
import { tasks } from './tasks'

/** What a commitment was made for: a task's target draw, its inspector draw (issue 8), or one replacement. */
export type DrawCommitmentPurpose = 'targets' | 'inspectors' | 'replacement'

/**
 * 承诺值 awaiting its draw (issue 4). Where the secret lives between commit and run: here, in the
 * office's database, so a restart between showing the commitment to the witnesses and drawing
 * does not lose it. The secret never leaves the service until the draw reveals it in the proof.
 * The row also fixes the pools (and the settings) the commitment was announced with, so the draw
 * runs on exactly the pool whose hash was shown beside the commitment, whatever changes in the
 * directory in between. `used_by_draw_id` is set once, when the draw is stored; a used commitment
 * is never used again.
 */
export const drawCommitments = sqliteTable(
  'draw_commitments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    purpose: text('purpose').$type<DrawCommitmentPurpose>().notNull(),
    /** SHA-256 of the secret's bytes (hex). */
    commitment: text('commitment').notNull(),
    /** 64 hex digits; revealed only in the proof of the draw that uses it. */
    secret: text('secret').notNull(),
    /** The settings and the canonical pools fixed at commit time (JSON). */
    plan: text('plan', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    operator: text('operator').notNull(),
    createdAt: text('created_at').notNull(),
    usedByDrawId: integer('used_by_draw_id').references(() => draws.id)
  },
  (t) => [index('draw_commitments_task').on(t.taskId)]
)
export type DrawCommitmentRow = typeof drawCommitments.$inferSelect
