import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { plans, type PlanItemRow } from './plans'

/**
 * issue 7 §4(a): plan items of different units joined into one joint check (“进一次门、查多项事”),
 * with the original rows kept whole so that undoing the join restores them exactly (same ids).
 */
export const planItemMerges = sqliteTable(
  'plan_item_merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** The joint item the join made (no foreign key: undo deletes it and keeps this row as history). */
    mergedItemId: integer('merged_item_id').notNull(),
    /** The original plan_items rows, in the order joined (the first one's unit leads). */
    originals: text('originals', { mode: 'json' }).$type<PlanItemRow[]>().notNull(),
    createdAt: text('created_at').notNull(),
    undoneAt: text('undone_at'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('plan_item_merges_plan').on(t.planId)]
)
export type PlanItemMergeRow = typeof planItemMerges.$inferSelect
