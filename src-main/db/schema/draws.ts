import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { DrawKind } from '../../../src-shared/domain/enums'
import { tasks } from './tasks'

/** A witness of a draw (seeds/004 §(五) 全程留痕). */
export interface DrawWitness {
  name: string
  unit?: string
}

/**
 * 摇号记录: everything a third party needs to re-run the draw (DESIGN.md "The draw engine").
 * Append-only (triggers in migration issue4_draws_append_only): a draw is never edited or deleted.
 * A re-draw is a new row whose `supersedes_draw_id` points at the draw it replaces, with the
 * reason; "superseded" is derived (another row points here), never written onto the old row.
 */
export const draws = sqliteTable(
  'draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id').references(() => tasks.id),
    kind: text('kind').$type<DrawKind>().notNull(),
    algorithmId: text('algorithm_id').notNull(),
    algorithmVersion: text('algorithm_version').notNull(),
    poolDefinition: text('pool_definition', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    poolSize: integer('pool_size').notNull(),
    /** SHA-256 of the canonical pool. */
    poolHash: text('pool_hash').notNull(),
    /** SHA-256 of the secret, shown and printed before the draw. */
    commitment: text('commitment').notNull(),
    revealedSecret: text('revealed_secret'),
    externalEntropy: text('external_entropy'),
    parameters: text('parameters', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    result: text('result', { mode: 'json' }).$type<Record<string, unknown>>(),
    operator: text('operator').notNull(),
    witnesses: text('witnesses', { mode: 'json' }).$type<DrawWitness[]>().notNull().default([]),
    at: text('at').notNull(),
    /** The draw this one replaces (重新摇号); null for a first draw. */
    supersedesDrawId: integer('supersedes_draw_id').references((): AnySQLiteColumn => draws.id),
    /** Why the earlier draw was set aside; required with `supersedes_draw_id`. */
    redrawReason: text('redraw_reason'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('draws_task').on(t.taskId), index('draws_supersedes').on(t.supersedesDrawId)]
)
export type DrawRow = typeof draws.$inferSelect
