import { drawProofBundleFormat, inspectorDrawProofFormat } from '../../draw/proofBundle'
import { verifyInspectorDrawProof } from '../../draw/verifyInspectorDrawProof'
import { verifyProof } from '../../draw/verifyProof'
import { verifyProofBundle } from '../../draw/verifyProofBundle'
import { option, UsageError, type ParsedArgs } from '../parseArgs'
import { readInputFile } from '../readInputFile'

/**
 * `spotcheck verify PROOF.json [--pool FILE]` (issue 4): re-runs a draw from its proof
 * (docs/draw-algorithm.md §8), with the pool file when one is given, else the proof's own pool.
 * Prints 通过 and exits 0 when everything reproduces; otherwise prints the first thing that does
 * not, in Chinese, and exits 1. Needs no database. A target 摇号 exported by the app (a bundle of
 * proofs under one commitment) carries its pools and is checked whole; so is an inspector 摇号
 * (its own commitment, the matching's recorded inputs).
 */
export function verifyCommand(args: ParsedArgs): number {
  const proofFile = args.positional[1]
  if (!proofFile || args.positional.length > 2) throw new UsageError('用法：spotcheck verify 证明.json [--pool 号池文件]')
  const say = (line: string) => process.stdout.write(`${line}\n`)
  let proof: unknown
  try {
    proof = JSON.parse(readInputFile(proofFile, '证明文件').toString('utf8'))
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    say(`证明文件格式不正确：${proofFile} 不是有效的 JSON（${error.message}）`)
    return 1
  }
  const poolFile = option(args, 'pool')
  const format = typeof proof === 'object' && proof !== null ? (proof as { format?: unknown }).format : undefined
  const isBundle = format === drawProofBundleFormat || format === inspectorDrawProofFormat
  if (isBundle && poolFile !== undefined) throw new UsageError('应用导出的摇号证明已附带各号池，复核时不需要 --pool')
  const verdict = format === drawProofBundleFormat
    ? verifyProofBundle(proof)
    : format === inspectorDrawProofFormat
      ? verifyInspectorDrawProof(proof)
      : verifyProof(proof, poolFile === undefined ? {} : { poolBytes: readInputFile(poolFile, '号池文件') })
  if (verdict.ok) {
    say('通过')
    return 0
  }
  say(verdict.reason)
  return 1
}
