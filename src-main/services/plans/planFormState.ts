import { asc, eq } from 'drizzle-orm'
import type { ChecklistCategory } from '@shared/domain/enums'
import { planCoverageNotes, planItems, plans, specialDirectories, type PlanItemRow, type PlanRow } from '../../db/schema'
import { departmentNames } from '../imports/departmentNames'
import type { PlanFormLookups, PlanFormRecord } from '../imports/planFormSpec'
import type { ServiceContext } from '../serviceContext'
import { ServiceError } from '../serviceError'
import { readChecklistItems } from '../tasks/readTasks'
import { itemFields } from './readPlan'

/** The unit and year a 年度计划填报表 belongs to (written into the form, read back on import). */
export interface PlanForm {
  year: number
  departmentId: number
  departmentName: string
}

export interface PlanFormContext extends PlanFormLookups {
  form: PlanForm
  plan: PlanRow | null
  /** This unit's current checklist items: code → id. */
  checklistIds: Map<string, number>
  /** Every current checklist item: id → owning department. */
  ownerOf: Map<number, number>
  specialDirectoryIds: Map<string, number>
}

export function resolvePlanFormDepartment(ctx: ServiceContext, name: string | number): PlanForm['departmentId'] {
  const rows = ctx.sqlite.prepare('SELECT id, name, short_name AS shortName, active FROM departments').all() as { id: number; name: string; shortName: string; active: number }[]
  const found = rows.find((d) => d.id === name || d.name === name || d.shortName === name)
  if (!found) throw new ServiceError('VALIDATION', `成员单位中没有“${name}”：请填写成员单位的全称或简称（见“成员单位”页面）`, 'department')
  if (!found.active) throw new ServiceError('VALIDATION', `“${found.name}”已停用，不再报送年度计划`, 'department')
  return found.id
}

export function planFormContext(ctx: ServiceContext, year: number, departmentId: number): PlanFormContext {
  const department = ctx.sqlite.prepare('SELECT name FROM departments WHERE id = ?').get(departmentId) as { name: string } | undefined
  if (!department) throw new ServiceError('VALIDATION', '填报表中的成员单位已不存在：请重新导出本单位的填报表', 'department')
  const current = readChecklistItems(ctx.sqlite, 'current', ctx.today)
  const own = current.filter((c) => c.departmentId === departmentId)
  const directories = ctx.db.select({ id: specialDirectories.id, name: specialDirectories.name }).from(specialDirectories).all()
  return {
    form: { year, departmentId, departmentName: department.name },
    plan: ctx.db.select().from(plans).where(eq(plans.year, year)).get() ?? null,
    year,
    departmentName: department.name,
    checklist: new Map<string, { name: string; category: ChecklistCategory }>(own.map((c) => [c.code, { name: c.name, category: c.category }])),
    checklistIds: new Map(own.map((c) => [c.code, c.id])),
    ownerOf: new Map(current.map((c) => [c.id, c.departmentId])),
    departments: departmentNames(ctx.sqlite),
    directories: directories.map((d) => d.name),
    specialDirectoryIds: new Map(directories.map((d) => [d.name, d.id]))
  }
}

/** The plan's items this unit takes part in (lead or participating), in plan order. */
export function unitPlanItems(ctx: ServiceContext, context: PlanFormContext): PlanItemRow[] {
  if (!context.plan) return []
  const unit = context.form.departmentId
  return ctx.db
    .select()
    .from(planItems)
    .where(eq(planItems.planId, context.plan.id))
    .orderBy(asc(planItems.seq), asc(planItems.id))
    .all()
    .filter((row) => row.addedByAdjustmentId === null)
    .filter((row) => row.leadDepartmentId === unit || row.participatingDepartmentIds.includes(unit) || row.checklistItemIds.some((id) => context.ownerOf.get(id) === unit))
}

/** A plan item as this unit's form rows show it (the task columns of PlanFormRecord). */
export function taskRecordOf(row: PlanItemRow, context: PlanFormContext): Omit<PlanFormRecord, 'code' | 'checklistName' | 'reason'> {
  const fields = itemFields(row)
  const shortName = (id: number) => context.departments.shortNames.find((name) => context.departments.idOf(name) === id) ?? ''
  const units = [fields.leadDepartmentId, ...fields.participatingDepartmentIds].filter((id) => id !== context.form.departmentId)
  const directoryName = [...context.specialDirectoryIds].find(([, id]) => id === fields.scope.specialDirectoryId)?.[0] ?? ''
  const count = fields.mode === 'count'
  return {
    taskName: fields.name,
    category: fields.category,
    participating: [...new Set(units)].sort((a, b) => a - b).map(shortName),
    kind: fields.scope.kind ?? '',
    directory: directoryName,
    industry: fields.scope.industry ?? '',
    tag: fields.scope.tag ?? '',
    mode: count ? '按数量' : '按比例',
    ratioA: count ? null : fields.ratios.A,
    ratioB: count ? null : fields.ratios.B,
    ratioC: count ? null : fields.ratios.C,
    ratioD: count ? null : fields.ratios.D,
    fixedCount: count ? fields.fixedCount : null,
    method: fields.method ?? '',
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    notes: fields.notes
  }
}

const noTask: Omit<PlanFormRecord, 'code' | 'checklistName' | 'reason'> = {
  taskName: '',
  category: '',
  participating: [],
  kind: '',
  directory: '',
  industry: '',
  tag: '',
  mode: '',
  ratioA: null,
  ratioB: null,
  ratioC: null,
  ratioD: null,
  fixedCount: null,
  method: '',
  periodStart: '',
  periodEnd: '',
  notes: ''
}

/**
 * The form's rows as the plan stands: each of the unit's current checklist items with the first
 * plan item holding it, or with the reason it is left out. An export writes these, and an import
 * compares against them, so a form returned unchanged changes nothing.
 */
export function planFormRecords(ctx: ServiceContext, context: PlanFormContext): Map<string, PlanFormRecord> {
  const items = unitPlanItems(ctx, context)
  const notes = context.plan
    ? new Map(ctx.db.select().from(planCoverageNotes).where(eq(planCoverageNotes.planId, context.plan.id)).all().map((n) => [n.checklistCode, n.reason]))
    : new Map<string, string>()
  const records = new Map<string, PlanFormRecord>()
  for (const [code, entry] of context.checklist) {
    const id = context.checklistIds.get(code)!
    const item = items.find((row) => row.checklistItemIds.includes(id))
    records.set(code, {
      code,
      checklistName: entry.name,
      ...(item ? taskRecordOf(item, context) : noTask),
      reason: item ? '' : (notes.get(code) ?? '')
    })
  }
  return records
}
