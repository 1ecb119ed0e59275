import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { CheckMethod, ChecklistAdjustmentKind, ChecklistCategory } from '../../../src-shared/domain/enums'
import { departments } from './departments'

/**
 * 抽查事项清单 (“一单”, seeds/004 §(八)). The list is adjusted over time and old tasks keep the
 * version they used, so an edit never rewrites a row: it closes the row (valid_to) and inserts the
 * next version with the same code and root. `root_id` is null on the first version itself, so
 * `coalesce(root_id, id)` names the lineage.
 */
export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    rootId: integer('root_id').references((): AnySQLiteColumn => checklistItems.id),
    version: integer('version').notNull().default(1),
    code: text('code').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    /** 抽查事项 */
    name: text('name').notNull(),
    category: text('category').$type<ChecklistCategory>().notNull().default('一般'),
    /** 检查对象 as the list states it (e.g. 食品经营者, 娱乐场所). */
    targetType: text('target_type').notNull().default(''),
    methods: text('methods', { mode: 'json' }).$type<CheckMethod[]>().notNull().default([]),
    /** 检查依据 */
    basis: text('basis').notNull().default(''),
    /** 检查内容 */
    content: text('content').notNull().default(''),
    /** 执法资质 an inspector needs for this item; matched against inspectors.qualifications. */
    qualification: text('qualification').notNull().default(''),
    /** 联合部门 (department ids). */
    jointDepartmentIds: text('joint_department_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('checklist_items_code_version').on(t.code, t.version),
    index('checklist_items_department').on(t.departmentId),
    index('checklist_items_root').on(t.rootId)
  ]
)
export type ChecklistItemRow = typeof checklistItems.$inferSelect

/** 清单调整记录: what changed, when it takes effect, why, and whether it was published. */
export const checklistAdjustments = sqliteTable(
  'checklist_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<ChecklistAdjustmentKind>().notNull(),
    /** The version this adjustment created (新增/修改) or closed (废止). */
    checklistItemId: integer('checklist_item_id')
      .notNull()
      .references(() => checklistItems.id),
    /** The version it replaced (修改). */
    previousItemId: integer('previous_item_id').references(() => checklistItems.id),
    /** Field → [before, after]. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>().notNull().default({}),
    reason: text('reason').notNull(),
    effectiveDate: text('effective_date').notNull(),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    publishedAt: text('published_at'),
    operator: text('operator').notNull().default(''),
    at: text('at').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('checklist_adjustments_item').on(t.checklistItemId)]
)
export type ChecklistAdjustmentRow = typeof checklistAdjustments.$inferSelect
