import { createHash } from 'node:crypto'
import { DrawInputError } from './drawInputError'

export interface Rfc3797Input {
  poolSize: number
  count: number
  /** One string per source, its numbers separated by spaces (or commas), e.g. "2 5 12 8 10". */
  sources: readonly string[]
}

export interface Rfc3797Step {
  /** 0-based selection index i, hashed as two big-endian bytes before and after the key. */
  index: number
  /** MD5 digest, uppercase hex as the RFC prints it. */
  digest: string
  /** How many were left to choose from (the divisor). */
  remaining: number
  /** The 1-based pool position chosen. */
  position: number
}

export interface Rfc3797Result {
  /** The key string, e.g. "9319./2.5.8.10.12./9.18.26.34.41.45./". */
  key: string
  /** 1-based positions in selection order. */
  positions: number[]
  steps: Rfc3797Step[]
}

/** RFC 3797 §7 reference code: "pool limit of 2**8-1 extended to 2**16-1". */
export const rfc3797MaxPool = 65535

/**
 * RFC 3797 (Publicly Verifiable NomCom Random Selection), §4 and the §7 reference code:
 * - key: for each source in the order given, its numbers sorted ascending, each written in
 *   decimal without leading zeros and followed by "."; each source ended by "/".
 * - for i = 0, 1, …: MD5(uint16be(i) ‖ key ‖ uint16be(i)), read as a 128-bit unsigned
 *   integer, mod the number of candidates remaining; that 0-based index among the remaining
 *   candidates (kept in ascending position order) is selected and removed.
 * Only non-negative integer sources are accepted: the reference code takes integers or
 * x.y reals and nothing else (no text sources); reals are not supported here (see the doc).
 */
export function rfc3797(input: Rfc3797Input): Rfc3797Result {
  const { poolSize, count, sources } = input
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > rfc3797MaxPool) {
    throw new DrawInputError(`RFC 3797 的号池大小须在 1 到 ${rfc3797MaxPool} 之间，实为 ${poolSize}`)
  }
  if (!Number.isInteger(count) || count < 1 || count > poolSize) {
    throw new DrawInputError(`抽取数量须在 1 到号池大小 ${poolSize} 之间，实为 ${count}`)
  }
  if (sources.length === 0) throw new DrawInputError('RFC 3797 至少需要一个随机源')

  const key = rfc3797KeyOf(sources)
  const keyBytes = Buffer.from(key, 'ascii')
  const remaining = Array.from({ length: poolSize }, (_, i) => i + 1)
  const steps: Rfc3797Step[] = []
  const index = Buffer.alloc(2)
  for (let i = 0; i < count; i++) {
    index.writeUInt16BE(i, 0)
    const digest = createHash('md5').update(index).update(keyBytes).update(index).digest('hex').toUpperCase()
    const divisor = remaining.length
    const chosen = Number(BigInt('0x' + digest) % BigInt(divisor))
    const position = remaining.splice(chosen, 1)[0]
    steps.push({ index: i, digest, remaining: divisor, position })
  }
  return { key, positions: steps.map((step) => step.position), steps }
}

function rfc3797KeyOf(sources: readonly string[]): string {
  return sources
    .map((source, s) => {
      const tokens = source.split(/[\s,，、]+/).filter((token) => token !== '')
      if (tokens.length === 0) throw new DrawInputError(`第 ${s + 1} 个随机源是空的`)
      const values = tokens.map((token) => {
        if (!/^\d+$/.test(token)) {
          throw new DrawInputError(`第 ${s + 1} 个随机源中的“${token}”不是非负整数：RFC 3797 的随机源只能是数字`)
        }
        return BigInt(token)
      })
      values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      return values.map((value) => value.toString() + '.').join('') + '/'
    })
    .join('')
}
