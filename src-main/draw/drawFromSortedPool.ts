import type { DrawParameters } from '@shared/domain/draw'
import { buildProof } from './buildProof'
import { DrawInputError } from './drawInputError'
import type { DrawFromPoolOptions, DrawOutcome } from './drawFromPool'
import { drawSeed } from './drawSeed'
import { hashCounterRandom } from './hashCounterRandom'
import { partialFisherYates } from './partialFisherYates'
import type { SortedPool } from './sortedPool'

/**
 * A draw over a pool already in canonical form (docs/draw-algorithm.md §4–§7): seed → SHA-256
 * counter-mode generator → partial Fisher–Yates → proof. `drawFromPool` canonicalises strings
 * first; the command line hands in a pool file's `canonicalPoolBytes`.
 */
export function drawFromSortedPool(
  pool: SortedPool,
  parameters: DrawParameters,
  secretHex: string,
  entropy: string,
  options: DrawFromPoolOptions = {}
): DrawOutcome {
  const size = pool.size
  if (size === 0) throw new DrawInputError('号池为空：没有符合条件的对象，无法摇号')
  const count = parameters.count
  if (!Number.isInteger(count) || count < 1) throw new DrawInputError(`抽取数量须为正整数，实为 ${count}`)
  if (count > size) throw new DrawInputError(`抽取数量 ${count} 超过号池中的 ${size} 个，请减少数量或放宽范围`)

  const seed = drawSeed({ secretHex, entropy, poolHash: pool.hash, parameters })
  const positions = partialFisherYates(size, count, hashCounterRandom(seed))
  const selected = Array.from(positions, (position) => pool.idAt(position))
  const proof = buildProof({
    pool,
    parameters,
    secretHex,
    entropy,
    seed,
    selected,
    includePool: options.includePool ?? size <= 10_000
  })
  return { selected, proof }
}
