import { describe, expect, it } from 'vitest'
import type { DrawProof } from '../../../src-shared/domain/draw'
import { drawFromPool } from '../../../src-main/draw/drawFromPool'
import { verifyProof } from '../../../src-main/draw/verifyProof'

const pool = Array.from({ length: 40 }, (_, i) => `9137032200000${String(i).padStart(5, '0')}`)
const secret = 'a5'.repeat(32)

function freshProof(): DrawProof {
  return drawFromPool(pool, { count: 5, stratum: 'B' }, secret, '证人：张三 读数 7 19 33').proof
}

describe('proof verification', () => {
  it('accepts an untouched proof, with its own pool or the pool file', () => {
    const proof = freshProof()
    expect(verifyProof(proof)).toEqual({ ok: true })
    const { pool: _omitted, ...withoutPool } = proof
    expect(verifyProof(withoutPool, { pool: [...pool].reverse() })).toEqual({ ok: true })
    expect(verifyProof(JSON.parse(JSON.stringify(proof)))).toEqual({ ok: true })
  })

  it('names the pool when an identifier was added to it', () => {
    const proof = freshProof()
    const verdict = verifyProof(proof, { pool: [...pool, '91370322999999999X'] })
    expect(verdict).toMatchObject({ ok: false, mismatch: 'pool' })
    expect(!verdict.ok && verdict.reason).toContain('号池不符')
  })

  it('names the pool when the proof’s own pool or size was edited', () => {
    const edited = { ...freshProof(), pool: pool.slice(1) }
    expect(verifyProof(edited)).toMatchObject({ ok: false, mismatch: 'pool' })
    expect(verifyProof({ ...freshProof(), poolSize: 41 })).toMatchObject({ ok: false, mismatch: 'pool' })
  })

  it('names the result when a drawn identifier was swapped for another', () => {
    const proof = freshProof()
    const outsider = pool.find((id) => !proof.selected.includes(id)) as string
    const verdict = verifyProof({ ...proof, selected: [outsider, ...proof.selected.slice(1)] })
    expect(verdict).toMatchObject({ ok: false, mismatch: 'result' })
    expect(!verdict.ok && verdict.reason).toContain('结果不符')
  })

  it('names the result when the draw order was changed or an identifier dropped', () => {
    const proof = freshProof()
    expect(verifyProof({ ...proof, selected: [...proof.selected].reverse() })).toMatchObject({ mismatch: 'result' })
    expect(verifyProof({ ...proof, selected: proof.selected.slice(1) })).toMatchObject({ mismatch: 'result' })
  })

  it('names the commitment when the revealed secret was changed', () => {
    const verdict = verifyProof({ ...freshProof(), secret: 'b6'.repeat(32) })
    expect(verdict).toMatchObject({ ok: false, mismatch: 'commitment' })
    expect(!verdict.ok && verdict.reason).toContain('承诺值不符')
  })

  it('names the parameters when the count or another parameter was changed', () => {
    const proof = freshProof()
    const count = verifyProof({ ...proof, parameters: { ...proof.parameters, count: 6 } })
    expect(count).toMatchObject({ ok: false, mismatch: 'parameters' })
    expect(!count.ok && count.reason).toContain('参数不符')
    expect(verifyProof({ ...proof, parameters: { ...proof.parameters, stratum: 'A' } })).toMatchObject({ mismatch: 'parameters' })
  })

  it('names the parameters when the entropy was changed', () => {
    expect(verifyProof({ ...freshProof(), entropy: '证人：张三 读数 7 19 34' })).toMatchObject({ mismatch: 'parameters' })
  })

  it('says what is wrong with something that is not a proof', () => {
    expect(verifyProof(null)).toMatchObject({ ok: false, mismatch: 'format' })
    expect(verifyProof({ ...freshProof(), algorithm: 'other' })).toMatchObject({ mismatch: 'format' })
    const { pool: _omitted, ...withoutPool } = freshProof()
    expect(verifyProof(withoutPool)).toMatchObject({ ok: false, mismatch: 'pool', reason: expect.stringContaining('号池文件') })
  })
})
