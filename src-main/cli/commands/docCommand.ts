import { writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { IssuedFileDto } from '@shared/dashboard'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'

/** Document kinds the CLI writes, each through its contract channel (so each is registered). */
const kinds: Record<string, { channel: string; label: string }> = {
  members: { channel: 'documents:exportMembers', label: '联席会议成员单位及联络员名单' },
  checklist: { channel: 'documents:exportChecklist', label: '抽查事项清单' }
}

/** `spotcheck doc KIND --out FILE.docx` */
export async function docCommand(ctx: CliContext): Promise<number> {
  const [, kind] = ctx.args.positional
  const out = option(ctx.args, 'out')
  const spec = kind ? kinds[kind] : undefined
  if (!spec || !out) throw new CliFailure(`用法：spotcheck doc ${Object.keys(kinds).join('|')} --out 文件.docx [--db FILE]`, 2)
  if (!/\.docx$/i.test(out)) throw new CliFailure('输出文件名应以 .docx 结尾', 2)
  const issued = await call<IssuedFileDto>(ctx, spec.channel, { fileName: basename(out) })
  writeFileSync(resolve(out), Buffer.from(issued.base64, 'base64'))
  ctx.out(`已生成${spec.label}：${resolve(out)}（SHA-256 ${issued.sha256}）`)
  return 0
}
