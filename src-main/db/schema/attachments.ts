import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { LinkKind } from '../../../src-shared/domain/enums'

/** Photos and scans, stored under the data folder; the row keeps the SHA-256 of the bytes. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ownerKind: text('owner_kind').$type<LinkKind>().notNull(),
    ownerId: integer('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    /** Relative to the data folder. */
    path: text('path').notNull(),
    size: integer('size').notNull().default(0),
    mimeType: text('mime_type').notNull().default(''),
    addedAt: text('added_at').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('attachments_owner').on(t.ownerKind, t.ownerId)]
)
export type AttachmentRow = typeof attachments.$inferSelect
