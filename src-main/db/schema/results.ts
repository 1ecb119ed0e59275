import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { CorrectionKind, CorrectionStatus, HandoverKind, ResultCategory, SampleVerdict } from '../../../src-shared/domain/enums'
import { checklistItems } from './checklist'
import { departments } from './departments'
import { targets } from './targets'
import { tasks } from './tasks'
import { visits } from './visits'

/** 检查结果 per target per checklist item (seeds/003 §(七) nine categories + disposition). */
export const results = sqliteTable(
  'results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    targetId: integer('target_id')
      .notNull()
      .references(() => targets.id),
    checklistItemId: integer('checklist_item_id')
      .notNull()
      .references(() => checklistItems.id),
    visitId: integer('visit_id').references(() => visits.id),
    category: text('category').$type<ResultCategory>().notNull(),
    /** For 合格/不合格. */
    sampleVerdict: text('sample_verdict').$type<SampleVerdict>(),
    /** 处置: 责令改正、行政指导、立案 … (seeds/002 附件1 检查结果). */
    disposition: text('disposition').notNull().default(''),
    notes: text('notes').notNull().default(''),
    checkedDate: text('checked_date'),
    enteredAt: text('entered_at').notNull(),
    /** 公示 within 20 working days (seeds/004 §(二十八)4). */
    publishedAt: text('published_at'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [
    uniqueIndex('results_task_target_item').on(t.taskId, t.targetId, t.checklistItemId),
    index('results_target').on(t.targetId)
  ]
)
export type ResultRow = typeof results.$inferSelect

/** 后续处置: handover of a found problem and its closure (seeds/002 五; seeds/004 §(三十一)). */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    handoverKind: text('handover_kind').$type<HandoverKind>().notNull(),
    /** The receiving member unit (本部门/其他部门). */
    toDepartmentId: integer('to_department_id').references(() => departments.id),
    /** The receiving body when it is not a member unit (公安机关、纪检监察机关 …). */
    toUnit: text('to_unit').notNull().default(''),
    handedOverAt: text('handed_over_at').notNull(),
    caseNumber: text('case_number'),
    closedAt: text('closed_at'),
    closure: text('closure').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('follow_ups_result').on(t.resultId)]
)
export type FollowUpRow = typeof followUps.$inferSelect

/** 更正与异议 with their working-day deadlines (seeds/004 §(二十九)). */
export const correctionsObjections = sqliteTable(
  'corrections_objections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    resultId: integer('result_id')
      .notNull()
      .references(() => results.id),
    kind: text('kind').$type<CorrectionKind>().notNull(),
    receivedDate: text('received_date').notNull(),
    /** 复查 deadline: 20 working days from receipt. */
    deadlineDate: text('deadline_date').notNull(),
    /** 反馈 deadline: 15 working days from the review decision. */
    feedbackDeadlineDate: text('feedback_deadline_date'),
    status: text('status').$type<CorrectionStatus>().notNull().default('办理中'),
    request: text('request').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    closedDate: text('closed_date'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('corrections_objections_result').on(t.resultId)]
)
export type CorrectionObjectionRow = typeof correctionsObjections.$inferSelect
