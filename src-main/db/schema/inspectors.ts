import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { InspectorKind, InspectorStatus } from '../../../src-shared/domain/enums'
import { departments } from './departments'

/** 回避范围 (seeds/003; seeds/004 §(二十三) 利害关系应当回避). */
export interface Avoidance {
  /** Targets this person must never be matched to. */
  targetIds: number[]
  /** Free-text relations, e.g. “配偶在示范县鑫源食品有限公司任职”. */
  rules: string[]
}

/**
 * 执法检查人员名录库 and 专家库 (kind 专家, seeds/004 §(十一)). Experts may have no 执法证号; the
 * unique index lets many NULLs through.
 */
export const inspectors = sqliteTable(
  'inspectors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    name: text('name').notNull(),
    certNo: text('cert_no').unique(),
    kind: text('kind').$type<InspectorKind>().notNull().default('执法人员'),
    /** 执法资质, matched against checklist_items.qualification. */
    qualifications: text('qualifications', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** 业务专长 tags. */
    specialties: text('specialties', { mode: 'json' }).$type<string[]>().notNull().default([]),
    post: text('post').notNull().default(''),
    /** 工作单位 of an expert or assistant outside the department (检测机构、科研院所 …). */
    organization: text('organization').notNull().default(''),
    phone: text('phone').notNull().default(''),
    status: text('status').$type<InspectorStatus>().notNull().default('在岗'),
    statusFrom: text('status_from'),
    statusTo: text('status_to'),
    /** 乡镇/街道 or 监管所 the person usually covers. */
    region: text('region').notNull().default(''),
    avoidance: text('avoidance', { mode: 'json' }).$type<Avoidance>().notNull().default({ targetIds: [], rules: [] }),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [index('inspectors_department').on(t.departmentId), index('inspectors_kind_status').on(t.kind, t.status)]
)
export type InspectorRow = typeof inspectors.$inferSelect
