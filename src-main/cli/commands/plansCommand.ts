import type { PlanCoverageDto, PlanSummaryDto } from '@shared/domain/plans'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'

const usage = `用法：spotcheck plans list [--json] [--db FILE]
      spotcheck plans coverage --year 年度 [--json] [--db FILE]`

/** Parses `--year`, failing with the usage when it is missing or not a year. */
export function yearOption(ctx: CliContext, usageText: string): number {
  const year = option(ctx.args, 'year')
  if (year === undefined) throw new CliFailure(`请用 --year 指定计划年度，如 --year 2026\n${usageText}`, 2)
  if (!/^\d{4}$/.test(year)) throw new CliFailure(`计划年度“${year}”无效：应为四位年份，如 2026`, 2)
  return Number(year)
}

/** `spotcheck plans list|coverage` (issue 7 §6): the annual plans, and a year's checklist coverage. */
export async function plansCommand(ctx: CliContext): Promise<number> {
  const [, sub] = ctx.args.positional
  const json = ctx.args.switches.has('json')
  if (sub === 'list') {
    const plans = await call<PlanSummaryDto[]>(ctx, 'plans:list')
    if (json) ctx.out(JSON.stringify(plans.map(({ year, status, version, items }) => ({ year, status, version, items }))))
    else for (const p of plans) ctx.out(`${p.year}\t${p.status}\t第${p.version}版\t${p.items}项\t${p.title}`)
    return 0
  }
  if (sub === 'coverage') {
    const coverage = await call<PlanCoverageDto>(ctx, 'plans:coverage', { year: yearOption(ctx, usage) })
    if (json) {
      ctx.out(
        JSON.stringify({
          covered: coverage.covered,
          uncovered: coverage.uncovered.map(({ checklistItem, department, reason }) => ({ checklistItem, department, reason }))
        })
      )
    } else {
      ctx.out(`已纳入计划的抽查事项：${coverage.covered}项；未纳入：${coverage.uncovered.length}项`)
      for (const u of coverage.uncovered) ctx.out(`${u.checklistItem}\t${u.department}\t${u.name}\t${u.reason || '（未填写原因）'}`)
    }
    return 0
  }
  throw new CliFailure(usage, 2)
}
