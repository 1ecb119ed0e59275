import { verifyAuditChain } from '../../services/auditChain'
import { CliFailure, type CliContext } from '../cliContext'

/** `spotcheck audit verify`: exit 0 when the hash chain is intact, 1 naming the first broken row. */
export function auditCommand(ctx: CliContext): number {
  const [, sub] = ctx.args.positional
  if (sub !== 'verify') throw new CliFailure('用法：spotcheck audit verify [--db FILE]', 2)
  const verdict = verifyAuditChain(ctx.services().deps.store.sqlite)
  if (verdict.intact) {
    ctx.out(`操作记录完整：共 ${verdict.rows} 条，哈希链无断裂。`)
    return 0
  }
  ctx.out(`操作记录被改动：${verdict.reason}（第一处断裂在第 ${verdict.brokenSeq} 条）。`)
  return 1
}
