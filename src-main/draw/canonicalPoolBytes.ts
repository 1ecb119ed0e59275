import { createHash } from 'node:crypto'
import { checkIdentifier } from './checkIdentifier'
import { DrawInputError } from './drawInputError'
import { normalizeText } from './normalizeText'
import type { SortedPool } from './sortedPool'

/**
 * The canonical pool (docs/draw-algorithm.md §2) of a pool file, one identifier per line, worked
 * out on the file's bytes: byte-for-byte the result of `canonicalPool(text.split('\n'))`, but a
 * million-line file takes a fraction of a second instead of seconds of JavaScript string sorting.
 *
 * Lines of printable ASCII (every 统一社会信用代码, 注册号 and 执法证号), perhaps ending in CR, are
 * trimmed of spaces and the CR and kept as byte ranges of the file; NFC cannot change them. A
 * line with any other byte (a tab, another control, anything beyond ASCII) goes the string way
 * (UTF-8 decode, trim, NFC, the same checks) and its normalised bytes are appended. The lines are sorted by an MSD radix sort on bytes, which is UTF-8 byte order (=
 * code point order), de-duplicated, and written out once, each followed by "\n", for the hash.
 */
export function canonicalPoolBytes(file: Uint8Array): SortedPool {
  const { records, data, count, blank } = readLines(file)
  sortRecords(records, data, count)
  const { starts, lengths, words, width } = records
  const cachedBytes = width * 4

  // De-duplicate (equal lines are adjacent now) and lay the canonical file out in one buffer,
  // from the cached words where a line fits in them (no random reads of the file).
  let total = 0
  for (let i = 0; i < count; i++) total += lengths[i] + 1
  const canonical = Buffer.allocUnsafe(total + 4)
  const out = new DataView(canonical.buffer, canonical.byteOffset, canonical.length)
  const offsets = new Uint32Array(count + 1)
  let size = 0
  let at = 0
  for (let i = 0; i < count; i++) {
    if (i > 0 && compareRecords(records, data, i - 1, i, 0) === 0) continue
    offsets[size++] = at
    const length = records.fits ? lengthInWords(words, i * width, width) : lengths[i]
    const cached = length < cachedBytes ? length : cachedBytes
    // Whole words, big-endian; what a last word writes past the line is overwritten next.
    for (let w = 0, base = i * width; w * 4 < cached; w++) out.setUint32(at + 4 * w, words[base + w], false)
    at += cached
    for (let p = starts[i] + cached, end = starts[i] + length; p < end; p++) canonical[at++] = data[p]
    canonical[at++] = 0x0a
  }
  offsets[size] = at
  const bytes = canonical.subarray(0, at)
  const hash = createHash('sha256').update(bytes).digest('hex')

  const idAt = (position: number): string => {
    if (!Number.isInteger(position) || position < 0 || position >= size) throw new RangeError(`position ${position} not in 0..${size - 1}`)
    return bytes.toString('utf8', offsets[position], offsets[position + 1] - 1)
  }
  return {
    hash,
    size,
    idAt,
    ids: () => Array.from({ length: size }, (_, position) => idAt(position)),
    blank,
    duplicates: count - size
  }
}

/**
 * The lines as records that the sort moves: start and length in the data, and the first
 * `4 × width` bytes as big-endian words, zero-padded past the line's end. No identifier holds a
 * 0x00 byte (control characters are refused), so the padding sorts a proper prefix first, and two
 * lines that fit in their words are equal exactly when their words are. One record more than
 * there are lines: scratch space for the insertion sort.
 */
interface Records {
  starts: Uint32Array
  lengths: Uint32Array
  words: Uint32Array
  width: number
  /**
   * Every line fits in its words. Then the words alone order and tell lines apart, and the sort
   * moves only them: starts and lengths stay in file order (their sum still gives the size).
   */
  fits: boolean
}

