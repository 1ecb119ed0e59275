import type { DrawParameters, DrawProof } from '@shared/domain/draw'
import { buildProof } from './buildProof'
import { canonicalPool } from './canonicalPool'
import { DrawInputError } from './drawInputError'
import { drawSeed } from './drawSeed'
import { hashCounterRandom } from './hashCounterRandom'
import { partialFisherYates } from './partialFisherYates'

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
  const canonical = canonicalPool(pool)
  const size = canonical.ids.length
  if (size === 0) throw new DrawInputError('号池为空：没有符合条件的对象，无法摇号')
  const count = parameters.count
  if (!Number.isInteger(count) || count < 1) throw new DrawInputError(`抽取数量须为正整数，实为 ${count}`)
  if (count > size) throw new DrawInputError(`抽取数量 ${count} 超过号池中的 ${size} 个，请减少数量或放宽范围`)

  const seed = drawSeed({ secretHex, entropy, poolHash: canonical.hash, parameters })
  const positions = partialFisherYates(size, count, hashCounterRandom(seed))
  const selected = Array.from(positions, (position) => canonical.ids[position])
  const proof = buildProof({
    pool: canonical,
    parameters,
    secretHex,
    entropy,
    seed,
    selected,
    includePool: options.includePool ?? size <= 10_000
  })
  return { selected, proof }
}
