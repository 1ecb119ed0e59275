import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { TargetKind } from '../../../src-shared/domain/enums'
import type { TargetFilter } from '../../../src-shared/domain/targets'
import { departments } from './departments'
import { targets } from './targets'

/** 分类专项名录库 (seeds/004 §(十): 餐饮服务单位名录库、特种设备使用单位名录库 …) with its 建库标准. */
export const specialDirectories = sqliteTable('special_directories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  departmentId: integer('department_id')
    .notNull()
    .references(() => departments.id),
  targetKind: text('target_kind').$type<TargetKind>(),
  /** 建库标准: 分类指标、对应专业监管要求. */
  criteria: text('criteria').notNull().default(''),
  /** The target filter that picks its members (issue 3 §2: add targets by filter); {} = none saved. */
  filter: text('filter', { mode: 'json' }).$type<TargetFilter>().notNull().default({}),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull()
})
export type SpecialDirectoryRow = typeof specialDirectories.$inferSelect

export const specialDirectoryMembers = sqliteTable(
  'special_directory_members',
  {
    directoryId: integer('directory_id')
      .notNull()
      .references(() => specialDirectories.id, { onDelete: 'cascade' }),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    addedAt: text('added_at').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [primaryKey({ columns: [t.directoryId, t.targetId] }), index('special_directory_members_target').on(t.targetId)]
)
export type SpecialDirectoryMemberRow = typeof specialDirectoryMembers.$inferSelect
