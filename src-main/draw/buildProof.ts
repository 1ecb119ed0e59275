import { drawAlgorithmId, drawProofFormat, drawProofVersion, type DrawParameters, type DrawProof } from '@shared/domain/draw'
import { commitmentOf } from './commitment'
import { normalizeText } from './normalizeText'
import type { SortedPool } from './sortedPool'

export interface BuildProofInput {
  pool: Pick<SortedPool, 'hash' | 'size' | 'ids'>
  parameters: DrawParameters
  secretHex: string
  entropy: string
  seed: Uint8Array
  selected: string[]
  /** Put the canonical pool into the proof so it verifies on its own. */
  includePool: boolean
}

/** Assembles the published proof (docs/draw-algorithm.md §7); keys in a fixed, readable order. */
export function buildProof(input: BuildProofInput): DrawProof {
  const proof: DrawProof = {
    format: drawProofFormat,
    version: drawProofVersion,
    algorithm: drawAlgorithmId,
    poolHash: input.pool.hash,
    poolSize: input.pool.size,
    parameters: { ...input.parameters },
    commitment: commitmentOf(input.secretHex),
    secret: input.secretHex.toLowerCase(),
    entropy: normalizeText(input.entropy),
    seed: Buffer.from(input.seed).toString('hex'),
    selected: [...input.selected]
  }
  if (input.includePool) proof.pool = input.pool.ids()
  return proof
}
