import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { canonicalPoolBytes } from '../../draw/canonicalPoolBytes'
import { makeSecret } from '../../draw/commitment'
import { drawFromSortedPool } from '../../draw/drawFromSortedPool'
import { option, UsageError, type ParsedArgs } from '../parseArgs'
import { readInputFile } from '../readInputFile'

const usage = '用法：spotcheck draw --pool 号池文件 --count 数量 [--secret 64位十六进制] [--entropy 外部随机数] --out 证明.json'

/**
 * `spotcheck draw` (issue 4): draws `count` identifiers from a pool file (one per line, blank
 * lines ignored) by docs/draw-algorithm.md and writes the proof. Without --secret the secret is
 * 256 fresh bits from the operating system's CSPRNG. Needs no database.
 */
export function drawCommand(args: ParsedArgs): number {
  const poolFile = option(args, 'pool')
  const countText = option(args, 'count')
  const out = option(args, 'out')
  if (!poolFile || !countText || !out) throw new UsageError(usage)
  if (!/^[1-9]\d*$/.test(countText) || !Number.isSafeInteger(Number(countText))) {
    throw new UsageError(`--count 应为正整数，实为“${countText}”\n${usage}`)
  }
  const secretOption = option(args, 'secret')
  if (secretOption !== undefined && !/^[0-9a-fA-F]{64}$/.test(secretOption)) {
    throw new UsageError(`--secret 应为 64 位十六进制（256 位），实为 ${secretOption.length} 个字符\n${usage}`)
  }
  const secret = secretOption ?? makeSecret(randomBytes)
  const bytes = readInputFile(poolFile, '号池文件')
  const pool = canonicalPoolBytes(bytes)
  const { proof } = drawFromSortedPool(pool, { count: Number(countText) }, secret, option(args, 'entropy') ?? '')
  writeFileSync(resolve(out), JSON.stringify(proof, null, 2) + '\n')

  const say = (line: string) => process.stdout.write(`${line}\n`)
  say(`已从 ${proof.poolSize} 个标识中抽取 ${proof.selected.length} 个，证明已写入 ${resolve(out)}`)
  say(`号池哈希：${proof.poolHash}`)
  say(`承诺值：${proof.commitment}`)
  // The final newline of a file leaves one empty entry, which is not a blank line to a clerk.
  const blankLines = pool.blank - (bytes.length > 0 && bytes[bytes.length - 1] === 0x0a ? 1 : 0)
  if (blankLines > 0 || pool.duplicates > 0) say(`号池文件中的空行 ${blankLines} 行、重复标识 ${pool.duplicates} 个未计入号池`)
  if (proof.pool === undefined) say(`号池超过 10000 个，证明中未附号池；复核时请提供号池文件：spotcheck verify 证明.json --pool ${poolFile}`)
  return 0
}
