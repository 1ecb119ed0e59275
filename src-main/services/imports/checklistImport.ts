import { addDays } from '@shared/domain/addDays'
import { checkMethods, type CheckMethod, type ChecklistCategory } from '@shared/domain/enums'
import type { ImportSink } from '../../io/columnSpec'
import { createChecklistItem, updateChecklistItem } from '../checklist/saveChecklistItem'
import type { ChecklistValues } from '../checklist/describeChecklistChanges'
import type { ServiceContext } from '../serviceContext'
import { departmentNames, type DepartmentNames } from './departmentNames'
import { defineImport } from './importDefinition'
import { checklistImportSpec, type ChecklistRecord } from './checklistImportSpec'

/** 调整理由 of the rows an import adds or changes (004 §(八): every adjustment says why). */
const importReason = '通过 Excel 导入调整清单'

interface StoredItem {
  id: number
  code: string
  department_id: number
  name: string
  category: ChecklistCategory
  target_type: string
  methods: string
  basis: string
  content: string
  qualification: string
  joint_department_ids: string
  valid_from: string
  valid_to: string | null
}

/** The latest version of an item in the sheet's record shape (what an export writes). */
export function checklistRecordOf(row: StoredItem, shortNameOf: (id: number) => string): ChecklistRecord {
  return {
    code: row.code,
    department: shortNameOf(row.department_id),
    name: row.name,
    category: row.category,
    targetType: row.target_type,
    // In the order of checkMethods, as the sheet's parser gives them: another order is no change.
    methods: checkMethods.filter((m) => (JSON.parse(row.methods) as CheckMethod[]).includes(m)),
    basis: row.basis,
    content: row.content,
    qualification: row.qualification,
    jointDepartments: (JSON.parse(row.joint_department_ids) as number[]).sort((a, b) => a - b).map(shortNameOf),
    validFrom: row.valid_from,
    validTo: row.valid_to ?? ''
  }
}

export function shortNameLookup(departments: DepartmentNames): (id: number) => string {
  const byId = new Map(departments.shortNames.map((name) => [departments.idOf(name)!, name]))
  return (id) => byId.get(id) ?? `#${id}`
}

function valuesOf(record: ChecklistRecord, departments: DepartmentNames): ChecklistValues {
  return {
    code: record.code,
    departmentId: departments.idOf(record.department)!,
    name: record.name,
    category: record.category,
    targetType: record.targetType,
    methods: record.methods,
    basis: record.basis,
    content: record.content,
    qualification: record.qualification,
    jointDepartmentIds: departments.idsOf(record.jointDepartments),
    validFrom: record.validFrom,
    validTo: record.validTo || null
  }
}

/**
 * Writes imported rows through the checklist service's own functions, so an import adjusts the
 * list exactly as the screen does: a new item and every change go into the 调整记录, and a change to
 * an item some task used makes a new version (old tasks keep theirs). That version starts on the
 * sheet's 有效期起 when it is later than the old one's, else today (or the day after the old
 * version began, if that is later).
 */
function checklistImportSink(ctx: ServiceContext, departments: DepartmentNames): ImportSink<ChecklistRecord> {
  const latest = ctx.sqlite.prepare('SELECT * FROM checklist_items WHERE code = ? ORDER BY version DESC LIMIT 1')
  const shortNameOf = shortNameLookup(departments)
  const stored = new Map<string, { id: number; version: number }>()
  return {
    existing(code) {
      const row = latest.get(code) as (StoredItem & { version: number }) | undefined
      if (!row) return undefined
      stored.set(code, { id: row.id, version: row.version })
      return checklistRecordOf(row, shortNameOf)
    },
    insert(record) {
      createChecklistItem(ctx, valuesOf(record, departments), importReason)
    },
    update(code, record, before) {
      const { id, version } = stored.get(code)!
      const dayAfterStart = addDays(before.validFrom, 1)
      const fallback = ctx.today > dayAfterStart ? ctx.today : dayAfterStart
      const effectiveDate = record.validFrom > before.validFrom ? record.validFrom : fallback
      // A later version cannot start before it took over from the one before it (an old sheet
      // re-imported would otherwise make the two versions overlap).
      const validFrom = version > 1 && record.validFrom < before.validFrom ? before.validFrom : record.validFrom
      updateChecklistItem(ctx, id, valuesOf({ ...record, validFrom }, departments), { reason: importReason, effectiveDate })
    }
  }
}

/** 抽查事项清单 import (issue 3 §1, §4). */
export const checklistImport = defineImport({
  spec: (ctx) => checklistImportSpec(departmentNames(ctx.sqlite), ctx.today),
  sink: (ctx) => checklistImportSink(ctx, departmentNames(ctx.sqlite))
})
