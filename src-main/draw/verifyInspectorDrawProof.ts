import type { ProofVerdict } from '@shared/domain/draw'
import { commitmentOf } from './commitment'
import { inspectorDrawProofFormat, inspectorDrawProofVersion, type InspectorDrawProof } from './proofBundle'
import { verifyInspectorDraw } from './verifyProofBundle'

/**
 * Verifies an app-exported inspector 摇号 (docs/draw-algorithm.md §7b): the secret against the
 * commitment announced before the draw, then the matching re-run from its recorded inputs.
 */
export function verifyInspectorDrawProof(input: unknown): ProofVerdict {
  const proof = input as InspectorDrawProof
  const record = proof?.inspectorDraw
  if (
    proof?.format !== inspectorDrawProofFormat ||
    proof.version !== inspectorDrawProofVersion ||
    !record ||
    !Array.isArray(record.visits) ||
    !Array.isArray(record.inspectors) ||
    !Array.isArray(record.groups) ||
    typeof proof.secret !== 'string' ||
    typeof proof.commitment !== 'string'
  ) {
    return { ok: false, mismatch: 'format', reason: `证明文件格式不正确：应为 ${inspectorDrawProofFormat} 第 ${inspectorDrawProofVersion} 版，含人员摇号的输入和结果` }
  }
  let commitment: string
  try {
    commitment = commitmentOf(proof.secret)
  } catch {
    return { ok: false, mismatch: 'commitment', reason: '承诺值不符：公开的密钥不是 64 位十六进制数' }
  }
  if (commitment !== proof.commitment.toLowerCase()) {
    return { ok: false, mismatch: 'commitment', reason: '承诺值不符：公开的密钥的 SHA-256 与摇号前公布的承诺值不一致' }
  }
  return verifyInspectorDraw(record, proof.secret, proof.entropy ?? '')
}
