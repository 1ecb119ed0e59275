import { eq, inArray } from 'drizzle-orm'
import { addDays } from '@shared/domain/addDays'
import type { ChecklistAdjustmentKind } from '@shared/domain/enums'
import { checklistAdjustments, checklistItems, departments, type ChecklistItemRow } from '../../db/schema'
import type { ServiceContext } from '../serviceContext'
import { notFound, ServiceError } from '../serviceError'
import { describeChecklistChanges, type ChecklistValues } from './describeChecklistChanges'

export interface ChecklistAdjustmentNote {
  reason: string
  effectiveDate: string
}

export interface SavedChecklistItem {
  id: number
  /** 'unchanged' when the values were the same (no adjustment recorded). */
  outcome: 'created' | 'updated' | 'versioned' | 'unchanged'
}

function departmentNames(ctx: ServiceContext): (id: number) => string {
  const names = new Map(ctx.db.select({ id: departments.id, shortName: departments.shortName }).from(departments).all().map((d) => [d.id, d.shortName]))
  return (id) => names.get(id) ?? `#${id}`
}

function isUsedByTasks(ctx: ServiceContext, id: number): boolean {
  return ctx.sqlite.prepare('SELECT 1 FROM tasks k, json_each(k.checklist_item_ids) j WHERE j.value = ? LIMIT 1').get(id) !== undefined
}

/** The latest version of every item: the row a new version would follow. */
function isLatest(ctx: ServiceContext, row: ChecklistItemRow): boolean {
  return (
    ctx.sqlite
      .prepare('SELECT 1 FROM checklist_items WHERE coalesce(root_id, id) = ? AND version > ? LIMIT 1')
      .get(row.rootId ?? row.id, row.version) === undefined
  )
}

function assertValues(ctx: ServiceContext, values: ChecklistValues, rootId: number | null): void {
  const ids = [values.departmentId, ...values.jointDepartmentIds]
  const found = ctx.db.select({ id: departments.id }).from(departments).where(inArray(departments.id, ids)).all()
  if (!found.some((d) => d.id === values.departmentId)) throw new ServiceError('VALIDATION', '所选实施部门已不在成员单位名单中，请刷新后重新选择', 'departmentId')
  if (found.length !== new Set(ids).size) throw new ServiceError('VALIDATION', '所选联合部门中有已删除的单位，请刷新后重新选择', 'jointDepartmentIds')
  if (values.jointDepartmentIds.includes(values.departmentId)) {
    throw new ServiceError('VALIDATION', '联合部门不必再选实施部门本身，请去掉它', 'jointDepartmentIds')
  }
  if (values.validTo !== null && values.validTo < values.validFrom) {
    throw new ServiceError('VALIDATION', `有效期止（${values.validTo}）早于有效期起（${values.validFrom}），请改正`, 'validTo')
  }
  const clash = ctx.sqlite
    .prepare('SELECT name FROM checklist_items WHERE code = ? AND coalesce(root_id, id) != ? LIMIT 1')
    .get(values.code, rootId ?? 0) as { name: string } | undefined
  if (clash) throw new ServiceError('CONFLICT', `事项编码 ${values.code} 已用于“${clash.name}”：一个编码只对应一个抽查事项，请换一个编码`, 'code')
}

function recordAdjustment(
  ctx: ServiceContext,
  kind: ChecklistAdjustmentKind,
  itemId: number,
  previousItemId: number | null,
  changes: Record<string, [string, string]>,
  note: ChecklistAdjustmentNote
): void {
  ctx.db
    .insert(checklistAdjustments)
    .values({ kind, checklistItemId: itemId, previousItemId, changes, reason: note.reason, effectiveDate: note.effectiveDate, operator: ctx.operator, at: ctx.now })
    .run()
}

/** Sorted, without repeats, so the same joint departments in another order are no change. */
export function normalizeChecklistValues<T extends ChecklistValues>(values: T): T {
  return { ...values, jointDepartmentIds: [...new Set(values.jointDepartmentIds)].sort((a, b) => a - b) }
}

