import { weekdaysBetween } from '@shared/domain/weekdaysBetween'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { readRouteVisits, readTaskRoute, scheduleFrom, taskWindow } from './tasks/readTaskRoute'
import { scheduleVisits, type BusyVisit } from './tasks/scheduleVisits'

/** Other tasks' planned visits in the window whose groups share an inspector with this task's groups. */
function busyElsewhere(ctx: ServiceContext, taskId: number, start: string, end: string, inspectors: Set<number>): BusyVisit[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT v.planned_date AS date, t.town, json_group_array(gm.inspector_id) AS ids
         FROM visits v JOIN targets t ON t.id = v.target_id
         JOIN inspection_groups g ON g.id = (SELECT min(g2.id) FROM inspection_groups g2 WHERE g2.visit_id = v.id)
         JOIN group_members gm ON gm.group_id = g.id AND gm.replaced_by IS NULL
        WHERE v.planned_date BETWEEN ? AND ?
          AND v.id NOT IN (SELECT visit_id FROM task_targets WHERE task_id = ? AND visit_id IS NOT NULL)
        GROUP BY v.id`
    )
    .all(start, end, taskId) as { date: string; town: string; ids: string }[]
  return rows
    .map((r) => ({ date: r.date, town: r.town, inspectorIds: (JSON.parse(r.ids) as number[]).filter((id) => inspectors.has(id)) }))
    .filter((r) => r.inspectorIds.length > 0)
}

/** 路线图、时间表 (issue 8 §2; 002 §三 牵头部门明确路线图、时间表). */
export const taskRouteHandlers: Pick<HandlerMap, 'tasks:route' | 'tasks:scheduleRoute' | 'tasks:setVisitDate'> = {
  'tasks:route': { tx: (ctx, { taskId }) => readTaskRoute(ctx.sqlite, taskId) },
  'tasks:scheduleRoute': {
    tx: (ctx, { taskId, perDay }) => {
      const task = taskWindow(ctx.sqlite, taskId)
      const visits = readRouteVisits(ctx.sqlite, taskId)
      if (visits.length === 0) throw new ServiceError('CONFLICT', '本任务还没有摇号抽取检查对象，没有可安排的检查：请先摇号')
      const withoutGroup = visits.filter((v) => v.inspectorIds.length === 0).length
      if (withoutGroup > 0) {
        throw new ServiceError('CONFLICT', `还有${withoutGroup}户检查对象没有匹配检查人员：请先在摇号页面匹配检查人员，再安排路线和时间`)
      }
      const days = weekdaysBetween(scheduleFrom(ctx.sqlite, taskId), task.periodEnd)
      // A visit whose notice is issued keeps the date the notice names; it still takes its group's time.
      const fixed = visits.filter((v) => v.noticeIssued && v.date !== null)
      const open = visits.filter((v) => !fixed.includes(v))
      const inspectors = new Set(visits.flatMap((v) => v.inspectorIds))
      const busy = [
        ...busyElsewhere(ctx, taskId, task.periodStart, task.periodEnd, inspectors),
        ...fixed.map((v) => ({ date: v.date!, town: v.town, inspectorIds: v.inspectorIds }))
      ]
      const plan = scheduleVisits(
        open.map((v) => ({ id: v.visitId, town: v.town, groupKey: v.groupKey, inspectorIds: v.inspectorIds, sortKey: v.address })),
        { days, perDay, busy }
      )
      const setDate = ctx.sqlite.prepare('UPDATE visits SET planned_date = ? WHERE id = ?')
      for (const v of open) setDate.run(plan.dates.get(v.visitId) ?? null, v.visitId)
      ctx.sqlite.prepare('UPDATE tasks SET route_visits_per_day = ?, updated_at = ? WHERE id = ?').run(perDay, ctx.now, taskId)
      ctx.auditDetail({ perDay, scheduled: plan.dates.size, unscheduled: plan.unscheduled.length, kept: fixed.length })
      return readTaskRoute(ctx.sqlite, taskId)
    }
  },
  'tasks:setVisitDate': {
    tx: (ctx, { taskId, visitId, date }) => {
      const task = taskWindow(ctx.sqlite, taskId)
      const visit = readRouteVisits(ctx.sqlite, taskId).find((v) => v.visitId === visitId)
      if (!visit) throw new ServiceError('NOT_FOUND', '这户检查对象不在本任务中，请刷新后重试')
      if (visit.noticeIssued) {
        throw new ServiceError('CONFLICT', `“${visit.targetName}”的行政检查通知书已开具，检查日期以通知书为准；如需改期，请先作废通知书`, 'date')
      }
      if (date < task.periodStart || date > task.periodEnd) {
        throw new ServiceError('VALIDATION', `检查日期应在实地检查期间（${task.periodStart} 至 ${task.periodEnd}）内`, 'date')
      }
      ctx.sqlite.prepare('UPDATE visits SET planned_date = ? WHERE id = ?').run(date, visitId)
      ctx.auditDetail({ target: visit.targetName, before: visit.date, after: date })
      return readTaskRoute(ctx.sqlite, taskId)
    }
  }
}
