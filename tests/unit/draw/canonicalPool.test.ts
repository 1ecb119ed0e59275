import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalPool } from '../../../src-main/draw/canonicalPool'

describe('the canonical pool', () => {
  it('trims, drops blanks and duplicates, and sorts in byte order', () => {
    const pool = canonicalPool([' B2 ', 'a1', '\tB2', '', 'A3\r', '\u3000A1\u3000', 'A1'])
    expect(pool.ids).toEqual(['A1', 'A3', 'B2', 'a1'])
    expect(pool.blank).toBe(1)
    expect(pool.duplicates).toBe(2)
  })

  it('hashes each identifier followed by a newline, like sha256sum of the sorted file', () => {
    const pool = canonicalPool(['B', 'A'])
    expect(pool.hash).toBe(createHash('sha256').update('A\nB\n').digest('hex'))
  })

  it('hashes a large pool the same as one update of the whole text', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `9137032200000${String(i).padStart(5, '0')}`)
    expect(canonicalPool(ids).hash).toBe(createHash('sha256').update(ids.join('\n') + '\n').digest('hex'))
  })

  it('normalises to NFC so a decomposed and a composed name are one identifier', () => {
    const pool = canonicalPool(['Zoe\u0308', 'Zo\u00eb'])
    expect(pool.ids).toEqual(['Zo\u00eb'])
  })

  it('orders characters beyond U+FFFF by code point, as UTF-8 bytes do', () => {
    expect(canonicalPool(['𠀀', '\uff58', 'a']).ids).toEqual(['a', '\uff58', '𠀀'])
  })

  it('refuses identifiers with a newline or control character inside', () => {
    expect(() => canonicalPool(['A\nB'])).toThrow('换行或控制字符')
    expect(() => canonicalPool(['A\u0000B'])).toThrow('换行或控制字符')
    expect(() => canonicalPool(['A\ud800B'])).toThrow('UTF-8')
  })
})
