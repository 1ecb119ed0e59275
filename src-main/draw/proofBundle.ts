import type { DrawParameters, DrawProof, InspectionGroup } from '@shared/domain/draw'
import type { InspectorRecord } from './inspectorCandidates'
import type { MatchingTask, MatchingVisit } from './inspectorMatching'

export const drawProofBundleFormat = 'spotcheck-desk/draw-proof-bundle'

/**
 * The inspector draw of a session (docs/draw-algorithm.md §11): everything `inspectorMatching`
 * was given, so a verifier re-runs it. The seed is drawSeed over the session's secret and entropy,
 * the hash of the canonical pool of the inspectors' identifiers, and `parameters`.
 */
export interface InspectorDrawRecord {
  parameters: DrawParameters
  poolHash: string
  seed: string
  task: MatchingTask
  visits: MatchingVisit[]
  inspectors: InspectorRecord[]
  groups: InspectionGroup[]
}

/**
 * A task's 摇号 as the app exports it (docs/draw-algorithm.md §7a): one ordinary proof per target
 * class and risk stratum, all under one commitment, plus the inspector draw. `poolHash` and
 * `poolSize` are those of the union of the proofs' pools, the figures announced with the commitment.
 */
export interface DrawProofBundle {
  format: typeof drawProofBundleFormat
  version: 1
  task: { code: string; name: string }
  drawnAt: string
  witnesses: { name: string; unit: string }[]
  commitment: string
  secret: string
  entropy: string
  poolHash: string
  poolSize: number
  proofs: DrawProof[]
  inspectorDraw: InspectorDrawRecord | null
}
