import ExcelJS from 'exceljs'
import { and, eq } from 'drizzle-orm'
import { defaultPlanTitle, planItemInput, type PlanItemFields } from '@shared/domain/plans'
import { cellText, flattenCell } from '../../io/cellText'
import type { ImportSink } from '../../io/columnSpec'
import { ImportFileError } from '../../io/importFileError'
import { planCoverageNotes, planItems, plans, planSubmissions, type PlanItemRow } from '../../db/schema'
import { assertPlanItem } from '../plans/assertPlanItem'
import { planFormInfoSheet, planFormInfoLabels } from '../plans/planFormInfo'
import { planFormContext, planFormRecords, unitPlanItems, type PlanFormContext } from '../plans/planFormState'
import { planItemValues } from '../plans/planItemValues'
import { planVersion } from '../plans/readPlan'
import type { ServiceContext } from '../serviceContext'
import { ServiceError } from '../serviceError'
import { readSettings } from '../settingsService'
import { defineImport } from './importDefinition'
import { planFormSpec, type PlanFormRecord } from './planFormSpec'

const notAForm = '这不是年度计划填报表（表中没有写明填报单位和计划年度）：请在“年度抽查计划”页面的“报送情况”中导出本单位的填报表，在其中填写后再导入'

/**
 * Which unit and year a returned form belongs to: the hidden 表单信息 sheet written by the export,
 * or, when a clerk copied the rows into a new workbook, the “填报单位：… 计划年度：…” line above
 * the header.
 */
async function readFormHeader(bytes: Buffer): Promise<{ year: number; department: string | number }> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new ImportFileError('无法打开这个 Excel 文件：请用 Excel 或 WPS 打开后另存为 .xlsx 再试')
  }
  const info = workbook.getWorksheet(planFormInfoSheet)
  if (info) {
    const value = (label: string) => {
      for (let r = 1; r <= 10; r++) if (cellText(flattenCell(info.getCell(r, 1).value)) === label) return cellText(flattenCell(info.getCell(r, 2).value)).trim()
      return ''
    }
    const year = Number(value(planFormInfoLabels.year))
    const id = Number(value(planFormInfoLabels.departmentId))
    const name = value(planFormInfoLabels.department)
    if (Number.isInteger(year) && year > 0 && (name || id)) return { year, department: name || id }
  }
  const first = workbook.worksheets[0]
  for (let r = 1; first && r <= 5; r++) {
    const text = first
      .getRow(r)
      .values.toString()
      .replace(/[\s\u3000]+/g, '')
    const unit = /填报单位[:：]([^,，;；计]+)/.exec(text)
    const year = /(\d{4})年度/.exec(text) ?? /计划年度[:：](\d{4})/.exec(text)
    if (unit && year) return { year: Number(year[1]), department: unit[1] }
  }
  throw new ImportFileError(notAForm)
}

/** issue 7 §3: a returned form goes into a plan still being drafted; a published plan changes by adjustment only. */
export function assertFormPlanOpen(context: PlanFormContext): void {
  const plan = context.plan
  if (plan && plan.status !== '草拟' && plan.status !== '征求意见') {
    // 003 §二(二): after publication every change is a published adjustment.
    throw new ServiceError(
      'CONFLICT',
      `${plan.year}年度计划已${plan.status}，不能再导入填报表：如需增加或修改${context.departmentName}的抽查任务，请在计划页面点“计划调整”，写明理由后发布调整公告`,
      'file'
    )
  }
}

const withoutEmpty = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T

/** The plan item a task's rows make, over what the item already holds (other units' items, other scope keys). */
function taskFields(context: PlanFormContext, rows: PlanFormRecord[], existing: PlanItemRow | undefined): PlanItemFields {
  const unit = context.form.departmentId
  const first = rows[0]
  const own = new Set(context.checklistIds.values())
  const units = [unit, ...context.departments.idsOf(first.participating)]
  const lead = existing && units.includes(existing.leadDepartmentId) ? existing.leadDepartmentId : unit
  const ids = rows.map((r) => context.checklistIds.get(r.code)!)
  const scope = withoutEmpty({
    ...(existing?.targetScope ?? {}),
    kind: first.kind || undefined,
    specialDirectoryId: first.directory ? context.specialDirectoryIds.get(first.directory) : undefined,
    industry: first.industry || undefined,
    tag: first.tag || undefined
  })
  return planItemInput.parse({
    name: first.taskName,
    leadDepartmentId: lead,
    participatingDepartmentIds: units.filter((id) => id !== lead),
    checklistItemIds: [...(existing?.checklistItemIds.filter((id) => !own.has(id)) ?? []), ...ids],
    scope,
    mode: first.mode === '按数量' ? 'count' : 'ratio',
    ratios: first.mode === '按数量' ? undefined : { A: first.ratioA, B: first.ratioB, C: first.ratioC, D: first.ratioD },
    fixedCount: first.mode === '按数量' ? first.fixedCount : null,
    // Left empty: a key item among the task's makes it a key task (004 §(十五)).
    category: first.category || (rows.some((r) => context.checklist.get(r.code)?.category === '重点') ? '重点' : '一般'),
    method: first.method || null,
    periodStart: first.periodStart,
    periodEnd: first.periodEnd,
    notes: first.notes
  })
}

