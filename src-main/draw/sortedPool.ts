/**
 * A canonical pool (docs/draw-algorithm.md §2) as the draw needs it, whichever way it was built:
 * from strings (`canonicalPool`) or from a pool file's bytes (`canonicalPoolBytes`), which never
 * makes a million strings just to draw a few of them.
 */
export interface SortedPool {
  /** SHA-256 (lowercase hex) of the UTF-8 of every identifier followed by "\n". */
  hash: string
  /** How many distinct identifiers. */
  size: number
  /** The identifier at a 0-based canonical position. */
  idAt(position: number): string
  /** All identifiers in canonical order (for a proof that carries its pool). */
  ids(): string[]
  /** Entries that were empty after trimming (blank lines). */
  blank: number
  /** Entries dropped because an equal identifier was already in the pool. */
  duplicates: number
}