/** Up to 32 bytes of every line travel with it: every 统一社会信用代码 and 执法证号 fits. */
const maxWidth = 8
const smallRange = 10

/**
 * Splits on "\n" exactly as String.prototype.split would (a final newline leaves one empty,
 * blank entry), normalises each line and packs its leading bytes into the record's words, in one
 * pass over the bytes. Lines of printable ASCII (and the CR of a CRLF) take the fast way; any other
 * byte sends its line the string way.
 */
function readLines(file: Uint8Array): { records: Records; data: Uint8Array; count: number; blank: number } {
  // How many bytes to cache per line, and how many lines to expect, from the file's first 64 KiB;
  // a longer line later is still sorted right (its tail is compared in the file), and the
  // records grow if there are more lines.
  const sample = Math.min(file.length, 65536)
  let sampleLines = 1
  let longest = 0
  for (let p = 0, from = 0; p < sample; p++) {
    if (file[p] !== 0x0a) continue
    if (p - from > longest) longest = p - from
    sampleLines++
    from = p + 1
  }
  if (sample === file.length) longest = Math.max(longest, file.length - (file.lastIndexOf(0x0a) + 1))
  const width = Math.max(1, Math.min(maxWidth, Math.ceil(Math.max(longest, 1) / 4)))
  let capacity = Math.ceil((file.length / Math.max(sample, 1)) * sampleLines * 1.05) + 16
  let records: Records = { starts: new Uint32Array(capacity + 1), lengths: new Uint32Array(capacity + 1), words: new Uint32Array((capacity + 1) * width), width, fits: true }
  const cachedBytes = width * 4
  const view = new DataView(file.buffer, file.byteOffset, file.length)
  const extra: Buffer[] = []
  let extraLength = 0
  let count = 0
  let blank = 0
  let segment = 0
  let lineStart = 0
  let unusual = false
  for (let p = 0; p <= file.length; p++) {
    // Four bytes at a time while all four are printable ASCII: no byte below 0x20 (which
    // includes the newline) and none above 0x7e, tested on the word at once.
    while (p + 4 <= file.length) {
      const word = view.getUint32(p, false)
      if ((((word - 0x20202020) & ~word) | (word + 0x01010101) | word) & 0x80808080) break
      p += 4
    }
    const byte = p < file.length ? file[p] : 0x0a
    if (byte >= 0x20 && byte <= 0x7e) continue
    if (byte !== 0x0a) {
      if (byte !== 0x0d || (p + 1 < file.length && file[p + 1] !== 0x0a)) unusual = true
      continue
    }
    if (count === capacity) {
      capacity *= 2
      records = grown(records, capacity)
    }
    if (!unusual) {
      let start = lineStart
      let end = p
      while (start < end && file[start] === 0x20) start++
      while (end > start && (file[end - 1] === 0x20 || file[end - 1] === 0x0d)) end--
      if (start === end) blank++
      else {
        packWords(file, view, start, end - start, records.words, count * width, cachedBytes)
        if (end - start > cachedBytes) records.fits = false
        records.starts[count] = start
        records.lengths[count++] = end - start
      }
    } else {
      // The string way, on the whole line: trimming and NFC on text, and the same checks.
      const id = normalizeText(decodeLine(file, lineStart, p, segment))
      if (id === '') blank++
      else {
        checkIdentifier(id)
        const encoded = Buffer.from(id, 'utf8')
        const base = count * width
        for (let b = 0, n = Math.min(encoded.length, cachedBytes); b < n; b++) records.words[base + (b >> 2)] |= encoded[b] << (24 - 8 * (b & 3))
        if (encoded.length > cachedBytes) records.fits = false
        records.starts[count] = file.length + extraLength
        records.lengths[count++] = encoded.length
        extra.push(encoded)
        extraLength += encoded.length
      }
    }
    segment++
    lineStart = p + 1
    unusual = false
  }
  const data = extra.length === 0 ? file : Buffer.concat([file, ...extra])
  return { records, data, count, blank }
}

