import type { ImportEntity } from '@shared/domain/imports'
import type { ImportDefinition } from './importDefinition'
import { checklistImport } from './checklistImport'
import { inspectorImport } from './inspectorImport'
import { targetImport } from './targetImport'

/**
 * The importable entities. An entity missing here is refused with “尚未提供” by the import
 * channels and the CLI; register one with `defineImport({ spec, sink })`.
 */
export const importDefinitions: Partial<Record<ImportEntity, ImportDefinition<unknown>>> = {
  targets: targetImport,
  inspectors: inspectorImport,
  checklist: checklistImport
}
