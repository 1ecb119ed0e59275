import type { MeetingSummaryDto } from '@shared/domain/meetings'
import { CliFailure, type CliContext } from '../cliContext'

/** `spotcheck meetings list [--json]` (issue 5 §7): the meetings, newest first. */
export async function meetingsCommand(ctx: CliContext): Promise<number> {
  const [, sub] = ctx.args.positional
  if (sub !== 'list') throw new CliFailure('用法：spotcheck meetings list [--json] [--db FILE]', 2)
  const result = await ctx.services().invoke('meetings:list', {})
  if (!result.ok) throw new CliFailure(result.error.message)
  const meetings = result.value as MeetingSummaryDto[]
  if (ctx.args.switches.has('json')) {
    ctx.out(JSON.stringify(meetings.map(({ id, title, date, kind }) => ({ id, title, date, kind }))))
  } else {
    for (const m of meetings) ctx.out(`${m.id}\t${m.date}\t${m.kind}\t${m.status}\t${m.title}`)
  }
  return 0
}