/** 新增: a first version, and its adjustment (effective from its first valid day). */
export function createChecklistItem(ctx: ServiceContext, input: ChecklistValues, reason: string): SavedChecklistItem {
  const values = normalizeChecklistValues(input)
  assertValues(ctx, values, null)
  const row = ctx.db
    .insert(checklistItems)
    .values({ ...values, version: 1, createdAt: ctx.now, updatedAt: ctx.now })
    .returning({ id: checklistItems.id })
    .get()
  recordAdjustment(ctx, '新增', row.id, null, describeChecklistChanges(null, values, departmentNames(ctx)), { reason, effectiveDate: values.validFrom })
  return { id: row.id, outcome: 'created' }
}

/**
 * 修改 (004 §(八) 动态调整). Old tasks keep the wording they were run with (DESIGN.md checklist_items):
 * an item some task used is closed the day before `effectiveDate` and a new version takes over from
 * that day; an item no task used is corrected in place. Either way the change, its reason and date
 * go into the 调整记录.
 */
export function updateChecklistItem(ctx: ServiceContext, id: number, input: ChecklistValues, note: ChecklistAdjustmentNote): SavedChecklistItem {
  const current = ctx.db.select().from(checklistItems).where(eq(checklistItems.id, id)).get()
  if (!current) throw notFound('这条抽查事项')
  if (!isLatest(ctx, current)) throw new ServiceError('CONFLICT', `“${current.name}”已有更新的版本，请刷新清单后编辑最新版本`)
  const rootId = current.rootId ?? current.id
  const values = normalizeChecklistValues(input)
  assertValues(ctx, values, rootId)
  const changes = describeChecklistChanges(current, values, departmentNames(ctx))
  if (Object.keys(changes).length === 0) return { id, outcome: 'unchanged' }

  if (!isUsedByTasks(ctx, id)) {
    ctx.db.update(checklistItems).set({ ...values, updatedAt: ctx.now }).where(eq(checklistItems.id, id)).run()
    recordAdjustment(ctx, '修改', id, null, changes, note)
    return { id, outcome: 'updated' }
  }
  if (values.code !== current.code) {
    throw new ServiceError('VALIDATION', `“${current.name}”已被抽查任务使用，编码 ${current.code} 不能再改；如需新编码，请废止本事项后新增`, 'code')
  }
  if (note.effectiveDate <= current.validFrom) {
    throw new ServiceError(
      'VALIDATION',
      `“${current.name}”已被抽查任务使用，新版本的生效日期应晚于现行版本的起始日期 ${current.validFrom}，已开展的任务仍按原版本`,
      'effectiveDate'
    )
  }
  ctx.db.update(checklistItems).set({ validTo: addDays(note.effectiveDate, -1), updatedAt: ctx.now }).where(eq(checklistItems.id, id)).run()
  const next = ctx.db
    .insert(checklistItems)
    .values({ ...values, validFrom: note.effectiveDate, rootId, version: current.version + 1, isDemo: false, createdAt: ctx.now, updatedAt: ctx.now })
    .returning({ id: checklistItems.id })
    .get()
  // The new version starts on the effective date whatever the form said: record that too.
  const versionChanges = describeChecklistChanges(current, { ...values, validFrom: note.effectiveDate }, departmentNames(ctx))
  recordAdjustment(ctx, '修改', next.id, id, versionChanges, note)
  return { id: next.id, outcome: 'versioned' }
}

/** 废止: the item stays for the tasks that used it; it is valid until the day before `effectiveDate`. */
export function abolishChecklistItem(ctx: ServiceContext, id: number, note: ChecklistAdjustmentNote): void {
  const current = ctx.db.select().from(checklistItems).where(eq(checklistItems.id, id)).get()
  if (!current) throw notFound('这条抽查事项')
  if (!isLatest(ctx, current)) throw new ServiceError('CONFLICT', `“${current.name}”已有更新的版本，请刷新清单后再操作`)
  const validTo = addDays(note.effectiveDate, -1)
  if (current.validTo !== null && current.validTo < ctx.today) throw new ServiceError('CONFLICT', `“${current.name}”已于 ${current.validTo} 失效，不必再废止`)
  if (validTo < current.validFrom) {
    throw new ServiceError('VALIDATION', `废止日期不能早于事项的有效期起（${current.validFrom}）`, 'effectiveDate')
  }
  ctx.db.update(checklistItems).set({ validTo, updatedAt: ctx.now }).where(eq(checklistItems.id, id)).run()
  recordAdjustment(ctx, '废止', id, null, { validTo: [current.validTo ?? '', validTo] }, note)
}
