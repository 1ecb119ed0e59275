import { eq } from 'drizzle-orm'
import type { SpecialDirectoryDto } from '@shared/domain/specialDirectories'
import type { TargetFilter } from '@shared/domain/targets'
import type { TargetKind } from '@shared/domain/enums'
import { departments, specialDirectories } from '../db/schema'
import { selectionSql } from './directory/selectionSql'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

interface DirectorySqlRow {
  id: number
  name: string
  department_id: number
  department_name: string
  target_kind: TargetKind | null
  criteria: string
  filter: string
  member_count: number
  updated_at: string
}

function readDirectories(ctx: ServiceContext, id?: number): SpecialDirectoryDto[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.*, d.short_name AS department_name,
         (SELECT count(*) FROM special_directory_members m WHERE m.directory_id = s.id) AS member_count
       FROM special_directories s JOIN departments d ON d.id = s.department_id
       ${id === undefined ? '' : 'WHERE s.id = ?'} ORDER BY s.id`
    )
    .all(...(id === undefined ? [] : [id])) as DirectorySqlRow[]
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    targetKind: row.target_kind,
    criteria: row.criteria,
    filter: JSON.parse(row.filter) as TargetFilter,
    memberCount: row.member_count,
    updatedAt: row.updated_at
  }))
}

function readDirectory(ctx: ServiceContext, id: number): SpecialDirectoryDto {
  const [dto] = readDirectories(ctx, id)
  if (!dto) throw notFound('这个专项名录库')
  return dto
}

function assertFree(ctx: ServiceContext, name: string, departmentId: number, exceptId = 0): void {
  const clash = ctx.sqlite.prepare('SELECT 1 FROM special_directories WHERE name = ? AND id != ?').get(name, exceptId)
  if (clash) throw new ServiceError('CONFLICT', `已有名为“${name}”的专项名录库，请换一个名称或编辑原名录库`, 'name')
  if (!ctx.db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId)).get()) {
    throw new ServiceError('VALIDATION', '所选负责部门已不在成员单位名单中，请刷新后重新选择', 'departmentId')
  }
}

/** Drops empty values, so the saved filter reads as what the clerk chose. */
function savedFilter(filter: TargetFilter): TargetFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as TargetFilter
}

/** How many of the selection exist, and how many are not yet in the directory. */
function countSelection(ctx: ServiceContext, directoryId: number, sql: string, params: unknown[]) {
  return ctx.sqlite
    .prepare(
      `SELECT count(*) AS matching,
         count(*) - (SELECT count(*) FROM special_directory_members m WHERE m.directory_id = ? AND m.target_id IN (${sql})) AS changing
       FROM (${sql})`
    )
    .get(directoryId, ...params, ...params) as { matching: number; changing: number }
}

/** 分类专项名录库 (seeds/004 §(十)): directories, their criteria, and their members. */
export const specialDirectoriesHandlers: Pick<
  HandlerMap,
  | 'specialDirectories:list'
  | 'specialDirectories:create'
  | 'specialDirectories:update'
  | 'specialDirectories:previewAdd'
  | 'specialDirectories:addTargets'
  | 'specialDirectories:removeTargets'
> = {
  'specialDirectories:list': { tx: (ctx) => readDirectories(ctx) },
  'specialDirectories:create': {
    tx: (ctx, input) => {
      assertFree(ctx, input.name, input.departmentId)
      const row = ctx.db
        .insert(specialDirectories)
        .values({ ...input, filter: savedFilter(input.filter), createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: specialDirectories.id })
        .get()
      return readDirectory(ctx, row.id)
    }
  },
  'specialDirectories:update': {
    tx: (ctx, { id, ...input }) => {
      const before = readDirectory(ctx, id)
      assertFree(ctx, input.name, input.departmentId, id)
      ctx.db.update(specialDirectories).set({ ...input, filter: savedFilter(input.filter), updatedAt: ctx.now }).where(eq(specialDirectories.id, id)).run()
      ctx.auditDetail({ before })
      return readDirectory(ctx, id)
    }
  },
  'specialDirectories:previewAdd': {
    tx: (ctx, { directoryId, selection }) => {
      readDirectory(ctx, directoryId)
      const { sql, params } = selectionSql(selection)
      return countSelection(ctx, directoryId, sql, params)
    }
  },
  'specialDirectories:addTargets': {
    tx: (ctx, { directoryId, selection }) => {
      const directory = readDirectory(ctx, directoryId)
      const { sql, params } = selectionSql(selection)
      // One statement in the call's transaction: all of the filtered targets go in, or none.
      const { changes } = ctx.sqlite
        .prepare(`INSERT OR IGNORE INTO special_directory_members (directory_id, target_id, added_at) SELECT ?, id, ? FROM (${sql})`)
        .run(directoryId, ctx.now, ...params)
      ctx.db.update(specialDirectories).set({ updatedAt: ctx.now }).where(eq(specialDirectories.id, directoryId)).run()
      ctx.auditDetail({ directory: directory.name, added: changes })
      return { changed: changes }
    }
  },
  'specialDirectories:removeTargets': {
    tx: (ctx, { directoryId, selection }) => {
      const directory = readDirectory(ctx, directoryId)
      const { sql, params } = selectionSql(selection)
      const { changes } = ctx.sqlite
        .prepare(`DELETE FROM special_directory_members WHERE directory_id = ? AND target_id IN (${sql})`)
        .run(directoryId, ...params)
      ctx.db.update(specialDirectories).set({ updatedAt: ctx.now }).where(eq(specialDirectories.id, directoryId)).run()
      ctx.auditDetail({ directory: directory.name, removed: changes })
      return { changed: changes }
    }
  }
}
