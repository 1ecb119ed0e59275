import type { DepartmentDto } from '@shared/domain/departments'
import { call, CliFailure, type CliContext } from '../cliContext'

/** `spotcheck departments list [--json]` (issue 7 §6): the member units in the office's order. */
export async function departmentsCommand(ctx: CliContext): Promise<number> {
  const [, sub] = ctx.args.positional
  if (sub !== 'list') throw new CliFailure('用法：spotcheck departments list [--json] [--db FILE]', 2)
  const units = await call<DepartmentDto[]>(ctx, 'departments:list', { includeInactive: true })
  if (ctx.args.switches.has('json')) {
    ctx.out(JSON.stringify(units.map(({ id, name, shortName }) => ({ id, name, shortName }))))
  } else {
    for (const u of units) ctx.out(`${u.id}\t${u.shortName}\t${u.name}${u.active ? '' : '（已停用）'}`)
  }
  return 0
}
