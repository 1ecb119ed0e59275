import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type {
  CheckMethod,
  ChecklistCategory,
  LinkKind,
  PlanAdjustmentKind,
  PlanStatus,
  PlanSubmissionStatus,
  RiskClass
} from '../../../src-shared/domain/enums'
import type { TargetFilter } from '../../../src-shared/domain/targets'
import { departments } from './departments'

/** 抽查比例 in percent per credit-risk class (003 §二(五)), as a draw's target class takes them. */
export type PlanItemRatios = Record<RiskClass, number>

/**
 * A plan item's target scope: the directory filter of a draw (one schema with the 名录库 filter bar,
 * src-shared/domain/targets.ts), a special directory being one of its keys.
 */
export type PlanItemScope = TargetFilter

/** 年度抽查计划. A published plan is never edited: adjustments or a new version follow. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    status: text('status').$type<PlanStatus>().notNull().default('草拟'),
    publishedAt: text('published_at'),
    /** 报备 (seeds/004 §(十二) 报市局备案). */
    filedDate: text('filed_date'),
    filedOffice: text('filed_office'),
    /** The meeting (or topic) that adopted it. */
    meetingLinkKind: text('meeting_link_kind').$type<LinkKind>(),
    meetingLinkId: integer('meeting_link_id'),
    notes: text('notes').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('plans_year_version').on(t.year, t.version)]
)
export type PlanRow = typeof plans.$inferSelect

/** One line of the annual plan (seeds/004 §(十四): 范围、时间安排、预估数量). */
export const planItems = sqliteTable(
  'plan_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull().default(0),
    name: text('name').notNull(),
    leadDepartmentId: integer('lead_department_id')
      .notNull()
      .references(() => departments.id),
    participatingDepartmentIds: text('participating_department_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    checklistItemIds: text('checklist_item_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    targetScope: text('target_scope', { mode: 'json' }).$type<PlanItemScope>().notNull().default({}),
    ratios: text('ratios', { mode: 'json' }).$type<PlanItemRatios>().notNull().default({} as PlanItemRatios),
    /** A fixed number of targets instead of a ratio. */
    fixedCount: integer('fixed_count'),
    /** issue 7: the item was added by this adjustment after publication (null: in the published plan). */
    addedByAdjustmentId: integer('added_by_adjustment_id'),
    category: text('category').$type<ChecklistCategory>().notNull().default('一般'),
    method: text('method').$type<CheckMethod>(),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    estimatedCount: integer('estimated_count'),
    notes: text('notes').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('plan_items_plan').on(t.planId)]
)
export type PlanItemRow = typeof planItems.$inferSelect

/** 计划调整 (增加/取消/调整) with its reason and publication (seeds/003). */
export const planAdjustments = sqliteTable(
  'plan_adjustments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    planItemId: integer('plan_item_id').references(() => planItems.id),
    kind: text('kind').$type<PlanAdjustmentKind>().notNull(),
    reason: text('reason').notNull(),
    date: text('date').notNull(),
    /** Field → [before, after]. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>().notNull().default({}),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    publishedAt: text('published_at'),
    /** issue 7: the meeting decision (or meeting) that approved it, as meetings link records (kind + id). */
    linkKind: text('link_kind').$type<LinkKind>(),
    linkId: integer('link_id'),
    operator: text('operator').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('plan_adjustments_plan').on(t.planId)]
)
export type PlanAdjustmentRow = typeof planAdjustments.$inferSelect

/** Each member unit's plan submission for a year (seeds/002 四(二): 每年3月前报送). */
export const planSubmissions = sqliteTable(
  'plan_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    status: text('status').$type<PlanSubmissionStatus>().notNull().default('未报送'),
    submittedAt: text('submitted_at'),
    /** Why it was returned (已退回). */
    reason: text('reason').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('plan_submissions_year_department').on(t.year, t.departmentId)]
)
export type PlanSubmissionRow = typeof planSubmissions.$inferSelect

/**
 * issue 7 §4(b): why a current checklist item is in no item of the year's plan (004 §(十三): the
 * plan covers the whole checklist). Keyed by the item's code, so it survives a new version.
 */
export const planCoverageNotes = sqliteTable(
  'plan_coverage_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    checklistCode: text('checklist_code').notNull(),
    reason: text('reason').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [uniqueIndex('plan_coverage_notes_plan_code').on(t.planId, t.checklistCode)]
)
export type PlanCoverageNoteRow = typeof planCoverageNotes.$inferSelect
