import type { ParsedInput } from '@shared/contract'
import type { ExcelFileDto } from '@shared/domain/imports'
import { writeRecordsSheet } from '../../io/writeRecordsSheet'
import { searchInspectors } from '../inspectors/readInspectors'
import type { ServiceContext } from '../serviceContext'
import { departmentNames } from './departmentNames'
import { inspectorRecordOf } from './inspectorImportSink'
import { inspectorImportSpec } from './inspectorImportSpec'

/** The filtered inspector list as an xlsx in the import columns (re-imports with zero changes). */
export async function exportInspectors(ctx: ServiceContext, input: ParsedInput<'inspectors:export'>): Promise<ExcelFileDto> {
  const rows = searchInspectors(ctx.sqlite, input)
  const spec = inspectorImportSpec(departmentNames(ctx.sqlite), () => true)
  const bytes = await writeRecordsSheet(spec, rows.map(inspectorRecordOf))
  const fileName = `执法检查人员名录（${ctx.today}，${rows.length}人）.xlsx`
  return ctx.transaction(() => {
    ctx.auditDetail({ rows: rows.length, fileName })
    return { fileName, base64: bytes.toString('base64') }
  })
}
