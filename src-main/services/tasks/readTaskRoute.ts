import type Database from 'better-sqlite3'
import type { RouteRowDto, TaskRouteDto } from '@shared/domain/taskRoute'
import { addDays } from '@shared/domain/addDays'
import { weekdaysBetween } from '@shared/domain/weekdaysBetween'
import type { ImplementationPlan } from '../../db/schema'
import { notFound } from '../serviceError'

export interface RouteVisit extends RouteRowDto {
  /** Inspectors of the group, replaced members left out; empty when the visit has no group yet. */
  inspectorIds: number[]
  groupKey: string
}

interface TaskWindow {
  id: number
  periodStart: string
  periodEnd: string
  perDay: number
}

export function taskWindow(sqlite: Database.Database, taskId: number): TaskWindow {
  const row = sqlite
    .prepare('SELECT id, period_start AS periodStart, period_end AS periodEnd, route_visits_per_day AS perDay FROM tasks WHERE id = ?')
    .get(taskId) as TaskWindow | undefined
  if (!row) throw notFound('这个联合抽查任务')
  return row
}

/**
 * The first day visits may be planned on: the on-site window's start, but not before the day after
 * the 实施方案's draw date and notice date (the notice is served before the inspectors come).
 */
export function scheduleFrom(sqlite: Database.Database, taskId: number): string {
  const row = sqlite.prepare('SELECT period_start AS start, implementation_plan AS plan FROM tasks WHERE id = ?').get(taskId) as { start: string | null; plan: string }
  const plan = JSON.parse(row.plan) as ImplementationPlan
  const after = [plan.drawDate, plan.noticeDate].filter((d): d is string => !!d).map((d) => addDays(d, 1))
  return [row.start ?? '', ...after].reduce((a, b) => (b > a ? b : a))
}

/**
 * The task's visits with their target and group: the group on the visit may be another task's (a
 * merged visit, 004 §(二十)); one group per visit is taken (the first formed).
 */
export function readRouteVisits(sqlite: Database.Database, taskId: number): RouteVisit[] {
  const visits = sqlite
    .prepare(
      `SELECT DISTINCT v.id AS visitId, v.planned_date AS date, t.town, t.name AS targetName,
              coalesce(nullif(t.uscc, ''), t.reg_no, '') AS targetCode, t.address,
              (SELECT min(g.id) FROM inspection_groups g WHERE g.visit_id = v.id) AS groupId,
              (SELECT group_concat(o.code, '、') FROM task_targets ot JOIN tasks o ON o.id = ot.task_id WHERE ot.visit_id = v.id AND ot.task_id <> ?) AS merged,
              EXISTS (SELECT 1 FROM notices n WHERE n.visit_id = v.id AND n.status = '有效') AS noticeIssued
         FROM task_targets tt JOIN visits v ON v.id = tt.visit_id JOIN targets t ON t.id = v.target_id
        -- 004 §(三十): a target found 不再检查 in 预查 (注销、无法联系、迁出) is not visited.
        WHERE tt.task_id = ? AND tt.outcome IN ('待检查', '已检查')`
    )
    .all(taskId, taskId) as (Omit<RouteVisit, 'groupName' | 'leader' | 'members' | 'inspectorIds' | 'groupKey' | 'mergedWith' | 'noticeIssued'> & {
    groupId: number | null
    merged: string | null
    noticeIssued: number
  })[]
  const members = sqlite
    .prepare(
      `SELECT gm.group_id AS groupId, g.name AS groupName, gm.inspector_id AS inspectorId, i.name, gm.is_leader AS leader
         FROM group_members gm JOIN inspection_groups g ON g.id = gm.group_id JOIN inspectors i ON i.id = gm.inspector_id
        WHERE gm.replaced_by IS NULL AND gm.group_id IN (SELECT value FROM json_each(?))
        ORDER BY gm.seat, gm.id`
    )
    .all(JSON.stringify(visits.flatMap((v) => (v.groupId === null ? [] : [v.groupId])))) as {
    groupId: number
    groupName: string
    inspectorId: number
    name: string
    leader: number
  }[]
  const groups = new Map<number, typeof members>()
  for (const m of members) groups.set(m.groupId, [...(groups.get(m.groupId) ?? []), m])
  return visits.map(({ groupId, merged, noticeIssued, ...v }) => {
    const group = groupId === null ? [] : (groups.get(groupId) ?? [])
    const inspectorIds = group.map((m) => m.inspectorId)
    return {
      ...v,
      groupName: group[0]?.groupName ?? '',
      leader: group.find((m) => m.leader === 1)?.name ?? '',
      members: group.filter((m) => m.leader !== 1).map((m) => m.name),
      mergedWith: merged ? merged.split('、') : [],
      noticeIssued: noticeIssued === 1,
      inspectorIds,
      groupKey: [...inspectorIds].sort((a, b) => a - b).join(',')
    }
  })
}

/** The route and timetable as the page and the 实施方案's 附件 show it: by date, group, town, address. */
export function readTaskRoute(sqlite: Database.Database, taskId: number): TaskRouteDto {
  const task = taskWindow(sqlite, taskId)
  const visits = readRouteVisits(sqlite, taskId)
  const from = task.periodStart ? scheduleFrom(sqlite, taskId) : ''
  const rows: RouteRowDto[] = visits
    .map(({ inspectorIds: _ids, groupKey: _key, ...row }) => row)
    .sort(
      (a, b) =>
        (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
        a.leader.localeCompare(b.leader, 'zh-CN') ||
        a.town.localeCompare(b.town, 'zh-CN') ||
        a.address.localeCompare(b.address, 'zh-CN') ||
        a.visitId - b.visitId
    )
  return {
    taskId,
    perDay: task.perDay,
    windowStart: task.periodStart,
    windowEnd: task.periodEnd,
    scheduleFrom: from,
    workingDays: from && task.periodEnd ? weekdaysBetween(from, task.periodEnd) : [],
    rows,
    unscheduled: rows.filter((r) => r.date === null).length,
    withoutGroup: visits.filter((v) => v.inspectorIds.length === 0).length
  }
}
