import type { ImportEntity } from '@shared/domain/imports'
import type { ImportDefinition } from './importDefinition'
import { checklistImport } from './checklistImport'
import { inspectorImport } from './inspectorImport'
import { planFormImport } from './planFormImport'
import { targetImport } from './targetImport'

/**
 * The importable entities. An entity missing here is refused with “尚未提供” by the import
 * channels and the CLI; register one with `defineImport({ spec, sink })`.
 */
export const importDefinitions: Partial<Record<ImportEntity, ImportDefinition<unknown, unknown>>> = {
  targets: targetImport,
  inspectors: inspectorImport,
  checklist: checklistImport,
  // issue 7 §3: a unit's returned 年度计划填报表 (the file names its unit and year)
  planForm: planFormImport
}
