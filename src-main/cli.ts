import { CliFailure } from './cli/cliFailure'
import type { CliContext } from './cli/cliContext'
import { parseArgs, UsageError, type ParsedArgs } from './cli/parseArgs'

/**
 * `spotcheck`: the office's command line over the same services as the app (issue 2 §10).
 * Commands load on demand: one that needs no database never loads the services, drizzle, docx or
 * the SQLite driver, and starts as fast as plain Node.
 */
const commands: Record<string, () => Promise<(ctx: CliContext) => number | Promise<number>>> = {
  'seed-demo': async () => (await import('./cli/commands/seedDemoCommand')).seedDemoCommand,
  status: async () => (await import('./cli/commands/statusCommand')).statusCommand,
  audit: async () => (await import('./cli/commands/auditCommand')).auditCommand,
  backup: async () => (await import('./cli/commands/backupCommands')).backupCommand,
  restore: async () => (await import('./cli/commands/backupCommands')).restoreCommand,
  doc: async () => (await import('./cli/commands/docCommand')).docCommand,
  meetings: async () => (await import('./cli/commands/meetingsCommand')).meetingsCommand,
  // issue 3: Excel import/export of the directories
  import: async () => (await import('./cli/commands/importCommand')).importCommand,
  export: async () => (await import('./cli/commands/exportCommand')).exportCommand,
  // issue 7: member units and annual plans
  departments: async () => (await import('./cli/commands/departmentsCommand')).departmentsCommand,
  plans: async () => (await import('./cli/commands/plansCommand')).plansCommand,
  // issue 9: 文书登记簿, office key, 核验
  docs: async () => (await import('./cli/commands/docsCommand')).docsCommand,
  keys: async () => (await import('./cli/commands/keysCommand')).keysCommand,
  'verify-notice': async () => (await import('./cli/commands/verifyNoticeCommand')).verifyNoticeCommand,
  // issue 8a: joint tasks
  tasks: async () => (await import('./cli/commands/tasksCommand')).tasksCommand
}

// Issue 4: the draw engine's commands, for third parties checking a draw; no database is opened.
const standaloneCommands: Record<string, () => Promise<(args: ParsedArgs) => number>> = {
  draw: async () => (await import('./cli/commands/drawCommand')).drawCommand,
  verify: async () => (await import('./cli/commands/verifyCommand')).verifyCommand,
  rfc3797: async () => (await import('./cli/commands/rfc3797Command')).rfc3797Command,
  // issue 3: 统一社会信用代码 check, no database
  uscc: async () => (await import('./cli/commands/usccCommand')).usccCommand
}
const standaloneValueOptions = ['pool', 'count', 'secret', 'entropy', 'pool-size', 'source']
// issue 9: options of docs and verify-notice
const documentValueOptions = ['public-key', 'search']
// issue 3: options of import/export (kept here so the export command loads only when used)
const directoryValueOptions = ['report', 'text', 'kind', 'town', 'industry', 'risk', 'status', 'tag', 'region', 'department']
// issue 8c: doc notices|record-forms --task ID
const taskValueOptions = ['task']
const standaloneUsage = `
  draw --pool FILE --count N [--secret HEX] [--entropy TEXT] --out PROOF.json
                                  从号池文件（每行一个标识）摇号，写出证明（不用数据库）
  verify PROOF.json [--pool FILE] 复核摇号证明（通过退出码0并输出“通过”，不符退出码1并说明原因）
  rfc3797 --pool-size P --count N --source "9319" --source "2 5 12 8 10" …
                                  按 RFC 3797 选取，最后一行输出选中的序号（从1起）`

const usage = `用法：spotcheck <命令> [--db 数据库文件]
  seed-demo                       向空数据库载入示范县数据
  status [--json]                 各类数据的数量
  audit verify                    校验操作记录的哈希链（完整退出码0，被改动退出码1）
  backup --out FILE               在线备份数据库并校验
  restore FILE                    校验备份后恢复（原数据库另存为 .pre-restore-*.bak）
  doc members --out FILE.docx     导出联席会议成员单位及联络员名单
  doc checklist --out FILE.docx   导出抽查事项清单
  doc minutes --meeting ID --out FILE.docx         导出已签发的会议纪要
  doc meeting-notice --meeting ID --out FILE.docx  导出会议通知（含回执）
  doc decisions-report --out FILE.docx             导出议定事项落实情况通报
  meetings list [--json]          联席会议列表（新的在前）
  import targets|inspectors|checklist 文件.xlsx [--skip-invalid] [--report 报告.json]
                                  从 Excel 导入名录（有无效行时默认整个文件不导入，退出码1）
  export targets|inspectors|checklist 文件.xlsx [筛选条件]
                                  按筛选条件导出名录（可原样再导入）
  uscc 代码 …                     校验统一社会信用代码（全部有效退出码0）
  departments list [--json]       成员单位列表（按本办排序）
  plans list [--json]             年度抽查计划列表
  plans coverage --year Y [--json]                 抽查事项清单的计划覆盖情况
  doc plan --year Y --out FILE.docx                导出年度联合抽查工作计划（调整后）
  doc plan-adjustments --year Y --out FILE.docx    导出计划调整公告
  doc task-announcement --task ID --out FILE.docx  导出抽查任务公告（名单锁定后）
  doc groups --task ID --out FILE.docx             导出检查组名单（内部资料）
  docs register [--json] [--search 关键词]          文书登记簿（新的在前）
  docs check FILE.docx            这份文件是否本办公室出具（原样未改退出码0，否则1）
  keys public [--out FILE.pem]    写出本办公室的文书核验公钥（PEM）
  verify-notice "SCV1|…" [--public-key FILE.pem]   核验通知书二维码（真实退出码0，否则1）
  export plan-form --year Y --department 单位 FILE.xlsx   导出该单位的年度计划填报表（预填现行清单事项）
  import plan-form FILE.xlsx [--skip-invalid] [--report 报告.json]   导入单位报送的计划填报表
  export plan --year Y FILE.xlsx                   导出年度计划表（上报格式）
  doc notices --task ID --out FILE.docx            导出任务的行政检查通知书（已编号的，每份一页）
  doc record-forms --task ID --out FILE.docx       导出任务的实地核查记录表（一对象一表）
  tasks list [--json]             联合抽查任务列表
  tasks show ID [--json]          一个任务及其检查对象、检查组
  doc task-plan --task ID --out FILE.docx          导出任务的实施方案（附检查路线和时间表）${standaloneUsage}`

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db', 'out', 'meeting', 'year', ...standaloneValueOptions, ...directoryValueOptions, ...documentValueOptions, ...taskValueOptions])
  const name = args.positional[0]
  if (!name || args.switches.has('help')) {
    process.stdout.write(`${usage}\n`)
    return name || args.switches.has('help') ? 0 : 2
  }
  const standalone = standaloneCommands[name]
  if (standalone) return (await standalone())(args)
  const load = commands[name]
  if (!load) {
    process.stderr.write(`没有“${name}”这个命令。\n${usage}\n`)
    return 2
  }
  const [command, { createCliContext }] = await Promise.all([load(), import('./cli/cliContext')])
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
