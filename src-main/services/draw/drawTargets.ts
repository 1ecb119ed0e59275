import type Database from 'better-sqlite3'
import type { DrawWitness } from '../../db/schema'
import { drawFromSortedPool } from '../../draw/drawFromSortedPool'
import { normalizeText } from '../../draw/normalizeText'
import { drawProofBundleFormat, drawProofBundleVersion, type DrawProofBundle } from '../../draw/proofBundle'
import { sortedPoolOfIds } from '../../draw/sortedPoolOfIds'
import { ServiceError } from '../serviceError'
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

/** What a target 摇号 stores in its draws row: the exportable bundle and the result in the app's terms. */
export interface TargetDrawResult {
  bundle: DrawProofBundle
  targets: DrawnTarget[]
  /** Always empty: inspectors are drawn after the list is locked (issue 8 §3). Kept so old and new rows read alike. */
  groups: { identifier: string; members: DrawnMember[] }[]
}

export interface TargetDrawInput {
  task: { code: string; name: string }
  pools: readonly PlannedPool[]
  poolHash: string
  poolSize: number
  secret: string
  commitment: string
  entropy: string
  witnesses: DrawWitness[]
  drawnAt: string
}

/**
 * The target draw (docs/draw-algorithm.md §4–§7a): each pool drawn by its own proof under the one
 * secret and entropy. The inspectors come later, by their own draw (drawInspectors.ts), once the
 * clerk has confirmed and locked the list (004 §(十九)).
 */
export function drawTargets(sqlite: Database.Database, input: TargetDrawInput): TargetDrawResult {
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

  const bundle: DrawProofBundle = {
    format: drawProofBundleFormat,
    version: drawProofBundleVersion,
    task: input.task,
    drawnAt: input.drawnAt,
    witnesses: input.witnesses.map((w) => ({ name: w.name, unit: w.unit ?? '' })),
    commitment: input.commitment,
    secret: input.secret,
    entropy: normalizeText(input.entropy),
    poolHash: input.poolHash,
    poolSize: input.poolSize,
    proofs
  }
  return { bundle, targets, groups: [] }
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
