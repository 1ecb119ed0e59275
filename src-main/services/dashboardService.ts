import type Database from 'better-sqlite3'
import type { AttentionItem, Counts } from '@shared/dashboard'
import { listDepartments } from './departmentsService'
import { isDemoLoaded } from './demo/isDemoLoaded'
import type { HandlerMap } from './serviceHost'
// issue 5: overdue decisions
import { countOverdueDecisions } from './meetingsService'
// issue 7 §3: the units' plan submissions
import { readSubmissions } from './planFormsService'

const countQueries: Record<keyof Counts, string> = {
  departments: 'SELECT count(*) AS n FROM departments WHERE active = 1',
  checklistItems: 'SELECT count(*) AS n FROM checklist_items WHERE valid_to IS NULL',
  targets: 'SELECT count(*) AS n FROM targets',
  inspectors: 'SELECT count(*) AS n FROM inspectors',
  plans: 'SELECT count(*) AS n FROM plans',
  tasks: 'SELECT count(*) AS n FROM tasks',
  meetings: 'SELECT count(*) AS n FROM meetings'
}

/** The counts on the home screen and in `spotcheck status --json`. */
export function countAll(sqlite: Database.Database): Counts {
  const counts = {} as Counts
  for (const [key, sql] of Object.entries(countQueries) as [keyof Counts, string][]) {
    counts[key] = (sqlite.prepare(sql).get() as { n: number }).n
  }
  return counts
}

export const dashboardHandlers: Pick<HandlerMap, 'dashboard:summary'> = {
  'dashboard:summary': {
    tx: (ctx) => {
      const units = listDepartments(ctx.db, false)
      const attention: AttentionItem[] = []
      if (units.length === 0) {
        attention.push({ level: 'warning', text: '还没有成员单位：请先在“成员单位”中录入联席会议的成员单位。', route: '/departments' })
      }
      if (units.length > 0 && !units.some((u) => u.isLead)) {
        attention.push({ level: 'warning', text: '没有设置牵头单位：请在“成员单位”中把市场监管部门设为牵头单位。', route: '/departments' })
      }
      // seeds/001 附件 §三: every member unit names a liaison officer.
      const withoutLiaison = units.filter((u) => !u.liaisonName || !u.liaisonPhone)
      if (withoutLiaison.length > 0) {
        attention.push({
          level: 'warning',
          text: `${withoutLiaison.length} 个成员单位未填联络员或联系电话：${withoutLiaison.map((u) => u.shortName).join('、')}`,
          route: '/departments'
        })
      }
      // issue 5 §4 (seeds/001 附件 §三: the office 督促落实联席会议议定事项): overdue decisions.
      const overdueDecisions = countOverdueDecisions(ctx.db, ctx.today)
      if (overdueDecisions > 0) {
        attention.push({ level: 'warning', text: `${overdueDecisions} 项联席会议议定事项已逾期未完成，请督促责任单位落实。`, route: '/decisions' })
      }
      // issue 7 §3 (seeds/002 四(二): units send their plans before March): the plan being drafted.
      const drafting = ctx.sqlite.prepare("SELECT year FROM plans WHERE status IN ('草拟', '征求意见') ORDER BY year DESC LIMIT 1").get() as { year: number } | undefined
      let planSubmissions = null
      if (drafting) {
        const s = readSubmissions(ctx, drafting.year)
        const overdue = s.units.filter((u) => u.overdue).map((u) => u.shortName)
        planSubmissions = { year: s.year, submitted: s.submitted, total: s.total, deadline: s.deadline, daysLeft: s.daysLeft, overdue }
        if (overdue.length > 0) {
          attention.push({ level: 'warning', text: `${s.year}年度计划报送已过截止日（${s.deadline}），${overdue.length} 个单位未报送：${overdue.join('、')}`, route: '/plans' })
        }
      }
      return { counts: countAll(ctx.sqlite), attention, demo: isDemoLoaded(ctx.db), overdueDecisions, planSubmissions }
    }
  }
}
