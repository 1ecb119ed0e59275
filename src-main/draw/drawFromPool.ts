import type { DrawParameters, DrawProof } from '@shared/domain/draw'
import { canonicalPool } from './canonicalPool'
import { drawFromSortedPool } from './drawFromSortedPool'
import { sortedPoolOfIds } from './sortedPoolOfIds'

export interface DrawFromPoolOptions {
  /** Whether the proof carries the canonical pool; by default when it has at most 10,000 identifiers. */
  includePool?: boolean
}

export interface DrawOutcome {
  /** Drawn identifiers in draw order. */
  selected: string[]
  proof: DrawProof
}

/**
 * A draw as a pure function of (pool, parameters, secret, entropy): canonical pool → seed →
 * SHA-256 counter-mode generator → partial Fisher–Yates (docs/draw-algorithm.md).
 */
export function drawFromPool(
  pool: Iterable<string>,
  parameters: DrawParameters,
  secretHex: string,
  entropy: string,
  options: DrawFromPoolOptions = {}
): DrawOutcome {
  return drawFromSortedPool(sortedPoolOfIds(canonicalPool(pool)), parameters, secretHex, entropy, options)
}
