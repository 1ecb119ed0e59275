import { inArray } from 'drizzle-orm'
import type { ChecklistAdjustmentDto, ChecklistItemDto } from '@shared/domain/checklist'
import { checklistFieldLabels } from '@shared/domain/checklist'
import type { ChecklistAdjustmentKind } from '@shared/domain/enums'
import { checklistAdjustments } from '../db/schema'
import { readChecklistItems } from './checklist/readChecklistItems'
import { exportChecklist } from './imports/exportChecklist'
import { abolishChecklistItem, createChecklistItem, updateChecklistItem } from './checklist/saveChecklistItem'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { notFound, ServiceError } from './serviceError'

function readItem(ctx: ServiceContext, id: number): ChecklistItemDto {
  const [dto] = readChecklistItems(ctx.sqlite, ctx.today, { ids: [id] })
  if (!dto) throw notFound('这条抽查事项')
  return dto
}

interface AdjustmentSqlRow {
  id: number
  kind: ChecklistAdjustmentKind
  checklist_item_id: number
  previous_item_id: number | null
  changes: string
  reason: string
  effective_date: string
  published: number
  published_at: string | null
  operator: string
  at: string
  version: number
  code: string
  item_name: string
  department_name: string
}

/** 调整记录, newest first (004 §(八) 及时公布调整情况). */
export function readChecklistAdjustments(ctx: ServiceContext, filter: { departmentId?: number; unpublishedOnly?: boolean; ids?: number[] } = {}): ChecklistAdjustmentDto[] {
  const where: string[] = ['1 = 1']
  const params: unknown[] = []
  if (filter.departmentId !== undefined) {
    where.push('c.department_id = ?')
    params.push(filter.departmentId)
  }
  if (filter.unpublishedOnly) where.push('a.published = 0')
  if (filter.ids) {
    where.push('a.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(filter.ids))
  }
  const rows = ctx.sqlite
    .prepare(
      `SELECT a.*, c.version, c.code, c.name AS item_name, d.short_name AS department_name
       FROM checklist_adjustments a JOIN checklist_items c ON c.id = a.checklist_item_id JOIN departments d ON d.id = c.department_id
       WHERE ${where.join(' AND ')} ORDER BY a.at DESC, a.id DESC`
    )
    .all(...params) as AdjustmentSqlRow[]
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    checklistItemId: row.checklist_item_id,
    previousItemId: row.previous_item_id,
    version: row.version,
    code: row.code,
    itemName: row.item_name,
    departmentName: row.department_name,
    changes: Object.entries(JSON.parse(row.changes) as Record<string, [unknown, unknown]>).map(([field, [before, after]]) => ({
      field,
      label: checklistFieldLabels[field] ?? field,
      before: String(before ?? ''),
      after: String(after ?? '')
    })),
    reason: row.reason,
    effectiveDate: row.effective_date,
    published: row.published === 1,
    publishedAt: row.published_at,
    operator: row.operator,
    at: row.at
  }))
}

export const checklistHandlers: Pick<
  HandlerMap,
  | 'checklist:list'
  | 'checklist:versions'
  | 'checklist:create'
  | 'checklist:update'
  | 'checklist:abolish'
  | 'checklist:adjustments'
  | 'checklist:publishAdjustments'
  | 'checklist:export'
> = {
  'checklist:list': { tx: (ctx, input) => readChecklistItems(ctx.sqlite, ctx.today, input) },
  'checklist:versions': {
    tx: (ctx, { id }) => {
      const ids = ctx.sqlite
        .prepare('SELECT id FROM checklist_items WHERE coalesce(root_id, id) = (SELECT coalesce(root_id, id) FROM checklist_items WHERE id = ?) ORDER BY version DESC')
        .pluck()
        .all(id) as number[]
      if (ids.length === 0) throw notFound('这条抽查事项')
      return readChecklistItems(ctx.sqlite, ctx.today, { ids }).sort((a, b) => b.version - a.version)
    }
  },
  'checklist:create': {
    tx: (ctx, { reason, ...values }) => readItem(ctx, createChecklistItem(ctx, values, reason).id)
  },
  'checklist:update': {
    tx: (ctx, { id, reason, effectiveDate, ...values }) => {
      const saved = updateChecklistItem(ctx, id, values, { reason, effectiveDate })
      if (saved.outcome === 'unchanged') throw new ServiceError('VALIDATION', '没有改动任何内容：修改后再保存，或点“取消”关闭')
      ctx.auditDetail({ outcome: saved.outcome, previousId: id })
      return readItem(ctx, saved.id)
    }
  },
  'checklist:abolish': {
    tx: (ctx, { id, reason, effectiveDate }) => {
      abolishChecklistItem(ctx, id, { reason, effectiveDate })
      return readItem(ctx, id)
    }
  },
  'checklist:adjustments': { tx: (ctx, input) => readChecklistAdjustments(ctx, input) },
  'checklist:export': { async: exportChecklist },
  'checklist:publishAdjustments': {
    tx: (ctx, { ids }) => {
      const found = ctx.db.select({ id: checklistAdjustments.id }).from(checklistAdjustments).where(inArray(checklistAdjustments.id, ids)).all()
      if (found.length !== new Set(ids).size) throw notFound('所选的调整记录')
      ctx.sqlite
        .prepare('UPDATE checklist_adjustments SET published = 1, published_at = ? WHERE published = 0 AND id IN (SELECT value FROM json_each(?))')
        .run(ctx.now, JSON.stringify(ids))
      return readChecklistAdjustments(ctx, { ids })
    }
  }
}
