import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { targets } from './targets'

/**
 * 标签化管理 (seeds/003 §二(一)): one row per tag of a target, so the tag filter is an index range
 * instead of a JSON scan of every target. `targets.tags` stays the record of truth; triggers
 * (migration issue3_target_tags_sync) keep this table in step with it on every insert, update and
 * delete, whichever code path writes the target.
 */
export const targetTags = sqliteTable(
  'target_tags',
  {
    tag: text('tag').notNull(),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' })
  },
  (t) => [primaryKey({ columns: [t.tag, t.targetId] }), index('target_tags_target').on(t.targetId)]
)
export type TargetTagRow = typeof targetTags.$inferSelect
