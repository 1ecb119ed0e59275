import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { TaskStatus } from '../../../src-shared/domain/enums'
import type { TaskPlanFields } from '../../../src-shared/domain/taskPlan'
import { departments } from './departments'
import { planItems } from './plans'

/**
 * 实施方案 (seeds/002 四(三)): 抽查范围, 抽查内容, 检查方式 per class, time nodes (摇号, 通知书送达,
 * 结果录入截止; the on-site window is the task's period), 相关要求. Empty until first saved.
 */
export type ImplementationPlan = Partial<TaskPlanFields>

/**
 * 联合抽查任务: from a plan item, or 临时 (ad hoc, seeds/004 §(十五) 参照年度计划执行并记录).
 * `checklist_item_ids` point at checklist versions, so a task keeps the wording it was run with.
 * `locked_at` is set by 确认锁定并下发 after the target draw (issue 8 §3, 004 §(十九)); from then on
 * the target list changes only by a re-draw with a reason, which clears it again.
 */
export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    planItemId: integer('plan_item_id').references(() => planItems.id),
    adHoc: integer('ad_hoc', { mode: 'boolean' }).notNull().default(false),
    adHocReason: text('ad_hoc_reason').notNull().default(''),
    leadDepartmentId: integer('lead_department_id')
      .notNull()
      .references(() => departments.id),
    participatingDepartmentIds: text('participating_department_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    checklistItemIds: text('checklist_item_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    implementationPlan: text('implementation_plan', { mode: 'json' }).$type<ImplementationPlan>().notNull().default({}),
    status: text('status').$type<TaskStatus>().notNull().default('草拟'),
    lockedAt: text('locked_at'),
    /** issue 8 §2: visits one group makes a day when the route and timetable is generated. */
    routeVisitsPerDay: integer('route_visits_per_day').notNull().default(4),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('tasks_year_status').on(t.year, t.status), index('tasks_plan_item').on(t.planItemId)]
)
export type TaskRow = typeof tasks.$inferSelect
