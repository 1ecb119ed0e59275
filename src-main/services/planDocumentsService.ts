import { formatChineseDate } from '@shared/domain/chineseDate'
import type { PlanAdjustmentDto, PlanItemDto } from '@shared/domain/plans'
import { buildPlanAdjustmentsDocument } from '../documents/planAdjustmentsDocument'
import { buildPlanDocument } from '../documents/planDocument'
import { listDepartments } from './departmentsService'
import { issueDocument } from './documents/issueDocument'
import { estimatePlanItem } from './plans/estimatePlanItem'
import { readPlanSettings } from './plans/planSettings'
import { planRowOfYear, readPlan } from './plans/readPlan'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readSettings } from './settingsService'

/** Characters Windows does not allow in a file name. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|]/g, '')

function ratioText(item: PlanItemDto): string {
  if (item.mode === 'count') return `固定${item.fixedCount}户`
  const { A, B, C, D } = item.ratios
  return A === B && B === C && C === D ? `${A}%` : `A类${A}%\nB类${B}%\nC类${C}%\nD类${D}%`
}

function periodText(item: PlanItemDto): string {
  const [sy, sm, sd] = item.periodStart.split('-').map(Number)
  const [, em, ed] = item.periodEnd.split('-').map(Number)
  const lastDay = new Date(Date.UTC(sy, em, 0)).getUTCDate()
  // Whole months read as "3月—5月", as plans are usually written; other ranges keep their days.
  if (sd === 1 && ed === lastDay) return sm === em ? `${sm}月` : `${sm}月—${em}月`
  return `${formatChineseDate(item.periodStart)}至${formatChineseDate(item.periodEnd).replace(/^\d+年/, '')}`
}

function approvedBy(ctx: ServiceContext, a: PlanAdjustmentDto): string {
  if (a.linkKind === 'decision' && a.linkId !== null) {
    const row = ctx.sqlite
      .prepare('SELECT m.date AS date, m.title AS title FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?')
      .get(a.linkId) as { date: string; title: string } | undefined
    return row ? `经${formatChineseDate(row.date)}${row.title}议定` : ''
  }
  if (a.linkKind === 'meeting' && a.linkId !== null) {
    const row = ctx.sqlite.prepare('SELECT date, title FROM meetings WHERE id = ?').get(a.linkId) as { date: string; title: string } | undefined
    return row ? `经${formatChineseDate(row.date)}${row.title}审议` : ''
  }
  return ''
}

/** issue 7 §5: the plan as a 公文 and the 计划调整公告, each recorded in the 文书登记簿. */
export const planDocumentsHandlers: Pick<HandlerMap, 'plans:exportDocument' | 'plans:exportAdjustments'> = {
  'plans:exportDocument': {
    async: async (ctx, { year, fileName }) => {
      const row = planRowOfYear(ctx.db, year)
      const plan = readPlan(ctx.db, row)
      const office = readSettings(ctx.db)
      const settings = readPlanSettings(ctx.db)
      const items = plan.planItems.filter((i) => !i.cancelled)
      const short = new Map(listDepartments(ctx.db).map((d) => [d.id, d.shortName]))
      const adjusted = plan.version > 1
      const bytes = await buildPlanDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        year,
        title: plan.title,
        preamble: settings.preamble.replaceAll('{县}', office.countyName).replaceAll('{年度}', String(year)),
        issuedOn: plan.publishedAt ?? ctx.today,
        versionNote: adjusted ? `（调整后，第${plan.version}版，含${plan.adjustments.length}次调整）` : '',
        items: items.map((item) => ({
          name: item.name,
          leadDepartmentName: short.get(item.leadDepartmentId) ?? item.leadDepartmentName,
          participatingNames: item.participatingDepartmentIds.map((id) => short.get(id) ?? ''),
          checklistItems: item.checklistItems.map((c) => `${c.code} ${c.name}`),
          scopeText: item.scopeText,
          ratioText: ratioText(item),
          estimatedCount: estimatePlanItem(ctx.sqlite, year, item, settings.ratioCapPercent).count,
          category: item.category,
          method: item.method ?? '',
          periodText: periodText(item),
          notes: item.notes
        }))
      })
      const name = fileName ?? fileSafe(`${plan.title}${adjusted ? `（第${plan.version}版）` : ''}.docx`)
      return issueDocument(ctx, { kind: 'plan', params: { year, planId: plan.id, version: plan.version }, fileName: name, bytes })
    }
  },
  'plans:exportAdjustments': {
    async: async (ctx, { year, fileName }) => {
      const plan = readPlan(ctx.db, planRowOfYear(ctx.db, year))
      if (plan.adjustments.length === 0) throw new ServiceError('CONFLICT', `${year}年度计划还没有调整，没有计划调整公告可生成`)
      const office = readSettings(ctx.db)
      const bytes = await buildPlanAdjustmentsDocument({
        countyName: office.countyName,
        officeName: office.officeName,
        title: plan.title,
        issuedOn: plan.adjustments.at(-1)!.date,
        adjustments: plan.adjustments.map((a) => ({
          kind: a.kind,
          itemName: a.itemName,
          changes: a.changes.map((c) => `${c.field}由“${c.before}”调整为“${c.after}”`),
          reason: a.reason,
          date: a.date,
          approvedBy: approvedBy(ctx, a)
        }))
      })
      const name = fileName ?? fileSafe(`${year}年度抽查计划调整公告（第${plan.adjustments.length}次调整）.docx`)
      return issueDocument(ctx, {
        kind: 'planAdjustments',
        params: { year, planId: plan.id, adjustmentIds: plan.adjustments.map((a) => a.id) },
        fileName: name,
        bytes
      })
    }
  }
}