/**
 * Writes a returned form: each task whose rows changed is added or rewritten as one plan item
 * (the unit leads the new ones), a task left with none of the unit's rows loses them (and goes
 * when nothing is left), reasons go to the coverage notes, and the unit's submission is 已报送.
 */
function writePlanForm(ctx: ServiceContext, context: PlanFormContext, stored: Map<string, PlanFormRecord>, changed: Map<string, PlanFormRecord>): void {
  const { year, departmentId } = context.form
  const plan =
    context.plan ??
    ctx.db
      .insert(plans)
      .values({ year, title: defaultPlanTitle(readSettings(ctx.db).countyName, year), createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
      .get()
  const open = { ...context, plan }
  const state = new Map([...stored, ...changed])
  const affected = new Set<string>()
  for (const [code, record] of changed) {
    const before = stored.get(code)?.taskName
    if (before) affected.add(before)
    if (record.taskName) affected.add(record.taskName)
  }
  const items = unitPlanItems(ctx, open)
  const own = new Set(context.checklistIds.values())
  let seq = Math.max(0, ...ctx.db.select({ seq: planItems.seq }).from(planItems).where(eq(planItems.planId, plan.id)).all().map((r) => r.seq))
  for (const name of affected) {
    const existing = items.find((item) => item.name === name)
    const rows = [...state.values()].filter((r) => r.taskName === name)
    // The changed rows carry the task's new fields (checkRows made all rows of a task agree).
    rows.sort((a, b) => Number(changed.has(b.code)) - Number(changed.has(a.code)))
    if (rows.length === 0) {
      if (!existing) continue
      const rest = existing.checklistItemIds.filter((id) => !own.has(id))
      if (rest.length === 0) ctx.db.delete(planItems).where(eq(planItems.id, existing.id)).run()
      else ctx.db.update(planItems).set({ checklistItemIds: rest }).where(eq(planItems.id, existing.id)).run()
      continue
    }
    const fields = assertPlanItem(ctx, year, taskFields(context, rows, existing), 'file')
    if (existing) ctx.db.update(planItems).set(planItemValues(fields)).where(eq(planItems.id, existing.id)).run()
    else ctx.db.insert(planItems).values({ planId: plan.id, seq: ++seq, ...planItemValues(fields) }).run()
  }
  for (const record of changed.values()) {
    if (record.taskName !== '') continue
    const where = and(eq(planCoverageNotes.planId, plan.id), eq(planCoverageNotes.checklistCode, record.code))
    ctx.db.delete(planCoverageNotes).where(where).run()
    if (record.reason !== '') ctx.db.insert(planCoverageNotes).values({ planId: plan.id, checklistCode: record.code, reason: record.reason, updatedAt: ctx.now }).run()
  }
  ctx.db.update(plans).set({ version: planVersion(ctx.db, plan), updatedAt: ctx.now }).where(eq(plans.id, plan.id)).run()
  // seeds/002 四(二): the unit's plan is in (报送); a returned (已退回) one counts as sent again.
  ctx.db
    .insert(planSubmissions)
    .values({ year, departmentId, status: '已报送', submittedAt: ctx.today, reason: '', updatedAt: ctx.now })
    .onConflictDoUpdate({ target: [planSubmissions.year, planSubmissions.departmentId], set: { status: '已报送', submittedAt: ctx.today, reason: '', updatedAt: ctx.now } })
    .run()
}

function planFormSink(ctx: ServiceContext, context: PlanFormContext): ImportSink<PlanFormRecord> {
  const stored = planFormRecords(ctx, context)
  const changed = new Map<string, PlanFormRecord>()
  return {
    existing: (code) => stored.get(code),
    insert: (record) => changed.set(record.code, record),
    update: (code, record) => changed.set(code, record),
    finish: () => writePlanForm(ctx, context, stored, changed)
  }
}

/** issue 7 §3: a unit's returned 年度计划填报表. */
export const planFormImport = defineImport<PlanFormRecord, PlanFormContext>({
  async readForm(ctx, bytes) {
    const header = await readFormHeader(bytes)
    const departmentId = ctx.sqlite.prepare('SELECT id FROM departments WHERE id = ? OR name = ? OR short_name = ?').get(header.department, header.department, header.department) as
      | { id: number }
      | undefined
    if (!departmentId) throw new ImportFileError(`填报表写明的填报单位“${header.department}”不在成员单位中：请在“报送情况”中重新导出该单位的填报表`)
    const context = planFormContext(ctx, header.year, departmentId.id)
    assertFormPlanOpen(context)
    return context
  },
  spec: (_ctx, context) => planFormSpec(context),
  sink: (ctx, context) => planFormSink(ctx, context)
})
