import { and, eq, isNull } from 'drizzle-orm'
import { defaultPlanTitle, type PlanItemFields } from '@shared/domain/plans'
import type { LinkKind } from '@shared/domain/enums'
import { planAdjustments, planCoverageNotes, planItems, plans, specialDirectories, type PlanRow } from '../db/schema'
import { listDepartments } from './departmentsService'
import { assertPlanItem } from './plans/assertPlanItem'
import { estimatePlanItem } from './plans/estimatePlanItem'
import { planCoverage } from './plans/planCoverage'
import { planItemValues } from './plans/planItemValues'
import { projectPlanTargets } from './plans/projectPlanTargets'
import { readPlanSettings, writePlanSettings } from './plans/planSettings'
import { adjustableFields, itemsAtVersion, planRow, planRowOfYear, planVersion, planSummary, readPlan } from './plans/readPlan'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'
import { readSettings } from './settingsService'
import { readChecklistItems } from './tasks/readTasks'

const isDraft = (row: PlanRow) => row.status === '草拟' || row.status === '征求意见'

function assertDraft(row: PlanRow): void {
  // 003 §二(二): once published, the plan changes only by a published adjustment.
  if (!isDraft(row)) {
    throw new ServiceError('CONFLICT', `${row.year}年度计划已发布，不能直接修改：请点“计划调整”，写明增加、取消或调整的理由，调整会作为计划调整公告发布`)
  }
}

function assertLink(ctx: ServiceContext, kind: LinkKind | null, id: number | null, field: string): void {
  if (kind === null || id === null) return
  const table = kind === 'meeting' ? 'meetings' : kind === 'decision' ? 'meeting_decisions' : null
  if (table && !ctx.sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) {
    throw new ServiceError('VALIDATION', kind === 'meeting' ? '所选会议不存在，请刷新后重新选择' : '所选会议议定事项不存在，请刷新后重新选择', field)
  }
}

function touch(ctx: ServiceContext, row: PlanRow): void {
  ctx.db.update(plans).set({ version: planVersion(ctx.db, row), updatedAt: ctx.now }).where(eq(plans.id, row.id)).run()
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Only the fields that differ, each as [before, after]: what the 计划调整公告 lists. */
function changedFields(before: PlanItemFields, after: PlanItemFields): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const field of Object.keys(adjustableFields) as (keyof PlanItemFields)[]) {
    if (field === 'fixedCount' && after.mode === 'ratio' && before.mode === 'ratio') continue
    if (field === 'ratios' && after.mode === 'count' && before.mode === 'count') continue
    if (!same(before[field], after[field])) changes[field] = [before[field], after[field]]
  }
  return changes
}

export const plansHandlers: Pick<
  HandlerMap,
  | 'plans:list'
  | 'plans:get'
  | 'plans:create'
  | 'plans:updateHeader'
  | 'plans:addItem'
  | 'plans:updateItem'
  | 'plans:removeItem'
  | 'plans:setStatus'
  | 'plans:publish'
  | 'plans:file'
  | 'plans:adjust'
  | 'plans:estimate'
  | 'plans:estimateItem'
  | 'plans:coverage'
  | 'plans:setCoverageReason'
  | 'plans:formOptions'
  | 'plans:updateSettings'
  | 'plans:projection'
