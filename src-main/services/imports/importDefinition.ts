import type { EntitySpec, ImportSink } from '../../io/columnSpec'
import type { ServiceContext } from '../serviceContext'

/**
 * What an importable entity registers (importDefinitions.ts): its column spec and the sink that
 * writes its records, both built per call from the service context (lookups such as the
 * departments come from the database of that call).
 */
export interface ImportDefinition<R> {
  spec(ctx: ServiceContext): EntitySpec<R>
  /** Built inside the import's transaction. */
  sink(ctx: ServiceContext): ImportSink<R>
}

/** Keeps the record type of a definition while storing it in the registry. */
export function defineImport<R>(definition: ImportDefinition<R>): ImportDefinition<unknown> {
  return definition as unknown as ImportDefinition<unknown>
}
