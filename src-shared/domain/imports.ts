import { z } from 'zod'

/**
 * Excel import and export of the directories (issue 3 §4): what travels over the contract.
 * Files travel as base64; the services read and write them with exceljs (src-main/io).
 */

/** What can be imported; each has a column spec registered in src-main/services/imports. */
export const importEntities = ['targets', 'inspectors', 'checklist', 'planForm'] as const
export type ImportEntity = (typeof importEntities)[number]
export const importEntityLabels: Record<ImportEntity, string> = {
  targets: '检查对象名录',
  inspectors: '执法检查人员名录',
  checklist: '抽查事项清单',
  planForm: '年度计划填报表'
}

/** One refusal: the sheet's own row number (as Excel shows it), the column header, the reason. */
export interface ImportIssue {
  row: number
  column: string
  message: string
}

/**
 * The report of an import, also written by `spotcheck import --report` (issue 3 §4, exact shape):
 * rows created, rows updated, rows already identical, and every refusal. When the import was
 * refused, the three counts are 0 (nothing was written).
 */
export interface ImportReport {
  imported: number
  updated: number
  unchanged: number
  invalid: ImportIssue[]
}

/** What the file would do (the preview): rows new, updated, unchanged, invalid. */
export interface ImportPreviewCounts {
  new: number
  updated: number
  unchanged: number
  invalid: number
}

export interface ImportOutcomeDto {
  /** True when the rows were written (or nothing needed writing); false for a preview or a refusal. */
  done: boolean
  report: ImportReport
  preview: ImportPreviewCounts
  /** Data rows read (after dropping empty, 合计/小计 and footer rows). */
  rows: number
  sheetName: string
  /** The header row's number in the sheet. */
  headerRow: number
  /** Headers present in the sheet that no column matched (序号, 备注 …): ignored. */
  ignoredColumns: string[]
  /** Set when the import was refused: the Chinese reason, saying what to do. */
  refusal: string | null
}

/** An xlsx built by the services, for the renderer to save (saveBase64File) or the CLI to write. */
export interface ExcelFileDto {
  fileName: string
  base64: string
}

export const importPhases = ['读取表格', '校验', '写入', '完成'] as const
export type ImportPhase = (typeof importPhases)[number]
export interface ImportProgressDto {
  phase: ImportPhase
  /** Work done out of total in this phase (bytes while reading, rows afterwards). */
  done: number
  total: number
}

const base64File = z
  .string({ error: '请选择要导入的 Excel 文件' })
  .min(1, { error: '请选择要导入的 Excel 文件' })
  // 64 MB of base64 ≈ 48 MB of xlsx ≈ well over 500,000 rows.
  .max(64 * 1024 * 1024, { error: '文件太大：请把表格拆成几个文件（每个不超过 40 MB）分别导入' })

export const importFileInput = z.object({
  entity: z.enum(importEntities, { error: '请选择导入哪一类名录' }),
  fileName: z.string().trim().max(200).default('导入文件.xlsx'),
  base64: base64File,
  /** “只导入有效行”: write the valid rows and report the rest (default: all or nothing). */
  skipInvalid: z.boolean().default(false),
  /** Chosen by the renderer so it can ask `imports:progress` while the call runs. */
  jobId: z.string().max(64).optional()
})
export type ImportFileInput = z.input<typeof importFileInput>

export const importIssueReportInput = z.object({
  entity: z.enum(importEntities),
  fileName: z.string().trim().max(200).default('导入文件.xlsx'),
  invalid: z.array(z.object({ row: z.number().int().min(0), column: z.string().max(100), message: z.string().max(1000) })).max(1_000_000)
})
export type ImportIssueReportInput = z.input<typeof importIssueReportInput>
