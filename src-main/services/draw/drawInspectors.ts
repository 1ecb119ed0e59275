import type { DrawWitness } from '../../db/schema'
import { canonicalPool } from '../../draw/canonicalPool'
import { drawSeed } from '../../draw/drawSeed'
import { hashCounterRandom } from '../../draw/hashCounterRandom'
import type { InspectorRecord } from '../../draw/inspectorCandidates'
import { inspectorMatching, type MatchingTask } from '../../draw/inspectorMatching'
import { normalizeText } from '../../draw/normalizeText'
import { inspectorDrawProofFormat, inspectorDrawProofVersion, type InspectorDrawProof } from '../../draw/proofBundle'
import { ServiceError } from '../serviceError'
import type { DrawnMember, DrawnTarget } from './drawTargets'
import type { InspectorInfo } from './loadInspectorPool'
import type { VisitToMatch } from './visitsToMatch'

/** What an inspector commitment fixes: the visits to match and the inspector directory as it was shown. */
export interface InspectorDrawPlan {
  task: MatchingTask
  visits: VisitToMatch[]
  inspectors: InspectorRecord[]
  info: [string, InspectorInfo][]
  poolHash: string
  poolSize: number
  /** The target draw in force when the commitment was made. */
  targetDrawId: number
}

/** What an inspector 摇号 stores in its draws row: its proof, and the groups in the app's terms. */
export interface InspectorDrawResult {
  bundle: InspectorDrawProof
  targets: (DrawnTarget & { visitId: number })[]
  groups: { identifier: string; members: DrawnMember[] }[]
}

export interface InspectorDrawInput {
  task: { code: string; name: string }
  plan: InspectorDrawPlan
  targetDraw: { commitment: string; poolHash: string }
  secret: string
  commitment: string
  entropy: string
  witnesses: DrawWitness[]
  drawnAt: string
}

/** Shortfalls of a planned inspector draw, said before the commitment (issue 4). */
export function inspectorDrawShortfalls(plan: Pick<InspectorDrawPlan, 'task' | 'visits' | 'inspectors'>): string[] {
  const outcome = inspectorMatching(
    plan.task,
    plan.visits.map((v) => v.matching),
    plan.inspectors,
    { randInt: () => 0 }
  )
  return outcome.ok ? [] : outcome.shortfalls.map((s) => s.message)
}

/** The canonical pool of the inspectors' identifiers, as shown beside the commitment. */
export function inspectorPoolOf(inspectors: readonly InspectorRecord[]): { hash: string; size: number } {
  const pool = canonicalPool(inspectors.map((r) => r.id))
  return { hash: pool.hash, size: pool.ids.length }
}

/**
 * 随机匹配执法检查人员 (004 §(二十一), docs/draw-algorithm.md §7b, §11): one matching over the
 * visits fixed at commit time, seeded from this draw's own secret and entropy, the inspector pool's
 * hash and `{count, purpose:"inspectors", task}`.
 */
export function drawInspectors(input: InspectorDrawInput): InspectorDrawResult {
  const { plan } = input
  const visits = plan.visits.map((v) => v.matching)
  const parameters = { count: visits.length, purpose: 'inspectors', task: input.task.code }
  const seed = drawSeed({ secretHex: input.secret, entropy: input.entropy, poolHash: plan.poolHash, parameters })
  const outcome = inspectorMatching(plan.task, visits, plan.inspectors, hashCounterRandom(seed))
  if (!outcome.ok) {
    throw new ServiceError('CONFLICT', `人员不足，未摇号：${outcome.shortfalls.map((s) => s.message).join('；')}。请补充或调整人员后重新生成承诺值`)
  }
  const info = new Map(plan.info)
  const groups = outcome.groups.map((group) => ({
    identifier: group.visitId,
    members: group.members.map((m): DrawnMember => {
      const who = info.get(m.inspectorId)!
      return { identifier: m.inspectorId, inspectorId: who.inspectorId, name: who.name, departmentId: who.departmentId, role: m.role }
    })
  }))
  const byIdentifier = new Map(plan.visits.map((v) => [v.identifier, v]))
  const targets = outcome.groups.map((group, i) => {
    const v = byIdentifier.get(group.visitId)!
    return {
      order: i + 1,
      identifier: v.identifier,
      targetId: v.targetId,
      visitId: v.visitId,
      name: v.name,
      town: v.town,
      className: v.taskCodes.length > 1 ? `合并检查（${v.taskCodes.join('、')}）` : '',
      stratum: ''
    }
  })
  const bundle: InspectorDrawProof = {
    format: inspectorDrawProofFormat,
    version: inspectorDrawProofVersion,
    task: input.task,
    drawnAt: input.drawnAt,
    witnesses: input.witnesses.map((w) => ({ name: w.name, unit: w.unit ?? '' })),
    commitment: input.commitment,
    secret: input.secret,
    entropy: normalizeText(input.entropy),
    targetDraw: input.targetDraw,
    inspectorDraw: {
      parameters,
      poolHash: plan.poolHash,
      seed: seed.toString('hex'),
      task: plan.task,
      visits,
      inspectors: plan.inspectors,
      groups: outcome.groups
    }
  }
  return { bundle, targets, groups }
}
