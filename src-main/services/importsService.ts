import { createHash } from 'node:crypto'
import type { ParsedInput } from '@shared/contract'
import { importEntityLabels, type ImportEntity, type ImportOutcomeDto } from '@shared/domain/imports'
import { ImportFileError } from '../io/importFileError'
import { parseImportSheet, type ParsedSheet } from '../io/parseImportSheet'
import { applyImport, importRefusal, planImport, previewCounts } from '../io/planImport'
import { writeIssueReport } from '../io/writeIssueReport'
import { writeTemplate } from '../io/writeTemplate'
import type { ImportDefinition } from './imports/importDefinition'
import { exportTargets } from './imports/exportTargets'
import { importDefinitions } from './imports/importDefinitions'
import { readImportProgress, reportImportProgress } from './imports/importProgress'
import type { ServiceContext } from './serviceContext'
import { ServiceError } from './serviceError'
import type { HandlerMap } from './serviceHost'

type ImportInput = ParsedInput<'imports:run'>

export function importDefinition(entity: ImportEntity): ImportDefinition<unknown, unknown> {
  const definition = importDefinitions[entity]
  if (!definition) throw new ServiceError('VALIDATION', `${importEntityLabels[entity]}的 Excel 导入尚未提供，请先在页面上逐条录入`, 'entity')
  return definition
}

interface ReadImport {
  definition: ImportDefinition<unknown, unknown>
  /** What the file says it belongs to (a plan form's unit and year), for definitions that read one. */
  form: unknown
  sheet: ParsedSheet<unknown>
}

async function readImport(ctx: ServiceContext, input: ImportInput): Promise<ReadImport> {
  const definition = importDefinition(input.entity)
  const bytes = Buffer.from(input.base64, 'base64')
  try {
    const form = definition.readForm ? await definition.readForm(ctx, bytes) : undefined
    const sheet = await parseImportSheet(bytes, definition.spec(ctx, form), {
      onProgress: (phase, done, total) => reportImportProgress(input.jobId, phase, done, total)
    })
    return { definition, form, sheet }
  } catch (error) {
    reportImportProgress(input.jobId, '完成', 0, 0)
    if (error instanceof ImportFileError) throw new ServiceError('VALIDATION', error.message, 'file')
    throw error
  }
}

function outcome(sheet: ParsedSheet<unknown>, rest: Pick<ImportOutcomeDto, 'done' | 'report' | 'preview' | 'refusal'>): ImportOutcomeDto {
  return { ...rest, rows: sheet.dataRows, sheetName: sheet.sheetName, headerRow: sheet.headerRow, ignoredColumns: sheet.ignoredColumns }
}

/**
 * A big import inserts into several b-trees at random places (the 统一社会信用代码 index, the
 * trigram and name-gram search indexes); with SQLite's default 2 MB page cache every insert then
 * goes to disk. 256 MB for the length of the transaction, then back to what it was.
 */
function withLargeCache<T>(ctx: ServiceContext, fn: () => T): T {
  const before = ctx.sqlite.pragma('cache_size', { simple: true }) as number
  ctx.sqlite.pragma('cache_size = -262144')
  try {
    return fn()
  } finally {
    ctx.sqlite.pragma(`cache_size = ${Number(before)}`)
  }
}

const zeroReport = (sheet: ParsedSheet<unknown>) => ({ imported: 0, updated: 0, unchanged: 0, invalid: sheet.invalid })

export const importsHandlers: Pick<HandlerMap, 'imports:preview' | 'imports:run' | 'imports:progress' | 'imports:template' | 'imports:issueReport' | 'directory:exportTargets'> = {
  'directory:exportTargets': { async: exportTargets },
  'imports:preview': {
    async: async (ctx, input) => {
      const { definition, form, sheet } = await readImport(ctx, input)
      // A read transaction: the counts are of one consistent state of the directory.
      const plan = ctx.sqlite.transaction(() => planImport(sheet, definition.spec(ctx, form), definition.sink(ctx, form)))()
      reportImportProgress(input.jobId, '完成', sheet.dataRows, sheet.dataRows)
      return outcome(sheet, { done: false, report: zeroReport(sheet), preview: previewCounts(plan), refusal: importRefusal(sheet, input) })
    }
  },
  'imports:run': {
    async: async (ctx, input) => {
      const { definition, form, sheet } = await readImport(ctx, input)
      const refusal = importRefusal(sheet, input)
      if (refusal) {
        // Nothing is written, so no audit row either: the clerk sees the report and fixes the file.
        reportImportProgress(input.jobId, '完成', 0, 0)
        const plan = ctx.sqlite.transaction(() => planImport(sheet, definition.spec(ctx, form), definition.sink(ctx, form)))()
        return outcome(sheet, { done: false, report: zeroReport(sheet), preview: previewCounts(plan), refusal })
      }
      const result = withLargeCache(ctx, () => ctx.transaction(() => {
        const spec = definition.spec(ctx, form)
        const sink = definition.sink(ctx, form)
        const plan = planImport(sheet, spec, sink)
        const applied = applyImport(plan, sink, {
          skipInvalid: input.skipInvalid,
          onProgress: (phase, done, total) => reportImportProgress(input.jobId, phase, done, total)
        })
        const { invalid, ...counts } = applied.report
        // The audit row names the file by its hash, not its bytes.
        ctx.auditDetail({
          input: { entity: input.entity, fileName: input.fileName, skipInvalid: input.skipInvalid },
          sha256: createHash('sha256').update(input.base64, 'base64').digest('hex'),
          ...counts,
          invalidRows: sheet.invalidRows,
          invalidSample: invalid.slice(0, 20)
        })
        return { plan, applied }
      }))
      reportImportProgress(input.jobId, '完成', sheet.dataRows, sheet.dataRows)
      return outcome(sheet, {
        done: result.applied.done,
        report: result.applied.report,
        preview: previewCounts(result.plan),
        refusal: result.applied.done ? null : result.applied.refusal
      })
    }
  },
  'imports:progress': { tx: (_ctx, { jobId }) => readImportProgress(jobId) },
  'imports:template': {
    async: async (ctx, { entity }) => {
      const definition = importDefinition(entity)
      if (definition.readForm) {
        throw new ServiceError('VALIDATION', `${importEntityLabels[entity]}按单位生成：请在“年度抽查计划”页面的“报送情况”中导出该单位的填报表`, 'entity')
      }
      const spec = definition.spec(ctx, undefined)
      const label = importEntityLabels[entity]
      return { fileName: `${label}导入模板.xlsx`, base64: (await writeTemplate(spec, label)).toString('base64') }
    }
  },
  'imports:issueReport': {
    async: async (_ctx, { entity, fileName, invalid }) => {
      const base = fileName.replace(/\.xlsx$/i, '')
      return {
        fileName: `${base}-导入问题报告.xlsx`,
        base64: (await writeIssueReport(invalid, fileName || importEntityLabels[entity])).toString('base64')
      }
    }
  }
}
