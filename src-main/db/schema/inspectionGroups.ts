import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { GroupRole } from '../../../src-shared/domain/draw'
import { departments } from './departments'
import { draws } from './draws'
import { inspectors } from './inspectors'
import { targets } from './targets'
import { tasks } from './tasks'
import { visits } from './visits'

/** 检查组: ≥ 2 inspectors per target, one of them leader (seeds/004 §(二十一)). */
export const inspectionGroups = sqliteTable(
  'inspection_groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    taskId: integer('task_id').references(() => tasks.id),
    visitId: integer('visit_id').references(() => visits.id),
    targetId: integer('target_id').references(() => targets.id),
    /** The 人员 draw that formed it; null when 直接委派 (seeds/004 §(二十一)). */
    drawId: integer('draw_id').references(() => draws.id),
    name: text('name').notNull().default(''),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull()
  },
  (t) => [index('inspection_groups_task').on(t.taskId), index('inspection_groups_visit').on(t.visitId)]
)
export type InspectionGroupRow = typeof inspectionGroups.$inferSelect

/**
 * Group members. A replacement (岗位调整、工作冲突、身体健康、回避、其他, seeds/004 §(二十三)) adds a new
 * member row in the same seat and points the old one at it with the reason; the old row stays.
 */
export const groupMembers = sqliteTable(
  'group_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => inspectionGroups.id, { onDelete: 'cascade' }),
    inspectorId: integer('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    isLeader: integer('is_leader', { mode: 'boolean' }).notNull().default(false),
    /** 组长/组员/专家 (issue 4). */
    role: text('role').$type<GroupRole>().notNull().default('组员'),
    /** Seat in the group, in draw order; a replacement takes the seat of the member it replaces. */
    seat: integer('seat').notNull().default(0),
    replacedBy: integer('replaced_by').references((): AnySQLiteColumn => groupMembers.id),
    replacementReason: text('replacement_reason'),
    replacedAt: text('replaced_at'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false)
  },
  (t) => [index('group_members_group').on(t.groupId), index('group_members_inspector').on(t.inspectorId)]
)
export type GroupMemberRow = typeof groupMembers.$inferSelect
