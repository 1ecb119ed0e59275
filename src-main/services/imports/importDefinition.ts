import type { EntitySpec, ImportSink } from '../../io/columnSpec'
import type { ServiceContext } from '../serviceContext'

/**
 * What an importable entity registers (importDefinitions.ts): its column spec and the sink that
 * writes its records, both built per call from the service context (lookups such as the
 * departments come from the database of that call).
 */
export interface ImportDefinition<R, F = undefined> {
  /**
   * A form that belongs to one unit and year (issue 7 §3: the plan form) says so in the file:
   * read that before the rows; the spec and the sink are then built for it. May refuse the
   * whole file with a ServiceError (e.g. the plan is already published).
   */
  readForm?(ctx: ServiceContext, bytes: Buffer): Promise<F>
  spec(ctx: ServiceContext, form: F): EntitySpec<R>
  /** Built inside the import's transaction. */
  sink(ctx: ServiceContext, form: F): ImportSink<R>
}

/** Keeps the record type of a definition while storing it in the registry. */
export function defineImport<R, F = undefined>(definition: ImportDefinition<R, F>): ImportDefinition<unknown, unknown> {
  return definition as unknown as ImportDefinition<unknown, unknown>
}
