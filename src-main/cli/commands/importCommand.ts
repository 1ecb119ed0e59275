import { writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { importEntities, type ImportEntity, type ImportOutcomeDto, type ImportReport } from '@shared/domain/imports'
import { CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'
import { readInputFile } from '../readInputFile'

/** CLI spellings of the entities whose names are not one word (issue 7: `import plan-form`). */
const cliNames: Partial<Record<ImportEntity, string>> = { planForm: 'plan-form' }
const entityOf = (name: string) => importEntities.find((e) => (cliNames[e] ?? e) === name)
const usage = `用法：spotcheck import ${importEntities.map((e) => cliNames[e] ?? e).join('|')} 文件.xlsx [--skip-invalid] [--report 报告.json] [--db FILE]`
/** Refusals printed on the terminal; the full list goes to --report. */
const shownIssues = 30

/**
 * `spotcheck import KIND FILE.xlsx` (issue 3 §4): all or nothing unless --skip-invalid; exit 0 when
 * it imported, 1 when it refused. --report writes {"imported","updated","unchanged","invalid"}.
 */
export async function importCommand(ctx: CliContext): Promise<number> {
  const [, name, file] = ctx.args.positional
  const entity = name ? entityOf(name) : undefined
  if (!entity || !file) throw new CliFailure(usage, 2)
  const reportPath = option(ctx.args, 'report')
  const bytes = readInputFile(file, 'Excel 文件')
  const writeReport = (report: ImportReport) => {
    if (reportPath) writeFileSync(resolve(reportPath), JSON.stringify(report, null, 2) + '\n')
  }
  const result = await ctx.services().invoke('imports:run', {
    entity,
    fileName: basename(file),
    base64: bytes.toString('base64'),
    skipInvalid: ctx.args.switches.has('skip-invalid')
  })
  if (!result.ok) {
    // The file as a whole was refused (not an .xlsx, no header row …): the report says why.
    writeReport({ imported: 0, updated: 0, unchanged: 0, invalid: [{ row: 0, column: '', message: result.error.message }] })
    throw new CliFailure(result.error.message)
  }
  const outcome = result.value as ImportOutcomeDto
  const { report } = outcome
  writeReport(report)
  ctx.out(`工作表“${outcome.sheetName}”，表头在第${outcome.headerRow}行，数据 ${outcome.rows} 行`)
  for (const issue of report.invalid.slice(0, shownIssues)) ctx.out(`  第${issue.row}行【${issue.column}】${issue.message}`)
  if (report.invalid.length > shownIssues) ctx.out(`  ……另有 ${report.invalid.length - shownIssues} 处问题${reportPath ? '，见报告文件' : '，加 --report 报告.json 可得完整列表'}`)
  if (!outcome.done) {
    process.stderr.write(`未导入：${outcome.refusal ?? '文件未通过校验'}\n`)
    return 1
  }
  const skipped = outcome.preview.invalid > 0 ? `，跳过无效行 ${outcome.preview.invalid} 行` : ''
  ctx.out(`已导入：新增 ${report.imported} 条，更新 ${report.updated} 条，未变 ${report.unchanged} 条${skipped}`)
  return 0
}
