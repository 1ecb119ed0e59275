import type Database from 'better-sqlite3'
import type { DrawWitness } from '../../db/schema'
import { canonicalPool } from '../../draw/canonicalPool'
import { drawFromSortedPool } from '../../draw/drawFromSortedPool'
import { drawSeed } from '../../draw/drawSeed'
import { hashCounterRandom } from '../../draw/hashCounterRandom'
import { inspectorMatching, type MatchingVisit } from '../../draw/inspectorMatching'
import { normalizeText } from '../../draw/normalizeText'
import { drawProofBundleFormat, type DrawProofBundle } from '../../draw/proofBundle'
import { sortedPoolOfIds } from '../../draw/sortedPoolOfIds'
import { ServiceError } from '../serviceError'
import type { InspectorPool, MatchingSetup } from './loadInspectorPool'
import type { PlannedPool } from './planTargetDraw'
import { recordNumberOf, targetIdentifierSql } from './targetIdentifier'

export interface DrawnTarget {
  order: number
  identifier: string
  targetId: number
  name: string
  town: string
  className: string
  stratum: string
}

export interface DrawnMember {
  identifier: string
  inspectorId: number
  name: string
  departmentId: number
  role: '组长' | '组员' | '专家'
}

/** What a 摇号 stores in its draws row: the exportable bundle and the result in the app's terms. */
export interface DrawSessionResult {
  bundle: DrawProofBundle
  targets: DrawnTarget[]
  groups: { identifier: string; members: DrawnMember[] }[]
}

export interface DrawSessionInput {
  task: { code: string; name: string }
  pools: readonly PlannedPool[]
  poolHash: string
  poolSize: number
  secret: string
  commitment: string
  entropy: string
  witnesses: DrawWitness[]
  drawnAt: string
  setup: MatchingSetup
  inspectors: InspectorPool
}

/**
 * The draw itself (docs/draw-algorithm.md §4–§7, §11): each pool drawn by its own proof under the
 * one secret and entropy, then the inspectors matched to the drawn targets with a seed over the
 * inspector pool. Throws, naming the department, when avoidance leaves a group short.
 */
export function drawTargetsAndInspectors(sqlite: Database.Database, input: DrawSessionInput): DrawSessionResult {
  const proofs = input.pools.map((pool) => {
    const parameters = {
      count: pool.count,
      purpose: 'targets',
      task: input.task.code,
      targetClass: pool.className,
      ...(pool.stratum === null ? {} : { stratum: pool.stratum })
    }
    return drawFromSortedPool(sortedPoolOfIds({ ids: pool.ids, hash: pool.hash, blank: 0, duplicates: 0 }), parameters, input.secret, input.entropy, {
      includePool: true
    }).proof
  })

  const details = targetDetails(sqlite, proofs.flatMap((p) => p.selected))
  const targets: DrawnTarget[] = []
  proofs.forEach((proof, p) => {
    for (const identifier of proof.selected) {
      const detail = details.get(identifier)!
      targets.push({ order: targets.length + 1, identifier, ...detail, className: input.pools[p].className, stratum: input.pools[p].stratum ?? '' })
    }
  })

  // 004 §(二十一): the inspectors for every drawn target, by the same verifiable method.
  const visits: MatchingVisit[] = targets.map((t) => ({ id: t.identifier, targetIds: [t.identifier], qualifications: input.setup.qualifications }))
  const inspectorPool = canonicalPool(input.inspectors.records.map((r) => r.id))
  const parameters = { count: visits.length, purpose: 'inspectors', task: input.task.code }
  const seed = drawSeed({ secretHex: input.secret, entropy: input.entropy, poolHash: inspectorPool.hash, parameters })
  const outcome = inspectorMatching(input.setup.task, visits, input.inspectors.records, hashCounterRandom(seed))
  if (!outcome.ok) {
    throw new ServiceError('CONFLICT', `人员不足，未摇号：${outcome.shortfalls.map((s) => s.message).join('；')}。请补充或调整人员后重新生成承诺值`)
  }
  const groups = outcome.groups.map((group) => ({
    identifier: group.visitId,
    members: group.members.map((m): DrawnMember => {
      const info = input.inspectors.info.get(m.inspectorId)!
      return { identifier: m.inspectorId, inspectorId: info.inspectorId, name: info.name, departmentId: info.departmentId, role: m.role }
    })
  }))

  const bundle: DrawProofBundle = {
    format: drawProofBundleFormat,
    version: 1,
    task: input.task,
    drawnAt: input.drawnAt,
    witnesses: input.witnesses.map((w) => ({ name: w.name, unit: w.unit ?? '' })),
    commitment: input.commitment,
    secret: input.secret,
    entropy: normalizeText(input.entropy),
    poolHash: input.poolHash,
    poolSize: input.poolSize,
    proofs,
    inspectorDraw: {
      parameters,
      poolHash: inspectorPool.hash,
      seed: seed.toString('hex'),
      task: input.setup.task,
      visits,
      inspectors: input.inspectors.records,
      groups: outcome.groups
    }
  }
  return { bundle, targets, groups }
}

/**
 * Record number, name and town of drawn targets, by identifier: one query through the draw
 * identifier index (targets_draw) for all of them; a code also held as another target's 注册号
 * resolves to the target whose 统一社会信用代码 it is, as before. Anything the batch does not find
 * (a target edited since the commitment) is looked up one by one as it always was.
 */
function targetDetails(sqlite: Database.Database, identifiers: readonly string[]): Map<string, { targetId: number; name: string; town: string }> {
  const out = new Map<string, { targetId: number; name: string; town: string }>()
  const rows = sqlite
    .prepare(
      `SELECT j.value AS identifier, t.id, t.name, t.town FROM json_each(?) j JOIN targets t ON ${targetIdentifierSql} = j.value
        ORDER BY j.key, t.uscc IS NOT j.value, t.id`
    )
    .all(JSON.stringify(identifiers)) as { identifier: string; id: number; name: string; town: string }[]
  for (const row of rows) if (!out.has(row.identifier)) out.set(row.identifier, { targetId: row.id, name: row.name, town: row.town })
  if (out.size === identifiers.length) return out
  const byCode = sqlite.prepare('SELECT id, name, town FROM targets WHERE uscc = ? UNION ALL SELECT id, name, town FROM targets WHERE uscc IS NULL AND reg_no = ? LIMIT 1')
  const byId = sqlite.prepare('SELECT id, name, town FROM targets WHERE id = ?')
  for (const identifier of identifiers) {
    if (out.has(identifier)) continue
    const recordNumber = recordNumberOf(identifier)
    const row = (recordNumber === null ? byCode.get(identifier, identifier) : byId.get(recordNumber)) as { id: number; name: string; town: string } | undefined
    if (!row) throw new ServiceError('CONFLICT', `抽中的对象 ${identifier} 已不在名录库中，请重新生成承诺值后再摇号`)
    out.set(identifier, { targetId: row.id, name: row.name, town: row.town })
  }
  return out
}
