import { eq, inArray } from 'drizzle-orm'
import type { TargetDetailDto, TargetDto, TargetFacetsDto } from '@shared/domain/targets'
import type { ParsedInput } from '@shared/contract'
import { departments, specialDirectories, specialDirectoryMembers, targetDepartments, targets, targetStatusHistory } from '../db/schema'
import { readTargets } from './directory/readTargets'
import { resolveTargetCodes } from './directory/resolveTargetCodes'
import { searchTargets } from './directory/searchTargets'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

type TargetFields = ParsedInput<'directory:createTarget'>

function readTarget(ctx: ServiceContext, id: number): TargetDto {
  const [dto] = readTargets(ctx.sqlite, [id])
  if (!dto) throw notFound('这个检查对象')
  return dto
}

/** Same code twice means the same entity entered twice: point the clerk at the record she has. */
function assertCodesFree(ctx: ServiceContext, codes: { uscc: string | null; regNo: string | null }, exceptId = 0): void {
  if (codes.uscc) {
    const clash = ctx.sqlite.prepare('SELECT name FROM targets WHERE uscc = ? AND id != ?').get(codes.uscc, exceptId) as { name: string } | undefined
    if (clash) throw new ServiceError('CONFLICT', `统一社会信用代码 ${codes.uscc} 已登记为“${clash.name}”：同一主体不要重复录入，请搜索并编辑原记录`, 'uscc')
  }
  if (codes.regNo) {
    const clash = ctx.sqlite.prepare('SELECT name FROM targets WHERE reg_no = ? AND id != ?').get(codes.regNo, exceptId) as { name: string } | undefined
    if (clash) throw new ServiceError('CONFLICT', `注册号 ${codes.regNo} 已登记为“${clash.name}”：同一主体不要重复录入，请搜索并编辑原记录`, 'regNo')
  }
}

function assertDepartmentsExist(ctx: ServiceContext, ids: number[]): void {
  if (ids.length === 0) return
  const found = ctx.db.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids)).all()
  if (found.length !== new Set(ids).size) throw new ServiceError('VALIDATION', '所选监管部门中有已删除的单位，请刷新后重新选择', 'departmentIds')
}

/** The row values of a target form, codes normalised and checked. */
function targetValues(ctx: ServiceContext, input: TargetFields, exceptId?: number) {
  const codes = resolveTargetCodes(input)
  assertCodesFree(ctx, codes, exceptId)
  assertDepartmentsExist(ctx, input.departmentIds)
  const { departmentIds: _departmentIds, uscc: _uscc, regNo: _regNo, forcedCodeReason: _reason, ...fields } = input
  const tags = [...new Set(input.tags)]
  return { ...fields, ...codes, tags }
}

function setDepartments(ctx: ServiceContext, targetId: number, departmentIds: number[]): void {
  ctx.db.delete(targetDepartments).where(eq(targetDepartments.targetId, targetId)).run()
  const unique = [...new Set(departmentIds)]
  if (unique.length > 0) ctx.db.insert(targetDepartments).values(unique.map((departmentId) => ({ targetId, departmentId }))).run()
}

function facets(ctx: ServiceContext): TargetFacetsDto {
  const column = (sql: string) => (ctx.sqlite.prepare(sql).pluck().all() as string[])
  return {
    towns: column("SELECT DISTINCT town FROM targets WHERE town != '' ORDER BY town"),
    industries: column("SELECT DISTINCT industry FROM targets WHERE industry != '' ORDER BY industry"),
    // From the tag side table (migration issue3_target_tags_sync): an index walk, not a JSON scan of every target.
    tags: column('SELECT DISTINCT tag FROM target_tags ORDER BY tag'),
    specialDirectories: ctx.db.select({ id: specialDirectories.id, name: specialDirectories.name }).from(specialDirectories).orderBy(specialDirectories.id).all()
  }
}

function detail(ctx: ServiceContext, id: number): TargetDetailDto {
  const dto = readTarget(ctx, id)
  const row = ctx.db.select({ createdAt: targets.createdAt }).from(targets).where(eq(targets.id, id)).get()!
  const directories = ctx.db
    .select({ id: specialDirectories.id, name: specialDirectories.name })
    .from(specialDirectoryMembers)
    .innerJoin(specialDirectories, eq(specialDirectories.id, specialDirectoryMembers.directoryId))
    .where(eq(specialDirectoryMembers.targetId, id))
    .orderBy(specialDirectories.id)
    .all()
  const history = ctx.sqlite
    .prepare('SELECT from_status AS fromStatus, to_status AS toStatus, date, reason, at FROM target_status_history WHERE target_id = ? ORDER BY date DESC, id DESC')
    .all(id) as TargetDetailDto['statusHistory']
  return { ...dto, createdAt: row.createdAt, specialDirectories: directories, statusHistory: history }
}

export const directoryHandlers: Pick<
  HandlerMap,
  | 'directory:searchTargets'
  | 'directory:targetFacets'
  | 'directory:getTarget'
  | 'directory:createTarget'
  | 'directory:updateTarget'
  | 'directory:changeTargetStatus'
> = {
  'directory:searchTargets': { tx: (ctx, input) => searchTargets(ctx.sqlite, input) },
  'directory:targetFacets': { tx: (ctx) => facets(ctx) },
  'directory:getTarget': { tx: (ctx, { id }) => detail(ctx, id) },
  'directory:createTarget': {
    tx: (ctx, input) => {
      const values = targetValues(ctx, input)
      const row = ctx.db
        .insert(targets)
        .values({ ...values, status: '存续', createdAt: ctx.now, updatedAt: ctx.now })
        .returning({ id: targets.id })
        .get()
      setDepartments(ctx, row.id, input.departmentIds)
      return readTarget(ctx, row.id)
    }
  },
  'directory:updateTarget': {
    tx: (ctx, { id, ...input }) => {
      const before = readTarget(ctx, id)
      const values = targetValues(ctx, input, id)
      ctx.db.update(targets).set({ ...values, updatedAt: ctx.now }).where(eq(targets.id, id)).run()
      setDepartments(ctx, id, input.departmentIds)
      // Keep what it was, so the audit trail can restore an edit (recoverable trail).
      ctx.auditDetail({ before })
      return readTarget(ctx, id)
    }
  },
  'directory:changeTargetStatus': {
    tx: (ctx, { id, status, date, reason }) => {
      const before = readTarget(ctx, id)
      if (before.status === status) {
        throw new ServiceError('VALIDATION', `“${before.name}”已经是“${status}”状态，请选择另一种状态`, 'status')
      }
      if (date > ctx.today) throw new ServiceError('VALIDATION', `状态变更日期 ${date} 晚于今天，请填写登记机关作出变更的实际日期`, 'date')
      // 004 §(三十): 注销、吊销 are no longer checked, 迁出 goes to the receiving office — so the
      // date and the previous status are kept, not just the new value.
      ctx.db.insert(targetStatusHistory).values({ targetId: id, fromStatus: before.status, toStatus: status, date, reason, at: ctx.now }).run()
      ctx.db.update(targets).set({ status, statusDate: date, updatedAt: ctx.now }).where(eq(targets.id, id)).run()
      ctx.auditDetail({ name: before.name, fromStatus: before.status, toStatus: status })
      return readTarget(ctx, id)
    }
  }
}