> = {
  'plans:projection': {
    tx: (ctx, { year, version }) => {
      const row = planRowOfYear(ctx.db, year)
      const items = itemsAtVersion(ctx.db, row.id, version ?? planVersion(ctx.db, row)).filter((s) => !s.cancelled)
      return projectPlanTargets(ctx.sqlite, year, items.map((s) => s.fields))
    }
  },
  'plans:list': {
    tx: (ctx) =>
      ctx.db
        .select()
        .from(plans)
        .all()
        .sort((a, b) => b.year - a.year)
        .map((row) => planSummary(ctx.db, row))
  },
  'plans:get': { tx: (ctx, { year, version }) => readPlan(ctx.db, planRowOfYear(ctx.db, year), version) },
  'plans:create': {
    tx: (ctx, { year, notes }) => {
      if (ctx.db.select().from(plans).where(eq(plans.year, year)).get()) {
        throw new ServiceError('CONFLICT', `${year}年度的抽查计划已经建立，请在计划列表中打开它`, 'year')
      }
      const title = defaultPlanTitle(readSettings(ctx.db).countyName, year)
      const row = ctx.db.insert(plans).values({ year, title, notes, createdAt: ctx.now, updatedAt: ctx.now }).returning().get()
      ctx.auditDetail({ name: title })
      return readPlan(ctx.db, row)
    }
  },
  'plans:updateHeader': {
    tx: (ctx, { id, notes, linkKind, linkId }) => {
      const row = planRow(ctx.db, id)
      assertLink(ctx, linkKind, linkId, 'linkKind')
      ctx.db.update(plans).set({ notes, meetingLinkKind: linkKind, meetingLinkId: linkId, updatedAt: ctx.now }).where(eq(plans.id, id)).run()
      return readPlan(ctx.db, planRow(ctx.db, row.id))
    }
  },
  'plans:addItem': {
    tx: (ctx, { planId, item }) => {
      const row = planRow(ctx.db, planId)
      assertDraft(row)
      const fields = assertPlanItem(ctx, row.year, item, 'item')
      const seq = ctx.db.select({ id: planItems.id }).from(planItems).where(eq(planItems.planId, planId)).all().length + 1
      ctx.db.insert(planItems).values({ planId, seq, ...planItemValues(fields) }).run()
      touch(ctx, row)
      ctx.auditDetail({ name: fields.name, plan: row.year })
      return readPlan(ctx.db, planRow(ctx.db, planId))
    }
  },
  'plans:updateItem': {
    tx: (ctx, { id, item }) => {
      const existing = ctx.db.select().from(planItems).where(eq(planItems.id, id)).get()
      if (!existing) throw notFound('这条计划事项')
      const row = planRow(ctx.db, existing.planId)
      assertDraft(row)
      const fields = assertPlanItem(ctx, row.year, item, 'item')
      ctx.db.update(planItems).set(planItemValues(fields)).where(eq(planItems.id, id)).run()
      touch(ctx, row)
      ctx.auditDetail({ name: fields.name, before: existing })
      return readPlan(ctx.db, planRow(ctx.db, row.id))
    }
  },
  'plans:removeItem': {
    tx: (ctx, { id }) => {
      const existing = ctx.db.select().from(planItems).where(eq(planItems.id, id)).get()
      if (!existing) throw notFound('这条计划事项')
      const row = planRow(ctx.db, existing.planId)
      assertDraft(row)
      ctx.db.delete(planItems).where(eq(planItems.id, id)).run()
      touch(ctx, row)
      ctx.auditDetail({ name: existing.name, before: existing })
      return readPlan(ctx.db, planRow(ctx.db, row.id))
    }
  },
  'plans:setStatus': {
    tx: (ctx, { id, status }) => {
      const row = planRow(ctx.db, id)
      assertDraft(row)
      ctx.db.update(plans).set({ status, updatedAt: ctx.now }).where(eq(plans.id, id)).run()
      return readPlan(ctx.db, planRow(ctx.db, id))
    }
  },
  'plans:publish': {
    tx: (ctx, { id }) => {
      const row = planRow(ctx.db, id)
      assertDraft(row)
      const count = ctx.db.select({ id: planItems.id }).from(planItems).where(and(eq(planItems.planId, id), isNull(planItems.addedByAdjustmentId))).all().length
      if (count === 0) throw new ServiceError('VALIDATION', '计划还没有任何抽查任务，不能发布：请先添加计划事项')
      // Publication freezes version 1: later changes are adjustments (003 §二(二)).
      ctx.db.update(plans).set({ status: '已发布', publishedAt: ctx.today, updatedAt: ctx.now }).where(eq(plans.id, id)).run()
      ctx.auditDetail({ name: row.title, items: count })
      return readPlan(ctx.db, planRow(ctx.db, id))
    }
  },
  'plans:file': {
    tx: (ctx, { id, filedDate, filedOffice }) => {
      const row = planRow(ctx.db, id)
      if (row.status === '草拟' || row.status === '征求意见') throw new ServiceError('CONFLICT', '计划发布后才能报备：请先发布计划')
      if (row.publishedAt && filedDate < row.publishedAt) throw new ServiceError('VALIDATION', `报备日期不能早于发布日期（${row.publishedAt}）`, 'filedDate')
      ctx.db.update(plans).set({ status: '已报备', filedDate, filedOffice, updatedAt: ctx.now }).where(eq(plans.id, id)).run()
      return readPlan(ctx.db, planRow(ctx.db, id))
    }
  },
  'plans:adjust': {
    tx: (ctx, input) => {
      const row = planRow(ctx.db, input.planId)
      if (isDraft(row)) throw new ServiceError('CONFLICT', '计划还没有发布，可以直接修改计划事项，不需要做计划调整')
      assertLink(ctx, input.linkKind, input.linkId, 'linkKind')
      if (row.publishedAt && input.date < row.publishedAt) {
        throw new ServiceError('VALIDATION', `调整日期不能早于计划发布日期（${row.publishedAt}）`, 'date')
      }
      const states = itemsAtVersion(ctx.db, row.id, planVersion(ctx.db, row))
      const base = {
        planId: row.id,
        kind: input.kind,
        reason: input.reason,
        date: input.date,
        published: true,
        publishedAt: ctx.today,
        linkKind: input.linkKind,
        linkId: input.linkId,
        operator: ctx.operator
      }
      if (input.kind === '增加') {
        const fields = assertPlanItem(ctx, row.year, input.item!, 'item')
        const adjustment = ctx.db.insert(planAdjustments).values({ ...base, changes: { name: [null, fields.name] } }).returning().get()
        const item = ctx.db
          .insert(planItems)
          .values({ planId: row.id, seq: states.length + 1, addedByAdjustmentId: adjustment.id, ...planItemValues(fields) })
          .returning({ id: planItems.id })
          .get()
        ctx.db.update(planAdjustments).set({ planItemId: item.id }).where(eq(planAdjustments.id, adjustment.id)).run()
        ctx.auditDetail({ name: fields.name, kind: input.kind })
      } else {
        const state = states.find((s) => s.row.id === input.planItemId)
        if (!state) throw new ServiceError('VALIDATION', '所选计划事项不在本年度计划中，请刷新后重新选择', 'planItemId')
        if (state.cancelled) throw new ServiceError('CONFLICT', `“${state.fields.name}”已经取消，不能再${input.kind}`, 'planItemId')
        let changes: Record<string, [unknown, unknown]> = {}
        if (input.kind === '调整') {
          const fields = assertPlanItem(ctx, row.year, input.item!, 'item')
          changes = changedFields(state.fields, fields)
          if (Object.keys(changes).length === 0) throw new ServiceError('VALIDATION', '调整后的内容与现行计划相同：请修改要调整的栏目', 'item')
        }
        ctx.db.insert(planAdjustments).values({ ...base, planItemId: state.row.id, changes }).run()
        ctx.auditDetail({ name: state.fields.name, kind: input.kind })
      }
      touch(ctx, row)
      return readPlan(ctx.db, planRow(ctx.db, row.id))
    }
  },
  'plans:estimate': {
    tx: (ctx, { year, version }) => {
      const row = planRowOfYear(ctx.db, year)
      const { ratioCapPercent } = readPlanSettings(ctx.db)
      return itemsAtVersion(ctx.db, row.id, version ?? planVersion(ctx.db, row))
        .filter((s) => !s.cancelled)
        .map((s) => estimatePlanItem(ctx.sqlite, year, s.fields, ratioCapPercent, s.row.id))
    }
  },
  'plans:estimateItem': {
    tx: (ctx, { year, item }) => estimatePlanItem(ctx.sqlite, year, item, readPlanSettings(ctx.db).ratioCapPercent)
  },
  'plans:coverage': { tx: (ctx, { year }) => planCoverage(ctx, year) },
  'plans:setCoverageReason': {
    tx: (ctx, { planId, checklistCode, reason }) => {
      const row = planRow(ctx.db, planId)
      ctx.db.delete(planCoverageNotes).where(and(eq(planCoverageNotes.planId, planId), eq(planCoverageNotes.checklistCode, checklistCode))).run()
      if (reason !== '') ctx.db.insert(planCoverageNotes).values({ planId, checklistCode, reason, updatedAt: ctx.now }).run()
      ctx.auditDetail({ name: checklistCode, reason })
      return planCoverage(ctx, row.year)
    }
  },
  'plans:formOptions': {
    tx: (ctx) => {
      const extra = new Map(
        (ctx.sqlite.prepare('SELECT id, target_type AS targetType, methods FROM checklist_items').all() as { id: number; targetType: string; methods: string }[]).map((c) => [
          c.id,
          c
        ])
      )
      return {
        departments: listDepartments(ctx.db, false).map((d) => ({ id: d.id, name: d.name, shortName: d.shortName })),
        checklistItems: readChecklistItems(ctx.sqlite, 'current', ctx.today).map((c) => ({
          id: c.id,
          code: c.code,
          name: c.name,
          departmentId: c.departmentId,
          departmentName: c.departmentName,
          category: c.category,
          targetType: extra.get(c.id)?.targetType ?? '',
          methods: JSON.parse(extra.get(c.id)?.methods ?? '[]')
        })),
        specialDirectories: ctx.db.select({ id: specialDirectories.id, name: specialDirectories.name }).from(specialDirectories).all(),
        settings: readPlanSettings(ctx.db)
      }
    }
  },
  'plans:updateSettings': { tx: (ctx, input) => writePlanSettings(ctx.db, input, ctx.now) }
}
