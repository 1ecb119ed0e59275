import { and, asc, eq, ne } from 'drizzle-orm'
import type { DepartmentDto } from '@shared/domain/departments'
import type { Db } from '../db/openStore'
import { departments, type DepartmentRow } from '../db/schema'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

function toDto(row: DepartmentRow): DepartmentDto {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    isLead: row.isLead,
    leaderName: row.leaderName,
    leaderPost: row.leaderPost,
    leaderPhone: row.leaderPhone,
    liaisonName: row.liaisonName,
    liaisonPost: row.liaisonPost,
    liaisonPhone: row.liaisonPhone,
    sortOrder: row.sortOrder,
    active: row.active,
    updatedAt: row.updatedAt
  }
}

/** Member units in the office's order (sort order, then name). */
export function listDepartments(db: Db, includeInactive = true): DepartmentDto[] {
  const query = db.select().from(departments)
  const rows = (includeInactive ? query : query.where(eq(departments.active, true)))
    .orderBy(asc(departments.sortOrder), asc(departments.id))
    .all()
  return rows.map(toDto)
}

function assertNameFree(db: Db, name: string, exceptId?: number): void {
  const clash = db
    .select({ id: departments.id })
    .from(departments)
    .where(exceptId ? and(eq(departments.name, name), ne(departments.id, exceptId)) : eq(departments.name, name))
    .get()
  if (clash) throw new ServiceError('CONFLICT', `已有名为“${name}”的成员单位，请换一个名称或编辑原有记录`, 'name')
}

function getRow(db: Db, id: number): DepartmentRow {
  const row = db.select().from(departments).where(eq(departments.id, id)).get()
  if (!row) throw notFound('这个成员单位')
  return row
}

export const departmentsHandlers: Pick<
  HandlerMap,
  'departments:list' | 'departments:create' | 'departments:update' | 'departments:setActive'
> = {
  'departments:list': { tx: (ctx, input) => listDepartments(ctx.db, input.includeInactive) },
  'departments:create': {
    tx: (ctx, input) => {
      assertNameFree(ctx.db, input.name)
      const row = ctx.db
        .insert(departments)
        .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
        .returning()
        .get()
      return toDto(row)
    }
  },
  'departments:update': {
    tx: (ctx, { id, ...fields }) => {
      const before = getRow(ctx.db, id)
      assertNameFree(ctx.db, fields.name, id)
      const row = ctx.db
        .update(departments)
        .set({ ...fields, updatedAt: ctx.now })
        .where(eq(departments.id, id))
        .returning()
        .get()
      // Keep what it was, so the audit trail can restore an edit (recoverable trail).
      ctx.auditDetail({ before: toDto(before) })
      return toDto(row)
    }
  },
  'departments:setActive': {
    tx: (ctx, { id, active }) => {
      const before = getRow(ctx.db, id)
      ctx.auditDetail({ name: before.name, active })
      const row = ctx.db
        .update(departments)
        .set({ active, updatedAt: ctx.now })
        .where(eq(departments.id, id))
        .returning()
        .get()
      return toDto(row)
    }
  }
}
