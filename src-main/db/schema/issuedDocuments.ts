import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** 文书登记簿: every document the app writes, with the SHA-256 of its bytes (issue 9 §2). */
export const issuedDocuments = sqliteTable('issued_documents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  params: text('params', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
  number: text('number'),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  operator: text('operator').notNull(),
  at: text('at').notNull()
})
export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect
