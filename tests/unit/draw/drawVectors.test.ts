import { describe, expect, it } from 'vitest'
import { drawFromPool } from '../../../src-main/draw/drawFromPool'
import { commitmentOf, makeSecret } from '../../../src-main/draw/commitment'
import { verifyProof } from '../../../src-main/draw/verifyProof'

// The vectors of docs/draw-algorithm.md §9, cross-checked by the Python verifier printed there.
const vectorPool = [
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
]
const vectorSecret = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'

describe('the draw algorithm (spotcheck-desk/draw/v1)', () => {
  it('reproduces test vector 1: nine USCCs, three drawn, witness numbers as entropy', () => {
    const { selected, proof } = drawFromPool(vectorPool, { count: 3 }, vectorSecret, ' 3 17 22 41 ')
    expect(proof.poolSize).toBe(9)
    expect(proof.poolHash).toBe('05b2987726fdb77fc40d222bb4a657bfae957d321fd06e4d8e83f614a5fda73f')
    expect(proof.commitment).toBe('630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd')
    expect(proof.entropy).toBe('3 17 22 41')
    expect(proof.seed).toBe('78c46b27de3e39114c3623a4c44b4b3949a824622a9d85949a8b2745305a82f6')
    expect(selected).toEqual(['91370322MA3C5XYZ3M', '91370322MA3C5XYZ5P', '91370322MA3C5XYZ1K'])
    expect(verifyProof(proof)).toEqual({ ok: true })
  })

  it('reproduces test vector 2: Chinese and non-BMP identifiers, extra parameters, Chinese entropy', () => {
    const pool = ['张三-001', '李四-002', '王五-003', 'Zoë-004', '𠀀-005', 'ｘ-006']
    const entropy = '双色球 2026001 期：03 07 12 19 25 31 + 09'
    const { selected, proof } = drawFromPool(pool, { count: 4, stratum: 'A', purpose: '测试' }, 'ff'.repeat(32), entropy)
    // UTF-8 byte order: U+FF58 (ｘ) sorts before U+20000 (𠀀), unlike UTF-16 code unit order.
    expect(proof.pool).toEqual(['Zoë-004', '张三-001', '李四-002', '王五-003', 'ｘ-006', '𠀀-005'])
    expect(proof.poolHash).toBe('fd8708f5736035d55c489ac444d1b8de8cf82bd2a55ccfeb9c1bd6b6011908d1')
    expect(proof.seed).toBe('5bdff2c688594c5dc29c5b0f266f2852c4a915cbde9a4664975952b9787b87c3')
    expect(selected).toEqual(['李四-002', 'Zoë-004', 'ｘ-006', '王五-003'])
  })

  it('hashes the secret bytes, not their hex text, for the commitment', () => {
    expect(commitmentOf(vectorSecret)).toBe('630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd')
    expect(commitmentOf(vectorSecret.toUpperCase())).toBe(commitmentOf(vectorSecret))
  })

  it('makes a 256-bit secret from the injected random source', () => {
    const secret = makeSecret((n) => Uint8Array.from({ length: n }, (_, i) => i))
    expect(secret).toBe(vectorSecret)
    expect(() => makeSecret(() => new Uint8Array(16))).toThrow('需要 32 字节')
  })

  it('gives a different result when only the entropy changes', () => {
    const a = drawFromPool(vectorPool, { count: 3 }, vectorSecret, '3 17 22 41')
    const b = drawFromPool(vectorPool, { count: 3 }, vectorSecret, '3 17 22 42')
    expect(a.proof.seed).not.toBe(b.proof.seed)
  })

  it('refuses an empty pool and a count larger than the pool, saying what to do', () => {
    expect(() => drawFromPool(['', '  '], { count: 1 }, vectorSecret, '')).toThrow('号池为空')
    expect(() => drawFromPool(vectorPool, { count: 10 }, vectorSecret, '')).toThrow('超过号池中的 9 个')
    expect(() => drawFromPool(vectorPool, { count: 0 }, vectorSecret, '')).toThrow('正整数')
    expect(() => drawFromPool(vectorPool, { count: 1 }, 'abc', '')).toThrow('十六进制')
  })

  it('draws the whole pool when the count equals its size', () => {
    const { selected } = drawFromPool(vectorPool, { count: 9 }, vectorSecret, '')
    expect([...selected].sort()).toEqual([...new Set(vectorPool.map((s) => s.trim()).filter(Boolean))].sort())
  })
})
