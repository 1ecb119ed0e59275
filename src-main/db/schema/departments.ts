import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** 成员单位 (DESIGN.md domain model; seeds/001 附件 §二 组成人员). */
export const departments = sqliteTable('departments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  shortName: text('short_name').notNull(),
  isLead: integer('is_lead', { mode: 'boolean' }).notNull().default(false),
  leaderName: text('leader_name').notNull().default(''),
  leaderPost: text('leader_post').notNull().default(''),
  leaderPhone: text('leader_phone').notNull().default(''),
  liaisonName: text('liaison_name').notNull().default(''),
  liaisonPost: text('liaison_post').notNull().default(''),
  liaisonPhone: text('liaison_phone').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(100),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull()
})
export type DepartmentRow = typeof departments.$inferSelect
