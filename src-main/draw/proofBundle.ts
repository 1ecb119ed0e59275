import type { DrawParameters, DrawProof, InspectionGroup } from '@shared/domain/draw'
import type { InspectorRecord } from './inspectorCandidates'
import type { MatchingTask, MatchingVisit } from './inspectorMatching'

export const drawProofBundleFormat = 'spotcheck-desk/draw-proof-bundle'
/** Version 2: a target draw only (issue 8: inspectors are drawn after the list is locked, under their own commitment). */
export const drawProofBundleVersion = 2
export const inspectorDrawProofFormat = 'spotcheck-desk/inspector-draw-proof'
export const inspectorDrawProofVersion = 1

/**
 * An inspector draw (docs/draw-algorithm.md §11): everything `inspectorMatching` was given, so a
 * verifier re-runs it. The seed is drawSeed over the draw's secret and entropy, the hash of the
 * canonical pool of the inspectors' identifiers, and `parameters`.
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
 * A task's target 摇号 as the app exports it (docs/draw-algorithm.md §7a): one ordinary proof per
 * target class and risk stratum, all under one commitment. `poolHash` and `poolSize` are those of
 * the union of the proofs' pools, the figures announced with the commitment. Version 1 bundles
 * (before issue 8) also carried the inspector draw, under the same secret; they still verify.
 */
export interface DrawProofBundle {
  format: typeof drawProofBundleFormat
  version: 1 | 2
  task: { code: string; name: string }
  drawnAt: string
  witnesses: { name: string; unit: string }[]
  commitment: string
  secret: string
  entropy: string
  poolHash: string
  poolSize: number
  proofs: DrawProof[]
  /** Version 1 only. */
  inspectorDraw?: InspectorDrawRecord | null
}

/**
 * A task's inspector 摇号 (docs/draw-algorithm.md §7b): drawn after the target list is locked,
 * under its own commitment, for the task's visits that have no inspection group yet.
 * `targetDraw` names the target draw whose list it follows (its commitment and pool hash).
 */
export interface InspectorDrawProof {
  format: typeof inspectorDrawProofFormat
  version: typeof inspectorDrawProofVersion
  task: { code: string; name: string }
  drawnAt: string
  witnesses: { name: string; unit: string }[]
  commitment: string
  secret: string
  entropy: string
  targetDraw: { commitment: string; poolHash: string }
  inspectorDraw: InspectorDrawRecord
}
