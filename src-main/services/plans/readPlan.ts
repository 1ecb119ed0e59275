import { asc, eq } from 'drizzle-orm'
import type { PlanAdjustmentDto, PlanDto, PlanItemDto, PlanItemFields, PlanSummaryDto } from '@shared/domain/plans'
import type { PlanAdjustmentKind } from '@shared/domain/enums'
import type { Db } from '../../db/openStore'
import { checklistItems, departments, planAdjustments, planItems, plans, specialDirectories, type PlanItemRow, type PlanRow } from '../../db/schema'
import { notFound, ServiceError } from '../serviceError'
import { describeScope } from './describeScope'

/** The fields an adjustment of kind 调整 may change, with their labels in the 计划调整公告. */
export const adjustableFields: Record<keyof PlanItemFields, string> = {
  name: '抽查任务名称',
  leadDepartmentId: '牵头单位',
  participatingDepartmentIds: '参与部门',
  checklistItemIds: '抽查事项',
  scope: '抽查对象范围',
  mode: '抽取方式',
  ratios: '抽查比例',
  fixedCount: '抽取数量',
  category: '事项类别',
  method: '检查方式',
  periodStart: '开始日期',
  periodEnd: '结束日期',
  notes: '备注'
}

export function itemFields(row: PlanItemRow): PlanItemFields {
  return {
    name: row.name,
    leadDepartmentId: row.leadDepartmentId,
    participatingDepartmentIds: row.participatingDepartmentIds,
    checklistItemIds: row.checklistItemIds,
    scope: row.targetScope as PlanItemFields['scope'],
    mode: row.fixedCount === null ? 'ratio' : 'count',
    ratios: Object.assign({ A: 3, B: 4, C: 5, D: 6 }, row.ratios),
    fixedCount: row.fixedCount,
    category: row.category,
    method: row.method,
    periodStart: row.periodStart ?? '',
    periodEnd: row.periodEnd ?? '',
    notes: row.notes
  }
}

export function planRowOfYear(db: Db, year: number): PlanRow {
  const row = db.select().from(plans).where(eq(plans.year, year)).get()
  if (!row) throw new ServiceError('NOT_FOUND', `还没有${year}年度的抽查计划：请在“年度抽查计划”中点“新建年度计划”`)
  return row
}

export function planRow(db: Db, id: number): PlanRow {
  const row = db.select().from(plans).where(eq(plans.id, id)).get()
  if (!row) throw notFound('这份抽查计划')
  return row
}

interface ItemState {
  row: PlanItemRow
  fields: PlanItemFields
  cancelled: boolean
  adjustedBy: PlanAdjustmentKind[]
}

/**
 * The plan's items as of `version`: 1 is the plan as drafted or published; each later version
 * applies one more published adjustment in order. The published rows are never rewritten (003
 * §二(二): adjustments are published, not silent edits), so any version can be shown again.
 */
export function itemsAtVersion(db: Db, planId: number, version: number): ItemState[] {
  const rows = db.select().from(planItems).where(eq(planItems.planId, planId)).orderBy(asc(planItems.seq), asc(planItems.id)).all()
  const adjustments = db.select().from(planAdjustments).where(eq(planAdjustments.planId, planId)).orderBy(asc(planAdjustments.id)).all()
  const states: ItemState[] = rows.filter((r) => r.addedByAdjustmentId === null).map((row) => ({ row, fields: itemFields(row), cancelled: false, adjustedBy: [] }))
  for (const adjustment of adjustments.slice(0, Math.max(0, version - 1))) {
    if (adjustment.kind === '增加') {
      const row = rows.find((r) => r.id === adjustment.planItemId)
      if (row) states.push({ row, fields: itemFields(row), cancelled: false, adjustedBy: ['增加'] })
      continue
    }
    const state = states.find((s) => s.row.id === adjustment.planItemId)
    if (!state) continue
    state.adjustedBy.push(adjustment.kind)
    if (adjustment.kind === '取消') state.cancelled = true
    else for (const [field, [, after]] of Object.entries(adjustment.changes)) (state.fields as unknown as Record<string, unknown>)[field] = after
  }
  return states
}

export function planVersion(db: Db, row: PlanRow): number {
  return 1 + db.select({ id: planAdjustments.id }).from(planAdjustments).where(eq(planAdjustments.planId, row.id)).all().length
}

