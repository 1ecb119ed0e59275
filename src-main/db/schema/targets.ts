import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { RegistrationStatus, RiskClass, TargetKind, TargetScale } from '../../../src-shared/domain/enums'
import { departments } from './departments'

/**
 * 检查对象名录库 (综合主体名录库, seeds/004 §(十)). A target has a validated 统一社会信用代码, or
 * only a 15-digit 注册号 (old individual businesses), or neither (产品/项目/行为).
 */
export const targets = sqliteTable(
  'targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<TargetKind>().notNull(),
    name: text('name').notNull(),
    uscc: text('uscc'),
    regNo: text('reg_no'),
    legalRep: text('legal_rep').notNull().default(''),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    /** 乡镇/街道 */
    town: text('town').notNull().default(''),
    industry: text('industry').notNull().default(''),
    scale: text('scale').$type<TargetScale>(),
    status: text('status').$type<RegistrationStatus>().notNull().default('存续'),
    statusDate: text('status_date'),
    riskClass: text('risk_class').$type<RiskClass>().notNull().default('B'),
    /** 列入经营异常名录 */
    abnormal: integer('abnormal', { mode: 'boolean' }).notNull().default(false),
    /** 严重违法失信 */
    seriousViolation: integer('serious_violation', { mode: 'boolean' }).notNull().default(false),
    complaintCount: integer('complaint_count').notNull().default(0),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** Set when a code that fails the check digit was accepted anyway: who said so and why. */
    forcedCodeReason: text('forced_code_reason'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [
    uniqueIndex('targets_uscc').on(t.uscc),
    index('targets_reg_no').on(t.regNo),
    index('targets_town').on(t.town),
    index('targets_risk_class').on(t.riskClass),
    index('targets_kind_status').on(t.kind, t.status),
    index('targets_industry').on(t.industry),
    // The directory screen sorts by name by default; without this a 1,000,000-row page sorts them all.
    index('targets_name').on(t.name),
    // 经营异常 is a filter of its own in the directory screen; a few percent of rows carry it.
    index('targets_abnormal').on(t.abnormal),
    // The filter bar's commonest combination (属地 + 风险分类 + 状态): its page count is then a
    // covering range of this index instead of a row lookup per target of the town.
    index('targets_town_risk_status').on(t.town, t.riskClass, t.status),
    // issue 3: a town's targets in name order, so a page of "属地 + anything" walks one town's names
    // (names start with the town's name: walking the whole name index would pass other towns first).
    index('targets_town_name').on(t.town, t.name),
    // issue 4 (draw under 1 s at 1,000,000 targets): the draw identifier (targetIdentifierSql,
    // kept identical so SQLite matches it) with what the eligibility rules read, so a class's pool
    // is one walk of this index, already in canonical order, with no row reads and no sort.
    index('targets_draw').on(
      sql`coalesce(uscc, reg_no, '对象' || id)`,
      t.status,
      t.riskClass,
      t.abnormal,
      t.seriousViolation,
      t.complaintCount
    )
  ]
)
export type TargetRow = typeof targets.$inferSelect

/** Registration status changes (注销、吊销、迁出 …) with the date they took effect. */
export const targetStatusHistory = sqliteTable(
  'target_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<RegistrationStatus>(),
    toStatus: text('to_status').$type<RegistrationStatus>().notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull().default(''),
    at: text('at').notNull(),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('target_status_history_target').on(t.targetId)]
)
export type TargetStatusHistoryRow = typeof targetStatusHistory.$inferSelect

/** 监管部门: “谁审批、谁监管，谁主管、谁监管” (seeds/001 三(二)2) — many departments per target. */
export const targetDepartments = sqliteTable(
  'target_departments',
  {
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [primaryKey({ columns: [t.targetId, t.departmentId] }), index('target_departments_department').on(t.departmentId)]
)
export type TargetDepartmentRow = typeof targetDepartments.$inferSelect
