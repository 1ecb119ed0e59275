import type { DocumentCheckDto, IssuedDocumentDto } from '@shared/domain/documentCatalog'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'
import { readInputFile } from '../readInputFile'

const usage = `用法：spotcheck docs register [--json] [--search 关键词] [--db FILE]
      spotcheck docs check 文件.docx [--db FILE]`

/** `spotcheck docs register|check` (issue 9 §4): the 文书登记簿 and whether a file's bytes were issued here. */
export async function docsCommand(ctx: CliContext): Promise<number> {
  const [, sub, file] = ctx.args.positional
  if (sub === 'register') {
    const rows = await call<IssuedDocumentDto[]>(ctx, 'documents:register', { search: option(ctx.args, 'search') ?? '', limit: 2000 })
    if (ctx.args.switches.has('json')) {
      ctx.out(JSON.stringify(rows.map((r) => ({ kind: r.kind, number: r.number, file: r.fileName, sha256: r.sha256, operator: r.operator, at: r.at }))))
    } else {
      for (const r of rows) ctx.out(`${r.id}\t${r.at}\t${r.kindLabel}\t${r.number ?? ''}\t${r.fileName}\t${r.sha256.slice(0, 12)}\t${r.operator}`)
    }
    return 0
  }
  if (sub === 'check' && file) {
    const bytes = readInputFile(file, '文件')
    const result = await call<DocumentCheckDto>(ctx, 'documents:check', { base64: bytes.toString('base64'), fileName: file })
    if (!result.record) {
      ctx.out(`登记簿中没有这份文件（任何一个字节被改动都会这样显示）。SHA-256 ${result.sha256}`)
      return 1
    }
    const r = result.record
    ctx.out(`这份文件由本办公室于${r.at}由${r.operator}出具（登记号${r.id}）`)
    ctx.out(JSON.stringify({ kind: r.kind, number: r.number, file: r.fileName, sha256: r.sha256, operator: r.operator, at: r.at }))
    return 0
  }
  throw new CliFailure(usage, 2)
}
