import {
  drawAlgorithmId,
  drawProofFormat,
  drawProofVersion,
  type DrawParameters,
  type DrawProof,
  type ProofMismatchKind,
  type ProofVerdict
} from '@shared/domain/draw'
import { canonicalPool } from './canonicalPool'
import { canonicalPoolBytes } from './canonicalPoolBytes'
import { commitmentOf } from './commitment'
import { DrawInputError } from './drawInputError'
import { drawSeed } from './drawSeed'
import { hashCounterRandom } from './hashCounterRandom'
import { partialFisherYates } from './partialFisherYates'
import type { SortedPool } from './sortedPool'
import { sortedPoolOfIds } from './sortedPoolOfIds'

export interface VerifyProofOptions {
  /** The pool file's identifiers; when absent the proof's own `pool` is used. */
  pool?: Iterable<string>
  /** The pool file's bytes, one identifier per line (the fast way for a large pool); wins over `pool`. */
  poolBytes?: Uint8Array
}

/**
 * Re-runs a draw from its proof (docs/draw-algorithm.md §8): the secret against the commitment,
 * the pool against its hash and size, the seed from secret, entropy, pool hash and parameters,
 * and the selection from the seed. The first thing that does not reproduce is named in Chinese.
 * What a proof cannot show by itself: that its commitment and pool hash are the ones announced
 * before the draw. The verifier compares those with the printed record.
 */
export function verifyProof(input: unknown, options: VerifyProofOptions = {}): ProofVerdict {
  const shape = checkShape(input)
  if (typeof shape === 'string') return fail('format', `证明文件格式不正确：${shape}`)
  const proof = shape

  if (commitmentOf(proof.secret) !== proof.commitment.toLowerCase()) {
    return fail('commitment', '承诺值不符：公开的密钥的 SHA-256 与摇号前公布的承诺值不一致，密钥或承诺值已被改动')
  }

  const source = options.pool ?? proof.pool
  if (options.poolBytes === undefined && source === undefined) return fail('pool', '号池缺失：证明中没有附带号池，请提供号池文件（每行一个标识）后再复核')
  let pool: SortedPool
  try {
    pool = options.poolBytes !== undefined ? canonicalPoolBytes(options.poolBytes) : sortedPoolOfIds(canonicalPool(source ?? []))
  } catch (error) {
    if (error instanceof DrawInputError) return fail('pool', `号池不符：${error.message}`)
    throw error
  }
  if (pool.hash !== proof.poolHash.toLowerCase() || pool.size !== proof.poolSize) {
    return fail(
      'pool',
      `号池不符：号池的哈希为 ${pool.hash}（${pool.size} 个标识），证明中记录的是 ${proof.poolHash}（${proof.poolSize} 个）`
    )
  }

  let seed: Buffer
  try {
    seed = drawSeed({ secretHex: proof.secret, entropy: proof.entropy, poolHash: proof.poolHash, parameters: proof.parameters })
  } catch (error) {
    if (error instanceof DrawInputError) return fail('parameters', `参数不符：${error.message}`)
    throw error
  }
  if (seed.toString('hex') !== proof.seed.toLowerCase()) {
    return fail('parameters', '参数不符：由密钥、外部随机数、号池哈希和参数重新计算的种子与证明中的种子不一致，参数或外部随机数已被改动')
  }

  const count = proof.parameters.count
  if (!Number.isInteger(count) || count < 1 || count > pool.size) {
    return fail('parameters', `参数不符：抽取数量 ${count} 不在 1 到号池大小 ${pool.size} 之间`)
  }
  if (proof.selected.length !== count) {
    return fail('result', `结果不符：参数要求抽取 ${count} 个，证明中的结果有 ${proof.selected.length} 个`)
  }
  const positions = partialFisherYates(pool.size, count, hashCounterRandom(seed))
  for (let i = 0; i < count; i++) {
    const expected = pool.idAt(positions[i])
    if (proof.selected[i] !== expected) {
      return fail('result', `结果不符：按公开的种子重新摇号，第 ${i + 1} 个应为 ${expected}，证明中为 ${proof.selected[i]}`)
    }
  }
  return { ok: true }
}

function fail(mismatch: ProofMismatchKind, reason: string): ProofVerdict {
  return { ok: false, mismatch, reason }
}

/** The proof's fields once their types are checked (format, version and algorithm are checked separately). */
type CheckedProof = Omit<DrawProof, 'format' | 'version' | 'algorithm'>

/** The proof's shape, or what is wrong with it. */
function checkShape(input: unknown): CheckedProof | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return '不是 JSON 对象'
  const p = input as Record<string, unknown>
  if (p.format !== drawProofFormat) return `format 应为 ${drawProofFormat}`
  if (p.version !== drawProofVersion) return `不支持的版本 ${String(p.version)}`
  if (p.algorithm !== drawAlgorithmId) return `不支持的算法 ${String(p.algorithm)}`
  const hex64 = /^[0-9a-fA-F]{64}$/
  for (const key of ['poolHash', 'commitment', 'secret', 'seed'] as const) {
    if (typeof p[key] !== 'string' || !hex64.test(p[key] as string)) return `${key} 应为 64 位十六进制`
  }
  if (!Number.isSafeInteger(p.poolSize) || (p.poolSize as number) < 0) return 'poolSize 应为非负整数'
  if (typeof p.entropy !== 'string') return 'entropy 应为字符串'
  const parameters = p.parameters
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) return 'parameters 应为对象'
  if (!Number.isSafeInteger((parameters as Record<string, unknown>).count)) return 'parameters.count 应为整数'
  if (!isStringArray(p.selected)) return 'selected 应为字符串数组'
  if (p.pool !== undefined && !isStringArray(p.pool)) return 'pool 应为字符串数组'
  return {
    poolHash: p.poolHash as string,
    poolSize: p.poolSize as number,
    parameters: parameters as DrawParameters,
    commitment: p.commitment as string,
    secret: p.secret as string,
    entropy: p.entropy,
    seed: p.seed as string,
    selected: p.selected,
    pool: p.pool as string[] | undefined
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
