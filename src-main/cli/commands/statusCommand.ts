import type { Counts } from '@shared/dashboard'
import { countAll } from '../../services/dashboardService'
import type { CliContext } from '../cliContext'

const labels: Record<keyof Counts, string> = {
  departments: '成员单位',
  checklistItems: '抽查事项',
  targets: '检查对象',
  inspectors: '执法检查人员',
  plans: '年度计划',
  tasks: '抽查任务',
  meetings: '联席会议'
}

/** `spotcheck status [--json]` (issue 2 §10): the counts of the dashboard. */
export function statusCommand(ctx: CliContext): number {
  const counts = countAll(ctx.services().deps.store.sqlite)
  if (ctx.args.switches.has('json')) ctx.out(JSON.stringify(counts))
  else for (const key of Object.keys(labels) as (keyof Counts)[]) ctx.out(`${labels[key]}：${counts[key]}`)
  return 0
}
