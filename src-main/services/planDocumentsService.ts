import { formatChineseDate } from '@shared/domain/chineseDate'
import type { PlanAdjustmentDto, PlanItemDto } from '@shared/domain/plans'
import { buildPlanAdjustmentsDocument } from '../documents/planAdjustmentsDocument'
import { buildPlanDocument } from '../documents/planDocument'
import { writeReportWorkbook } from '../io/writeReportWorkbook'
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

const reportFooter = ['填报人：\u3000\u3000\u3000\u3000\u3000\u3000审核人：\u3000\u3000\u3000\u3000\u3000\u3000联系电话：']

/** issue 7 §5: the plan as a 公文 and the 计划调整公告 (Word and xlsx), each recorded in the 文书登记簿. */
export const planDocumentsHandlers: Pick<HandlerMap, 'plans:exportDocument' | 'plans:exportAdjustments' | 'plans:exportTable' | 'plans:exportAdjustmentsTable'> = {
  'plans:exportTable': {
    async: async (ctx, { year }) => {
      const plan = readPlan(ctx.db, planRowOfYear(ctx.db, year))
      const office = readSettings(ctx.db)
      const settings = readPlanSettings(ctx.db)
      const items = plan.planItems.filter((i) => !i.cancelled)
      const short = new Map(listDepartments(ctx.db).map((d) => [d.id, d.shortName]))
      const estimates = items.map((item) => estimatePlanItem(ctx.sqlite, year, item, settings.ratioCapPercent).count)
      const adjusted = plan.version > 1
      const bytes = await writeReportWorkbook({
        sheetName: `${year}年度抽查计划`,
        title: `${plan.title}${adjusted ? `（调整后，第${plan.version}版）` : ''}`,
        unitLine: `填报单位：${office.officeName}（盖章）`,
        dateLine: `填报日期：${formatChineseDate(ctx.today)}`,
        columns: [
          { header: '抽查任务名称', width: 26 },
          { header: '牵头单位', width: 12, align: 'center' },
          { header: '参与部门', width: 16 },
          { header: '抽查事项', width: 30 },
          { header: '抽查对象范围', width: 18 },
          { header: '事项类别', width: 7, align: 'center' },
          { header: '抽查比例（数量）', width: 12, align: 'center' },
          { header: '预估户数', width: 8, align: 'center' },
          { header: '检查方式', width: 10, align: 'center' },
          { header: '实施时间', width: 12, align: 'center' },
          { header: '备注', width: 14 }
        ],
        rows: items.map((item, i) => [
          item.name,
          short.get(item.leadDepartmentId) ?? item.leadDepartmentName,
          item.participatingDepartmentIds.map((id) => short.get(id) ?? '').join('、'),
          item.checklistItems.map((c) => `${c.code} ${c.name}`).join('\n'),
          item.scopeText,
          item.category,
          ratioText(item),
          estimates[i],
          item.method ?? '',
          periodText(item),
          item.notes
        ]),
        total: [
          `共${items.length}项（联合抽查${items.filter((i) => i.joint).length}项，重点事项${items.filter((i) => i.category === '重点').length}项）`,
          '', '', '', '', '', '',
          estimates.reduce((a, b) => a + b, 0),
          '', '', ''
        ],
        footer: reportFooter
      })
      const name = fileSafe(`${year}年度抽查计划表${adjusted ? `（第${plan.version}版）` : ''}.xlsx`)
      return issueDocument(ctx, { kind: 'planTable', params: { year, planId: plan.id, version: plan.version }, fileName: name, bytes })
    }
  },
  'plans:exportAdjustmentsTable': {
    async: async (ctx, { year }) => {
      const plan = readPlan(ctx.db, planRowOfYear(ctx.db, year))
      if (plan.adjustments.length === 0) throw new ServiceError('CONFLICT', `${year}年度计划还没有调整，没有计划调整公告可生成`)
      const office = readSettings(ctx.db)
      const bytes = await writeReportWorkbook({
        sheetName: '计划调整',
        title: `${plan.title}调整公告`,
        unitLine: `发布单位：${office.officeName}`,
        dateLine: `发布日期：${formatChineseDate(plan.adjustments.at(-1)!.date)}`,
        columns: [
          { header: '调整类型', width: 9, align: 'center' },
          { header: '抽查任务', width: 30 },
          { header: '调整内容', width: 44 },
          { header: '调整理由', width: 36 },
          { header: '批准依据', width: 24 },
          { header: '调整日期', width: 14, align: 'center' }
        ],
        rows: plan.adjustments.map((a) => [
          a.kind,
          a.itemName,
          a.kind === '增加' ? '新增抽查任务' : a.kind === '取消' ? '取消该抽查任务' : a.changes.map((c) => `${c.field}由“${c.before}”调整为“${c.after}”`).join('\n'),
          a.reason,
          approvedBy(ctx, a),
          formatChineseDate(a.date)
        ]),
        total: [`共调整${plan.adjustments.length}次`, '', '', '', '', ''],
        footer: reportFooter
      })
      const name = fileSafe(`${year}年度抽查计划调整公告（第${plan.adjustments.length}次调整）.xlsx`)
      return issueDocument(ctx, {
        kind: 'planAdjustmentsTable',
        params: { year, planId: plan.id, adjustmentIds: plan.adjustments.map((a) => a.id) },
        fileName: name,
        bytes
      })
    }
  },
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
