import { describe, expect, it } from 'vitest'
import { canonicalPool } from '../../../src-main/draw/canonicalPool'
import { canonicalPoolBytes } from '../../../src-main/draw/canonicalPoolBytes'

/** The string way, as a pool file's text would go through it. */
function slow(text: string) {
  return canonicalPool(text.split('\n'))
}

function agree(text: string): void {
  const expected = slow(text)
  const fast = canonicalPoolBytes(Buffer.from(text, 'utf8'))
  expect(fast.ids()).toEqual(expected.ids)
  expect(fast.hash).toBe(expected.hash)
  expect(fast.size).toBe(expected.ids.length)
  expect(fast.blank).toBe(expected.blank)
  expect(fast.duplicates).toBe(expected.duplicates)
}

/** A small deterministic generator, so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x1_0000_0000
  }
}

const pieces = ['9', '1', '3', '7', '0', 'A', 'B', 'Z', 'a', 'MA', '-', '张', '李四', 'Zoë', 'Zoe\u0308', '𠀀', '\uff58', '_']
const pads = ['', '', '', ' ', '\t', '\r', '  ', '\u3000', '\u00a0', '\ufeff']

function randomPool(random: () => number, lines: number, asciiOnly: boolean): string {
  const used: string[] = []
  const out: string[] = []
  const alphabet = asciiOnly ? pieces.filter((piece) => /^[\x20-\x7e]+$/.test(piece)) : pieces
  const padding = asciiOnly ? pads.filter((pad) => [...pad].every((c) => c.charCodeAt(0) < 0x80)) : pads
  for (let i = 0; i < lines; i++) {
    const roll = random()
    let id: string
    if (roll < 0.1) id = ''
    else if (roll < 0.3 && used.length > 0) id = used[Math.floor(random() * used.length)]
    else {
      id = ''
      const length = 1 + Math.floor(random() * 6)
      for (let j = 0; j < length; j++) id += alphabet[Math.floor(random() * alphabet.length)]
      used.push(id)
    }
    const pick = () => padding[Math.floor(random() * padding.length)]
    out.push(pick() + id + pick())
  }
  return out.join('\n') + (random() < 0.5 ? '\n' : '')
}

describe('the canonical pool of a pool file, worked out on bytes', () => {
  it('gives the test vector pool of docs/draw-algorithm.md §9', () => {
    const text = [
      '91370322MA3C5XYZ1K',
      '91370322MA3C5XYZ2L',
      '  92370322MA3D00001X ',
      '91370322MA3C5XYZ1K',
      '',
      '91370322163456789Q',
      '93370322MA3E12345A',
      '91370322MA3C5XYZ3M',
      '92370322MA3D00002Y',
      '91370322MA3C5XYZ4N',
      '91370322MA3C5XYZ5P'
    ].join('\n')
    const pool = canonicalPoolBytes(Buffer.from(text))
    expect(pool.size).toBe(9)
    expect(pool.hash).toBe('05b2987726fdb77fc40d222bb4a657bfae957d321fd06e4d8e83f614a5fda73f')
    agree(text)
  })

  it('agrees with the string way on random ASCII pools with duplicates, blank lines, CRLF and spaces', () => {
    const random = lcg(20261123)
    for (let round = 0; round < 200; round++) agree(randomPool(random, 1 + Math.floor(random() * 300), true))
  })

  it('agrees with the string way on random pools with Chinese, composed and decomposed, astral and full-width characters', () => {
    const random = lcg(4)
    for (let round = 0; round < 200; round++) agree(randomPool(random, 1 + Math.floor(random() * 300), false))
  })

  it('agrees on a large pool that shares long prefixes, as a county’s 统一社会信用代码 do', () => {
    const random = lcg(7)
    const lines: string[] = []
    for (let i = 0; i < 100_000; i++) {
      const serial = String(Math.floor(random() * 40_000)).padStart(8, '0')
      lines.push(`9137032${i % 3}MA${serial}${i % 5 === 0 ? '\r' : ''}`)
    }
    agree(lines.join('\n') + '\n')
  })

  it('agrees on a large pool of random identifiers of mixed lengths, many of them prefixes of others', () => {
    const random = lcg(99)
    const lines: string[] = []
    for (let i = 0; i < 80_000; i++) {
      let id = ''
      for (let j = 0, n = 1 + Math.floor(random() * 9); j < n; j++) id += 'AB9Z'[Math.floor(random() * 4)]
      lines.push(id)
    }
    agree(lines.join('\n'))
  })

  it('agrees on identifiers longer than the 32 bytes the sort carries, sharing long prefixes', () => {
    const random = lcg(11)
    const prefix = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
    const lines: string[] = []
    for (let i = 0; i < 3_000; i++) {
      const cut = [28, 31, 32, 33, 40][Math.floor(random() * 5)]
      lines.push(prefix.slice(0, cut) + String(Math.floor(random() * 500)) + (random() < 0.2 ? '张' : ''))
    }
    agree(lines.join('\n'))
  })

  it('agrees when the file’s first 64 KiB misjudge its line lengths and line count', () => {
    const random = lcg(5)
    const lines: string[] = []
    for (let i = 0; i < 1_800; i++) lines.push(`LONG-${'x'.repeat(30)}-${Math.floor(random() * 900)}`)
    for (let i = 0; i < 60_000; i++) lines.push(`S${Math.floor(random() * 40_000)}`)
    for (let i = 0; i < 500; i++) lines.push(`S1-${'y'.repeat(40)}${Math.floor(random() * 50)}`)
    agree(lines.join('\n'))
  })

  it('agrees on empty files, files of blank lines, a BOM and a missing final newline', () => {
    for (const text of ['', '\n', '\n\n \r\n', '\ufeffA1\r\nB2', 'A\nA\nA', 'AB\nA\nABC\nB\n', '\u3000 \u3000\nX']) agree(text)
  })

  it('refuses control characters inside a line with the same message as the string way', () => {
    for (const text of ['A\u0000B\nC', 'A\u007fB', 'A\u0085B', 'OK\nA\u2028B']) {
      expect(() => canonicalPoolBytes(Buffer.from(text))).toThrow(/换行或控制字符/)
      expect(() => slow(text)).toThrow(/换行或控制字符/)
    }
  })

  it('finds a control character or DEL at every position within a four-byte word', () => {
    for (let k = 0; k < 9; k++) {
      // A tab is white space at either end, so it is only refused inside.
      for (const bad of k === 0 ? ['\u0000', '\u001f', '\u007f'] : ['\u0000', '\u001f', '\u007f', '\u0009']) {
        const text = `OK\n${'X'.repeat(k)}${bad}Y\nZZ`
        expect(() => canonicalPoolBytes(Buffer.from(text))).toThrow(/换行或控制字符/)
      }
      agree(`${'X'.repeat(k)} ~\n${'~'.repeat(k)}\u00e9\n${' '.repeat(k)}Q`)
    }
  })

  it('refuses a file that is not UTF-8, naming the line', () => {
    expect(() => canonicalPoolBytes(Buffer.from([0x41, 0x0a, 0xb9, 0xfa, 0xbc, 0xd2]))).toThrow('第 2 行不是有效的 UTF-8')
  })
})
