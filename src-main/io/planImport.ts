import type { ImportPhase, ImportPreviewCounts, ImportReport } from '@shared/domain/imports'
import type { EntitySpec, ImportSink } from './columnSpec'
import { emptyRecord } from './emptyRecord'
import type { ParsedRow, ParsedSheet } from './parseImportSheet'
import { sameRecord } from './sameRecord'

export interface PlannedChange<R> {
  row: number
  key: string
  record: R
  /** The stored record when the key exists (update); absent for a new record. */
  before?: R
}

export interface ImportPlan<R> {
  sheet: ParsedSheet<R>
  inserts: PlannedChange<R>[]
  updates: PlannedChange<R>[]
  unchanged: number
}

/**
 * Classifies each valid row against what is stored: new, updated, or unchanged. On update only
 * the columns the sheet has change (a sheet without a 风险等级 column keeps the stored class).
 * Run it inside the transaction that applies it.
 */
export function planImport<R>(sheet: ParsedSheet<R>, spec: EntitySpec<R>, sink: ImportSink<R>): ImportPlan<R> {
  const empty = emptyRecord(spec)
  const inserts: PlannedChange<R>[] = []
  const updates: PlannedChange<R>[] = []
  let unchanged = 0
  for (const parsed of sheet.rows) {
    const before = sink.existing(parsed.key)
    if (!before) {
      inserts.push({ ...parsed, record: withPresent(empty, parsed, sheet.presentFields) })
      continue
    }
    const record = withPresent(before, parsed, sheet.presentFields)
    if (sameRecord(record, before)) unchanged++
    else updates.push({ row: parsed.row, key: parsed.key, record, before })
  }
  return { sheet, inserts, updates, unchanged }
}

function withPresent<R>(base: R, parsed: ParsedRow<R>, fields: readonly (keyof R)[]): R {
  const record = { ...base }
  for (const field of fields) record[field] = parsed.record[field]
  return record
}

export function previewCounts<R>(plan: ImportPlan<R>): ImportPreviewCounts {
  return { new: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged, invalid: plan.sheet.invalidRows }
}

export interface ApplyOptions {
  /** “只导入有效行”: write the valid rows although others were refused. */
  skipInvalid: boolean
  onProgress?: (phase: ImportPhase, done: number, total: number) => void
}

/** Why the sheet cannot be written as asked (null: it can): the Chinese reason, saying what to do. */
export function importRefusal<R>(sheet: ParsedSheet<R>, options: { skipInvalid: boolean }): string | null {
  if (sheet.invalidRows > 0 && !options.skipInvalid) {
    return `有${sheet.invalidRows}行不符合要求，整个文件未导入：请按报告逐行改正后重新导入，或选择“只导入有效行”`
  }
  if (sheet.dataRows === 0) return '表头下面没有数据行：请在表头下方逐行填写后再导入'
  if (sheet.rows.length === 0) return '没有一行通过校验，未导入任何数据：请按报告改正后重新导入'
  return null
}

export type ApplyResult = { done: true; report: ImportReport } | { done: false; report: ImportReport; refusal: string }

/**
 * Writes the plan, all or nothing by default (issue 3 §4): with any invalid row nothing is written
 * and the report lists the refusals. The caller runs it inside one transaction.
 */
export function applyImport<R>(plan: ImportPlan<R>, sink: ImportSink<R>, options: ApplyOptions): ApplyResult {
  const { invalid } = plan.sheet
  const refusal = importRefusal(plan.sheet, options)
  if (refusal) return { done: false, refusal, report: { imported: 0, updated: 0, unchanged: 0, invalid } }
  const total = plan.inserts.length + plan.updates.length
  let done = 0
  const tick = () => {
    done++
    if (done % 1000 === 0 || done === total) options.onProgress?.('写入', done, total)
  }
  sink.begin?.({ inserts: plan.inserts.length, updates: plan.updates.length })
  for (const change of plan.inserts) {
    sink.insert(change.record)
    tick()
  }
  for (const change of plan.updates) {
    sink.update(change.key, change.record, change.before as R)
    tick()
  }
  sink.finish?.()
  return { done: true, report: { imported: plan.inserts.length, updated: plan.updates.length, unchanged: plan.unchanged, invalid } }
}
