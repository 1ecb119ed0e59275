import type { ProofVerdict } from '@shared/domain/draw'
import { canonicalPool } from './canonicalPool'
import { DrawInputError } from './drawInputError'
import { drawSeed } from './drawSeed'
import { hashCounterRandom } from './hashCounterRandom'
import { inspectorMatching } from './inspectorMatching'
import { drawProofBundleFormat, type DrawProofBundle, type InspectorDrawRecord } from './proofBundle'
import { verifyProof } from './verifyProof'

/**
 * Verifies an app-exported target 摇号 (proofBundle.ts): every proof by §8; all of them under the
 * one commitment, secret and entropy; no target drawn twice; the union of their pools against the
 * announced pool hash and size; and, in a version 1 bundle, the inspector draw re-run from its
 * recorded inputs.
 */
export function verifyProofBundle(input: unknown): ProofVerdict {
  const bundle = input as DrawProofBundle
  if (bundle?.format !== drawProofBundleFormat || (bundle.version !== 1 && bundle.version !== 2) || !Array.isArray(bundle.proofs) || bundle.proofs.length === 0) {
    return { ok: false, mismatch: 'format', reason: `证明文件格式不正确：应为 ${drawProofBundleFormat} 第 1 或第 2 版，且至少含一个证明` }
  }
  const seen = new Set<string>()
  for (const [i, proof] of bundle.proofs.entries()) {
    const label = `第 ${i + 1} 个证明（${describe(proof?.parameters)}）`
    if (proof?.pool === undefined) return { ok: false, mismatch: 'pool', reason: `号池缺失：${label}没有附带号池` }
    const verdict = verifyProof(proof)
    if (!verdict.ok) return { ...verdict, reason: `${label}：${verdict.reason}` }
    if (proof.commitment !== bundle.commitment || proof.secret !== bundle.secret) {
      return { ok: false, mismatch: 'commitment', reason: `承诺值不符：${label}的承诺值或密钥与本次摇号公布的不一致` }
    }
    if (proof.entropy !== bundle.entropy) {
      return { ok: false, mismatch: 'parameters', reason: `参数不符：${label}的外部随机数与本次摇号记录的不一致` }
    }
    for (const id of proof.selected) {
      if (seen.has(id)) return { ok: false, mismatch: 'result', reason: `结果不符：${id} 在多个证明中被抽中` }
      seen.add(id)
    }
  }
  const union = canonicalPool(bundle.proofs.flatMap((p) => p.pool ?? []))
  if (union.hash !== String(bundle.poolHash).toLowerCase() || union.ids.length !== bundle.poolSize) {
    return {
      ok: false,
      mismatch: 'pool',
      reason: `号池不符：各证明号池合并后的哈希为 ${union.hash}（${union.ids.length} 个），摇号前公布的是 ${bundle.poolHash}（${bundle.poolSize} 个）`
    }
  }
  if (bundle.version === 2 && bundle.inspectorDraw) {
    return { ok: false, mismatch: 'format', reason: '证明文件格式不正确：第 2 版的对象摇号证明不含人员摇号，人员摇号有自己的证明文件' }
  }
  if (!bundle.inspectorDraw) return { ok: true }
  const drawnTargets = new Set(bundle.proofs.flatMap((p) => p.selected))
  const record = bundle.inspectorDraw
  if (record.visits.length !== drawnTargets.size || record.visits.some((v) => !drawnTargets.has(v.id))) {
    return { ok: false, mismatch: 'result', reason: '结果不符：人员摇号的检查对象与抽中的对象不一致' }
  }
  return verifyInspectorDraw(record, bundle.secret, bundle.entropy)
}

/**
 * Re-runs an inspector draw from its recorded inputs (docs/draw-algorithm.md §11): the inspector
 * list against its hash, the seed from secret, entropy, that hash and the parameters, then the
 * matching, whose groups must equal the recorded ones.
 */
export function verifyInspectorDraw(record: InspectorDrawRecord, secret: string, entropy: string): ProofVerdict {
  const pool = canonicalPool(record.inspectors.map((i) => i.id))
  if (pool.hash !== record.poolHash) {
    return { ok: false, mismatch: 'pool', reason: `号池不符：检查人员名单的哈希为 ${pool.hash}，记录中为 ${record.poolHash}，人员名单已被改动` }
  }
  let seed: Buffer
  try {
    seed = drawSeed({ secretHex: secret, entropy, poolHash: record.poolHash, parameters: record.parameters })
  } catch (error) {
    if (error instanceof DrawInputError) return { ok: false, mismatch: 'parameters', reason: `参数不符：人员摇号的${error.message}` }
    throw error
  }
  if (seed.toString('hex') !== record.seed) {
    return { ok: false, mismatch: 'parameters', reason: '参数不符：人员摇号的种子与由密钥、外部随机数、人员名单和参数重新计算的不一致' }
  }
  if (record.parameters.count !== record.visits.length) {
    return { ok: false, mismatch: 'parameters', reason: `参数不符：人员摇号参数中的检查对象数 ${record.parameters.count} 与记录的 ${record.visits.length} 个不一致` }
  }
  const outcome = inspectorMatching(record.task, record.visits, record.inspectors, hashCounterRandom(seed))
  if (!outcome.ok) return { ok: false, mismatch: 'result', reason: `结果不符：按记录重新匹配人员时人员不足（${outcome.shortfalls[0].message}）` }
  if (JSON.stringify(outcome.groups) !== JSON.stringify(record.groups)) {
    const at = outcome.groups.findIndex((g, i) => JSON.stringify(g) !== JSON.stringify(record.groups[i]))
    return { ok: false, mismatch: 'result', reason: `结果不符：按公开的种子重新匹配，检查对象 ${outcome.groups[at]?.visitId ?? ''} 的检查组与记录不一致` }
  }
  return { ok: true }
}

function describe(parameters: Record<string, unknown> | undefined): string {
  if (!parameters) return '参数缺失'
  const parts = [parameters.targetClass, parameters.stratum === undefined ? undefined : `${String(parameters.stratum)} 类`, `抽 ${String(parameters.count)} 个`]
  return parts.filter((p) => p !== undefined && p !== '').join('，')
}
