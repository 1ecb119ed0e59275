import { and, eq } from 'drizzle-orm'
import { daysBetween, submissionDeadline, type PlanSubmissionsDto } from '@shared/domain/planSubmissions'
import { planItems, plans, planSubmissions } from '../db/schema'
import { listDepartments } from './departmentsService'
import { planFormSpec } from './imports/planFormSpec'
import { readPlanSettings } from './plans/planSettings'
import { planFormContext, planFormRecords, resolvePlanFormDepartment } from './plans/planFormState'
import { writePlanFormWorkbook } from './plans/writePlanFormWorkbook'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'

const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '')

export function deadlineOf(ctx: ServiceContext, year: number): string {
  return submissionDeadline(year, readPlanSettings(ctx.db).submissionDeadline)
}

/** Each active unit's submission for the year, with the deadline (issue 7 §3, seeds/002 四(二)). */
export function readSubmissions(ctx: ServiceContext, year: number): PlanSubmissionsDto {
  const deadline = deadlineOf(ctx, year)
  const daysLeft = daysBetween(ctx.today, deadline)
  const stored = new Map(ctx.db.select().from(planSubmissions).where(eq(planSubmissions.year, year)).all().map((s) => [s.departmentId, s]))
  const plan = ctx.db.select().from(plans).where(eq(plans.year, year)).get()
  const leads = new Map<number, number>()
  if (plan) {
    for (const item of ctx.db.select({ lead: planItems.leadDepartmentId, added: planItems.addedByAdjustmentId }).from(planItems).where(eq(planItems.planId, plan.id)).all()) {
      if (item.added === null) leads.set(item.lead, (leads.get(item.lead) ?? 0) + 1)
    }
  }
  const units = listDepartments(ctx.db, false).map((d) => {
    const row = stored.get(d.id)
    const status = row?.status ?? '未报送'
    return {
      departmentId: d.id,
      departmentName: d.name,
      shortName: d.shortName,
      status,
      submittedAt: row?.submittedAt ?? null,
      reason: row?.reason ?? '',
      leadItems: leads.get(d.id) ?? 0,
      overdue: status !== '已报送' && daysLeft < 0
    }
  })
  return { year, deadline, daysLeft, submitted: units.filter((u) => u.status === '已报送').length, total: units.length, units }
}

export const planFormsHandlers: Pick<HandlerMap, 'plans:exportForm' | 'plans:submissions' | 'plans:returnSubmission'> = {
  'plans:exportForm': {
    async: async (ctx, { year, departmentId, departmentName }) => {
      const id = departmentId ?? resolvePlanFormDepartment(ctx, departmentName!)
      const context = planFormContext(ctx, year, id)
      if (context.checklist.size === 0) {
        throw new ServiceError('VALIDATION', `${context.departmentName}在现行抽查事项清单中没有事项，无法生成填报表：请先在“抽查事项清单”中录入该单位的事项`, 'departmentId')
      }
      const records = [...planFormRecords(ctx, context).values()]
      const bytes = await writePlanFormWorkbook(planFormSpec(context), records, {
        ...context.form,
        countyName: readSettings(ctx.db).countyName,
        deadline: deadlineOf(ctx, year)
      })
      return { fileName: fileSafe(`${year}年度抽查计划填报表-${context.departmentName}.xlsx`), base64: bytes.toString('base64') }
    }
  },
  'plans:submissions': { tx: (ctx, { year }) => readSubmissions(ctx, year) },
  'plans:returnSubmission': {
    tx: (ctx, { year, departmentId, reason }) => {
      const where = and(eq(planSubmissions.year, year), eq(planSubmissions.departmentId, departmentId))
      const row = ctx.db.select().from(planSubmissions).where(where).get()
      if (!row || row.status !== '已报送') throw new ServiceError('CONFLICT', '该单位还没有报送填报表，无需退回：导入其填报表后才能退回', 'departmentId')
      ctx.db.update(planSubmissions).set({ status: '已退回', reason, updatedAt: ctx.now }).where(where).run()
      ctx.auditDetail({ year, departmentId, reason })
      return readSubmissions(ctx, year)
    }
  }
}
