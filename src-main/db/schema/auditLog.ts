import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only, hash-chained audit trail (seeds/004 §(五) 全程留痕、责任可溯). Each row stores the
 * previous row's hash and its own: hash = SHA-256(prevHash + canonical content). Triggers added
 * in a custom migration refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  operator: text('operator').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull().default(''),
  entityId: text('entity_id').notNull().default(''),
  detail: text('detail').notNull().default('{}'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull()
},
// issue 3: a target's history in the directory drawer reads its rows by entity.
(t) => [index('audit_log_entity').on(t.entity, t.entityId)])
export type AuditRow = typeof auditLog.$inferSelect
