import type { ParsedInput } from '@shared/contract'
import type { ExcelFileDto } from '@shared/domain/imports'
import { writeRecordsSheet } from '../../io/writeRecordsSheet'
import { searchTargets } from '../directory/searchTargets'
import type { ServiceContext } from '../serviceContext'
import { departmentNames } from './departmentNames'
import { targetImportSpec } from './targetImportSpec'
import { targetRecordOfDto } from './targetImportSink'

/**
 * The filtered target list as an xlsx in the import template's columns (issue 3 §5): importing it
 * back changes nothing. Paging is ignored: the whole filtered list is written, sorted as shown.
 */
export async function exportTargets(ctx: ServiceContext, input: ParsedInput<'directory:exportTargets'>): Promise<ExcelFileDto> {
  // Bypasses the page size cap of the contract: the service takes every matching row.
  const all = searchTargets(ctx.sqlite, { ...input, page: 1, pageSize: Number.MAX_SAFE_INTEGER })
  const spec = targetImportSpec(departmentNames(ctx.sqlite))
  const bytes = await writeRecordsSheet(spec, all.rows.map(targetRecordOfDto))
  const fileName = `检查对象名录（${ctx.today}，${all.rows.length}户）.xlsx`
  // The export is recorded (who took which list out, and how many rows) in the call's audit row.
  return ctx.transaction(() => {
    ctx.auditDetail({ rows: all.rows.length, fileName })
    return { fileName, base64: bytes.toString('base64') }
  })
}