export interface NameLookup {
  departments: Map<number, string>
  checklist: Map<number, { id: number; code: string; name: string; departmentName: string }>
  specialDirectories: Map<number, string>
}

export function nameLookup(db: Db): NameLookup {
  const units = new Map(db.select({ id: departments.id, name: departments.name }).from(departments).all().map((d) => [d.id, d.name]))
  return {
    departments: units,
    checklist: new Map(
      db
        .select({ id: checklistItems.id, code: checklistItems.code, name: checklistItems.name, departmentId: checklistItems.departmentId })
        .from(checklistItems)
        .all()
        .map((c) => [c.id, { id: c.id, code: c.code, name: c.name, departmentName: units.get(c.departmentId) ?? '' }])
    ),
    specialDirectories: new Map(db.select({ id: specialDirectories.id, name: specialDirectories.name }).from(specialDirectories).all().map((s) => [s.id, s.name]))
  }
}

export function itemDto(state: ItemState, seq: number, names: NameLookup): PlanItemDto {
  const f = state.fields
  return {
    ...f,
    id: state.row.id,
    seq,
    leadDepartmentName: names.departments.get(f.leadDepartmentId) ?? '（已删除的单位）',
    participatingNames: f.participatingDepartmentIds.map((id) => names.departments.get(id) ?? '（已删除的单位）'),
    joint: f.participatingDepartmentIds.length > 0,
    checklistItems: f.checklistItemIds.flatMap((id) => names.checklist.get(id) ?? []),
    scopeText: describeScope(f.scope, names),
    cancelled: state.cancelled,
    adjustedBy: state.adjustedBy
  }
}

/** One value of an item field in words, for the adjustment's before/after columns. */
function fieldText(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return '无'
  if (field === 'leadDepartmentId') return names.departments.get(value as number) ?? ''
  if (field === 'participatingDepartmentIds') return (value as number[]).map((id) => names.departments.get(id) ?? '').join('、') || '无'
  if (field === 'checklistItemIds') return (value as number[]).map((id) => names.checklist.get(id)?.code ?? '').join('、')
  if (field === 'scope') return describeScope(value as PlanItemFields['scope'], names)
  if (field === 'mode') return value === 'count' ? '按固定数量' : '按比例'
  if (field === 'ratios') {
    const r = value as Record<string, number>
    return `A ${r.A}%，B ${r.B}%，C ${r.C}%，D ${r.D}%`
  }
  return String(value)
}

export function adjustmentDtos(db: Db, planId: number, names: NameLookup): PlanAdjustmentDto[] {
  const rows = db.select().from(planItems).where(eq(planItems.planId, planId)).all()
  return db
    .select()
    .from(planAdjustments)
    .where(eq(planAdjustments.planId, planId))
    .orderBy(asc(planAdjustments.id))
    .all()
    .map((a, i) => ({
      id: a.id,
      seq: i + 1,
      kind: a.kind,
      planItemId: a.planItemId,
      itemName: (a.changes.name?.[1] as string | undefined) ?? rows.find((r) => r.id === a.planItemId)?.name ?? '',
      reason: a.reason,
      date: a.date,
      changes: Object.entries(a.changes).map(([field, [before, after]]) => ({
        field: adjustableFields[field as keyof PlanItemFields] ?? field,
        before: fieldText(field, before, names),
        after: fieldText(field, after, names)
      })),
      linkKind: a.linkKind,
      linkId: a.linkId,
      operator: a.operator
    }))
}

export function planSummary(db: Db, row: PlanRow): PlanSummaryDto {
  const version = planVersion(db, row)
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status,
    version,
    items: itemsAtVersion(db, row.id, version).filter((s) => !s.cancelled).length
  }
}

/** The plan as of `version` (default: as adjusted, the latest). */
export function readPlan(db: Db, row: PlanRow, version?: number): PlanDto {
  const summary = planSummary(db, row)
  const shownVersion = Math.min(Math.max(1, version ?? summary.version), summary.version)
  const names = nameLookup(db)
  return {
    ...summary,
    publishedAt: row.publishedAt,
    filedDate: row.filedDate,
    filedOffice: row.filedOffice,
    linkKind: row.meetingLinkKind,
    linkId: row.meetingLinkId,
    notes: row.notes,
    shownVersion,
    planItems: itemsAtVersion(db, row.id, shownVersion).map((s, i) => itemDto(s, i + 1, names)),
    adjustments: adjustmentDtos(db, row.id, names)
  }
}