/** The records with room for `capacity` lines (and the scratch record). */
function grown(records: Records, capacity: number): Records {
  const { starts, lengths, words, width } = records
  const next: Records = { starts: new Uint32Array(capacity + 1), lengths: new Uint32Array(capacity + 1), words: new Uint32Array((capacity + 1) * width), width, fits: records.fits }
  next.starts.set(starts)
  next.lengths.set(lengths)
  next.words.set(words)
  return next
}

/** A line's length from its words, which hold all of it followed by 0x00 padding. */
function lengthInWords(words: Uint32Array, base: number, width: number): number {
  let w = width - 1
  while (w > 0 && words[base + w] === 0) w--
  const last = words[base + w]
  // Trailing zero bytes of the last non-zero word are padding.
  return 4 * w + 4 - ((31 - Math.clz32(last & -last)) >> 3)
}

/** The line's first bytes (up to `cachedBytes`) into big-endian words, four at a time, zero past its end. */
function packWords(file: Uint8Array, view: DataView, start: number, length: number, words: Uint32Array, base: number, cachedBytes: number): void {
  const cached = length < cachedBytes ? length : cachedBytes
  for (let b = 0; b < cached; b += 4) {
    const at = start + b
    let word: number
    if (at + 4 <= file.length) word = view.getUint32(at, false)
    else {
      word = 0
      for (let k = 0; k < 4; k++) word = (word << 8) | (at + k < file.length ? file[at + k] : 0)
    }
    const left = cached - b
    if (left < 4) word = (word >>> (8 * (4 - left))) << (8 * (4 - left))
    words[base + (b >> 2)] = word
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

function decodeLine(file: Uint8Array, start: number, end: number, segment: number): string {
  try {
    return strictUtf8.decode(file.subarray(start, end))
  } catch {
    throw new DrawInputError(`号池文件第 ${segment + 1} 行不是有效的 UTF-8 文本，请以 UTF-8 编码保存号池文件`)
  }
}

/**
 * Sorts the first `count` records by their lines' UTF-8 bytes: an MSD radix sort, one counting
 * pass per byte position within each bucket, over records that carry their leading bytes, so the
 * sort reads the file only where a line is longer than its cached words (memory, not arithmetic,
 * is what a million lines cost). Small buckets finish by insertion sort. An explicit stack, so
 * long common prefixes cannot overflow the call stack.
 */
function sortRecords(records: Records, data: Uint8Array, count: number): void {
  const { starts, lengths, words, width, fits } = records
  const tempStarts = new Uint32Array(fits ? 0 : count)
  const tempLengths = new Uint32Array(fits ? 0 : count)
  const tempWords = new Uint32Array(count * width)
  const counts = new Uint32Array(256)
  const wide = new Uint32Array(65536)
  const cachedBytes = width * 4
  // Identifiers from one county share their first bytes (91370322…): skip the common prefix in one
  // sequential pass instead of one counting pass per shared byte.
  const stack: number[] = [0, count, count > 1 ? commonPrefixBytes(records, count) : 0]
  while (stack.length > 0) {
    const depth = stack.pop() as number
    const hi = stack.pop() as number
    const lo = stack.pop() as number
    if (hi - lo <= smallRange) {
      insertionSort(records, data, lo, hi, depth)
      continue
    }
    if (depth >= cachedBytes) {
      sortLong(records, data, lo, hi)
      continue
    }
    if (hi - lo >= wideRange && (depth & 3) <= 2) {
      radixPassWide(records, lo, hi, depth, wide, tempStarts, tempLengths, tempWords, stack)
      continue
    }
    const word = depth >> 2
    const shift = 24 - 8 * (depth & 3)
    counts.fill(0)
    for (let i = lo; i < hi; i++) counts[(words[i * width + word] >>> shift) & 0xff]++
    const first = (words[lo * width + word] >>> shift) & 0xff
    if (counts[first] === hi - lo) {
      // One bucket: all lines share this byte (or all have ended and are equal); skip every byte
      // they share in one pass.
      if (first !== 0) stack.push(lo, hi, rangePrefix(records, lo, hi, depth + 1))
      continue
    }
    let sum = lo
    for (let key = 0; key < 256; key++) {
      const c = counts[key]
      counts[key] = sum
      sum += c
    }
    for (let i = lo; i < hi; i++) {
      const from = i * width
      const to = counts[(words[from + word] >>> shift) & 0xff]++
      if (!fits) {
        tempStarts[to] = starts[i]
        tempLengths[to] = lengths[i]
      }
      const base = to * width
      for (let w = 0; w < width; w++) tempWords[base + w] = words[from + w]
    }
    if (!fits) {
      starts.set(tempStarts.subarray(lo, hi), lo)
      lengths.set(tempLengths.subarray(lo, hi), lo)
    }
    words.set(tempWords.subarray(lo * width, hi * width), lo * width)
    // counts[key] is now the end of bucket key; bucket 0 (ended lines) needs no more sorting.
    let bucketStart = counts[0]
    for (let key = 1; key < 256; key++) {
      const bucketEnd = counts[key]
      if (bucketEnd - bucketStart > 1) stack.push(bucketStart, bucketEnd, depth + 1)
      bucketStart = bucketEnd
    }
  }
}

/** Ranges at least this large take two bytes per pass. */
const wideRange = 1 << 16

/**
 * One radix pass on the two bytes at `depth` and `depth + 1` (both in one cached word): half the
 * passes over a large range, at the price of a 65,536-entry count table.
 */
function radixPassWide(
  records: Records,
  lo: number,
  hi: number,
  depth: number,
  counts: Uint32Array,
  tempStarts: Uint32Array,
  tempLengths: Uint32Array,
  tempWords: Uint32Array,
  stack: number[]
): void {
  const { starts, lengths, words, width, fits } = records
  const word = depth >> 2
  const shift = 16 - 8 * (depth & 3)
  counts.fill(0)
  for (let i = lo; i < hi; i++) counts[(words[i * width + word] >>> shift) & 0xffff]++
  const first = (words[lo * width + word] >>> shift) & 0xffff
  if (counts[first] === hi - lo) {
    // One bucket: no need to move anything; skip every byte the lines share in one pass.
    if ((first & 0xff) !== 0 && first >> 8 !== 0) stack.push(lo, hi, rangePrefix(records, lo, hi, depth + 2))
    return
  }
  let sum = lo
  for (let key = 0; key < 65536; key++) {
    const c = counts[key]
    counts[key] = sum
    sum += c
  }
  for (let i = lo; i < hi; i++) {
    const from = i * width
    const to = counts[(words[from + word] >>> shift) & 0xffff]++
    if (!fits) {
      tempStarts[to] = starts[i]
      tempLengths[to] = lengths[i]
    }
    const base = to * width
    for (let w = 0; w < width; w++) tempWords[base + w] = words[from + w]
  }
  if (!fits) {
    starts.set(tempStarts.subarray(lo, hi), lo)
    lengths.set(tempLengths.subarray(lo, hi), lo)
  }
  words.set(tempWords.subarray(lo * width, hi * width), lo * width)
  // A key whose high byte is 0 ended at depth, whose low byte is 0 ended at depth + 1: all equal.
  let bucketStart = lo
  for (let key = 0; key < 65536; key++) {
    const bucketEnd = counts[key]
    if (bucketEnd - bucketStart > 1 && (key & 0xff) !== 0 && key >> 8 !== 0) stack.push(bucketStart, bucketEnd, depth + 2)
    bucketStart = bucketEnd
  }
}

/**
 * How many leading bytes every record shares with the first, within its cached words and within
 * every line (so a line that ends there is still told apart from a longer one by the sort).
 */
function commonPrefixBytes(records: Records, count: number): number {
  const { words, width, lengths } = records
  let shared = width * 4
  for (let i = 0; i < count && shared > 0; i++) {
    if (lengths[i] < shared) shared = lengths[i]
    const base = i * width
    for (let w = 0; w * 4 < shared; w++) {
      const diff = words[base + w] ^ words[w]
      if (diff !== 0) {
        shared = Math.min(shared, w * 4 + (Math.clz32(diff) >> 3))
        break
      }
    }
  }
  return shared
}

/**
 * How far (at least `depth`) the records lo … hi-1 share their bytes with the first, within the
 * cached words and within every line.
 */
function rangePrefix(records: Records, lo: number, hi: number, depth: number): number {
  const { words, width, lengths } = records
  const cachedBytes = width * 4
  let shared = cachedBytes
  const first = lo * width
  for (let i = lo; i < hi && shared > depth; i++) {
    if (!records.fits && lengths[i] < shared) shared = lengths[i]
    const base = i * width
    for (let w = depth >> 2; w * 4 < shared; w++) {
      const diff = words[base + w] ^ words[first + w]
      if (diff !== 0) {
        shared = Math.min(shared, w * 4 + (Math.clz32(diff) >> 3))
        break
      }
    }
  }
  return shared > depth ? shared : depth
}

/** Byte order of records a and b, known equal before `depth`: their words, then the file past them. */
function compareRecords(records: Records, data: Uint8Array, a: number, b: number, depth: number): number {
  const { words, width, starts, lengths } = records
  for (let w = depth >> 2, ba = a * width, bb = b * width; w < width; w++) {
    const x = words[ba + w]
    const y = words[bb + w]
    if (x !== y) return x > y ? 1 : -1
  }
  if (records.fits) return 0
  const la = lengths[a]
  const lb = lengths[b]
  const cachedBytes = width * 4
  if (la <= cachedBytes || lb <= cachedBytes) return la - lb
  const length = la < lb ? la : lb
  for (let d = cachedBytes; d < length; d++) {
    const x = data[starts[a] + d]
    const y = data[starts[b] + d]
    if (x !== y) return x - y
  }
  return la - lb
}

/** Copies record `from` over record `to`. */
function copyRecord(records: Records, from: number, to: number): void {
  const { starts, lengths, words, width } = records
  if (!records.fits) {
    starts[to] = starts[from]
    lengths[to] = lengths[from]
  }
  for (let w = 0, a = from * width, b = to * width; w < width; w++) words[b + w] = words[a + w]
}

/** Insertion sort of a small range of records known equal before `depth`; the record past the last line is scratch space. */
function insertionSort(records: Records, data: Uint8Array, lo: number, hi: number, depth: number): void {
  const held = records.starts.length - 1
  for (let i = lo + 1; i < hi; i++) {
    if (compareRecords(records, data, i - 1, i, depth) <= 0) continue
    copyRecord(records, i, held)
    let j = i - 1
    while (j >= lo && compareRecords(records, data, j, held, depth) > 0) {
      copyRecord(records, j, j + 1)
      j--
    }
    copyRecord(records, held, j + 1)
  }
}

/** A range whose lines share all their cached bytes (identifiers longer than 32 bytes): a comparison sort on the file. */
function sortLong(records: Records, data: Uint8Array, lo: number, hi: number): void {
  if (records.fits) return // lines that share all their words are equal
  const order = Array.from({ length: hi - lo }, (_, i) => lo + i)
  order.sort((a, b) => compareRecords(records, data, a, b, 0))
  // Their words are all equal, so only starts and lengths move.
  const starts = order.map((i) => records.starts[i])
  const lengths = order.map((i) => records.lengths[i])
  records.starts.set(starts, lo)
  records.lengths.set(lengths, lo)
}
