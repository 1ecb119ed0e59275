import { auditCommand } from './cli/commands/auditCommand'
import { backupCommand, restoreCommand } from './cli/commands/backupCommands'
import { docCommand } from './cli/commands/docCommand'
import { seedDemoCommand } from './cli/commands/seedDemoCommand'
import { statusCommand } from './cli/commands/statusCommand'
// issue 5: liaison meetings
import { meetingsCommand } from './cli/commands/meetingsCommand'
import { CliFailure, createCliContext, type CliContext } from './cli/cliContext'
import { parseArgs, UsageError } from './cli/parseArgs'

/** `spotcheck`: the office's command line over the same services as the app (issue 2 §10). */
const commands: Record<string, (ctx: CliContext) => number | Promise<number>> = {
  'seed-demo': seedDemoCommand,
  status: statusCommand,
  audit: auditCommand,
  backup: backupCommand,
  restore: restoreCommand,
  doc: docCommand,
  // issue 5: liaison meetings
  meetings: meetingsCommand
}

const usage = `用法：spotcheck <命令> [--db 数据库文件]
  seed-demo                       向空数据库载入示范县数据
  status [--json]                 各类数据的数量
  audit verify                    校验操作记录的哈希链（完整退出码0，被改动退出码1）
  backup --out FILE               在线备份数据库并校验
  restore FILE                    校验备份后恢复（原数据库另存为 .pre-restore-*.bak）
  doc members --out FILE.docx     导出联席会议成员单位及联络员名单
  meetings list [--json]          联席会议列表（新的在前）`

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db', 'out'])
  const name = args.positional[0]
  if (!name || args.switches.has('help')) {
    process.stdout.write(`${usage}\n`)
    return name || args.switches.has('help') ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`没有“${name}”这个命令。\n${usage}\n`)
    return 2
  }
  const ctx = createCliContext(args)
  try {
    return await command(ctx)
  } finally {
    ctx.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`${message}\n`)
    process.exit(error instanceof CliFailure ? error.exitCode : error instanceof UsageError ? 2 : 1)
  }
)
