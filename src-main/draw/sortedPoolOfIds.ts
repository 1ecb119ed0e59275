import type { CanonicalPool } from './canonicalPool'
import type { SortedPool } from './sortedPool'

/** A string-built canonical pool seen as a SortedPool. */
export function sortedPoolOfIds(canonical: CanonicalPool): SortedPool {
  const { ids, hash, blank, duplicates } = canonical
  return { hash, size: ids.length, idAt: (position) => ids[position], ids: () => [...ids], blank, duplicates }
}
