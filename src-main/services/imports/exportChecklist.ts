import type { ParsedInput } from '@shared/contract'
import type { ExcelFileDto } from '@shared/domain/imports'
import { writeRecordsSheet } from '../../io/writeRecordsSheet'
import { readChecklistItems } from '../checklist/readChecklistItems'
import type { ServiceContext } from '../serviceContext'
import { checklistImportSpec } from './checklistImportSpec'
import { departmentNames } from './departmentNames'

/** The filtered checklist (latest version of each item) as an xlsx in the import columns: re-imports with zero changes. */
export async function exportChecklist(ctx: ServiceContext, input: ParsedInput<'checklist:export'>): Promise<ExcelFileDto> {
  const items = readChecklistItems(ctx.sqlite, ctx.today, input)
  const spec = checklistImportSpec(departmentNames(ctx.sqlite), ctx.today)
  const records = items.map((item) => ({
    code: item.code,
    department: item.departmentName,
    name: item.name,
    category: item.category,
    targetType: item.targetType,
    methods: item.methods,
    basis: item.basis,
    content: item.content,
    qualification: item.qualification,
    // In id order, as the import resolves names (so the export re-imports unchanged).
    jointDepartments: item.jointDepartmentIds
      .map((id, i) => ({ id, name: item.jointDepartmentNames[i] }))
      .sort((a, b) => a.id - b.id)
      .map((d) => d.name),
    validFrom: item.validFrom,
    validTo: item.validTo ?? ''
  }))
  const bytes = await writeRecordsSheet(spec, records)
  const fileName = `抽查事项清单（${ctx.today}，${records.length}项）.xlsx`
  return ctx.transaction(() => {
    ctx.auditDetail({ rows: records.length, fileName })
    return { fileName, base64: bytes.toString('base64') }
  })
}
