import type { EntitySpec } from './columnSpec'

/** A record with every field at its column's empty value: the base of a new record. */
export function emptyRecord<R>(spec: EntitySpec<R>): R {
  const record = {} as Record<keyof R, unknown>
  for (const column of spec.columns) record[column.field as keyof R] = Array.isArray(column.empty) ? [...column.empty] : column.empty
  return record as R
}
