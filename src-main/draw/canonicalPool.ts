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
    const id = normalizeText(entry)
    if (id === '') {
      blank++
      continue
    }
    if (checkIdentifier(id).astral) astral = true
    ids.push(id)
  }
  // Code-unit order equals code point (and UTF-8 byte) order unless a string holds a surrogate
  // pair (characters beyond U+FFFF); only then is the slower comparator needed.
  if (astral) ids.sort(compareCodePoints)
  else ids.sort()

  let write = 0
  for (let read = 0; read < ids.length; read++) {
    if (write > 0 && ids[read] === ids[write - 1]) continue
    ids[write++] = ids[read]
  }
  const duplicates = ids.length - write
  ids.length = write

  return { ids, hash: poolHashOf(ids), blank, duplicates }
}

/** One hash object, fed in chunks of about 64 KiB so a million identifiers cost a few hundred updates. */
function poolHashOf(ids: readonly string[]): string {
  const hash = createHash('sha256')
  let chunk = ''
  for (const id of ids) {
    chunk += id + '\n'
    if (chunk.length >= 65536) {
      hash.update(chunk, 'utf8')
      chunk = ''
    }
  }
  if (chunk !== '') hash.update(chunk, 'utf8')
  return hash.digest('hex')
}

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
