import { createHash } from 'node:crypto'
import { checkIdentifier } from './checkIdentifier'
import { normalizeText } from './normalizeText'

export interface CanonicalPool {
  /** Normalised, de-duplicated identifiers in UTF-8 byte order (= Unicode code point order). */
  ids: string[]
  /** SHA-256 (lowercase hex) of the UTF-8 of every identifier followed by "\n". */
  hash: string
  /** Entries that were empty after trimming (blank lines). */
  blank: number
  /** Entries dropped because an equal identifier was already in the pool. */
  duplicates: number
}

/**
 * The canonical pool (docs/draw-algorithm.md §2). The hash equals `sha256sum` of a file holding
 * the canonical identifiers one per line with a final newline, so for ASCII identifiers a third
 * party can check it with `LC_ALL=C sort -u pool.txt | sha256sum`.
 */
export function canonicalPool(raw: Iterable<string>): CanonicalPool {
  const ids: string[] = []
  let blank = 0
  let astral = false
  for (const entry of raw) {
    // Printable ASCII without spaces (every 统一社会信用代码 and 执法证号) is already normal: one
    // test instead of trimming, NFC and the control-character check.
    if (plainAscii.test(entry)) {
      ids.push(entry)
      continue
    }
    const id = normalizeText(entry)
    if (id === '') {
      blank++
      continue
    }
    if (checkIdentifier(id).astral) astral = true
    ids.push(id)
  }
  // Code-unit order equals code point (and UTF-8 byte) order unless a string holds a surrogate
  // pair (characters beyond U+FFFF); only then is the slower comparator needed. A pool read from
  // an index in identifier order is usually sorted already, which one pass finds out.
  if (astral) ids.sort(compareCodePoints)
  else if (!isSortedByCodeUnits(ids)) ids.sort()

  let write = 0
  for (let read = 0; read < ids.length; read++) {
    if (write > 0 && ids[read] === ids[write - 1]) continue
    ids[write++] = ids[read]
  }
  const duplicates = ids.length - write
  ids.length = write

  return { ids, hash: poolHashOf(ids), blank, duplicates }
}

/** SHA-256 of every identifier followed by "\n": one join, one encoding, one update (cheapest for a million flat strings). */
function poolHashOf(ids: readonly string[]): string {
  if (ids.length === 0) return createHash('sha256').digest('hex')
  return createHash('sha256').update(Buffer.from(ids.join('\n') + '\n', 'utf8')).digest('hex')
}

function isSortedByCodeUnits(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (ids[i - 1] > ids[i]) return false
  return true
}

const plainAscii = /^[\x21-\x7e]+$/

function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; ) {
    const x = a.codePointAt(i) as number
    const y = b.codePointAt(i) as number
    if (x !== y) return x - y
    i += x > 0xffff ? 2 : 1
  }
  return a.length - b.length
}
