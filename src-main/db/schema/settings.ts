import { sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Key/value settings: office, numbering prefixes, operator, document wording, public key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull()
})
export type SettingRow = typeof settings.$inferSelect
