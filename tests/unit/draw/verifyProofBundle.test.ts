import { describe, expect, it } from 'vitest'
import { canonicalPool } from '../../../src-main/draw/canonicalPool'
import { drawFromPool } from '../../../src-main/draw/drawFromPool'
import { commitmentOf } from '../../../src-main/draw/commitment'
import { drawProofBundleFormat, type DrawProofBundle } from '../../../src-main/draw/proofBundle'
import { verifyProofBundle } from '../../../src-main/draw/verifyProofBundle'

const secret = '0f'.repeat(32)
const entropy = '3 17 22 41'
const stratumA = Array.from({ length: 20 }, (_, i) => `91370322A${String(i).padStart(9, '0')}`)
const stratumB = Array.from({ length: 30 }, (_, i) => `91370322B${String(i).padStart(9, '0')}`)

/** Two strata drawn under one secret, as the app exports a task's 摇号 (without inspectors). */
function bundle(): DrawProofBundle {
  const proofs = [
    drawFromPool(stratumA, { count: 2, purpose: 'targets', task: 'LHCC-2026-001', targetClass: '全部对象', stratum: 'A' }, secret, entropy).proof,
    drawFromPool(stratumB, { count: 3, purpose: 'targets', task: 'LHCC-2026-001', targetClass: '全部对象', stratum: 'B' }, secret, entropy).proof
  ]
  const union = canonicalPool([...stratumA, ...stratumB])
  return {
    format: drawProofBundleFormat,
    version: 1,
    task: { code: 'LHCC-2026-001', name: '测试任务' },
    drawnAt: '2026-03-02T01:30:00.000Z',
    witnesses: [{ name: '王见证', unit: '' }],
    commitment: commitmentOf(secret),
    secret,
    entropy,
    poolHash: union.hash,
    poolSize: union.ids.length,
    proofs,
    inspectorDraw: null
  }
}

describe('verifying an app-exported 摇号 (proof bundle)', () => {
  it('passes when every stratum reproduces under the one commitment and the union pool is the announced one', () => {
    expect(verifyProofBundle(bundle())).toEqual({ ok: true })
  })

  it('fails when a stratum was drawn with other entropy than the session’s', () => {
    const b = bundle()
    b.proofs[1] = drawFromPool(stratumB, b.proofs[1].parameters, secret, '99').proof
    expect(verifyProofBundle(b)).toMatchObject({ ok: false, mismatch: 'parameters' })
  })

  it('fails when the announced pool is not the union of the strata (a target quietly left out)', () => {
    const b = bundle()
    b.poolSize -= 1
    expect(verifyProofBundle(b)).toMatchObject({ ok: false, mismatch: 'pool' })
  })

  it('fails when a stratum was drawn under another secret, even with a valid proof of its own', () => {
    const b = bundle()
    b.proofs[0] = drawFromPool(stratumA, b.proofs[0].parameters, 'aa'.repeat(32), entropy).proof
    const verdict = verifyProofBundle(b)
    expect(verdict).toMatchObject({ ok: false, mismatch: 'commitment' })
    expect(verdict.ok || verdict.reason).toContain('第 1 个证明')
  })

  it('refuses a file that is not a bundle', () => {
    expect(verifyProofBundle({ format: 'x' })).toMatchObject({ ok: false, mismatch: 'format' })
  })

  it('reads version 2 (targets only) and refuses a version 2 bundle that carries an inspector draw', () => {
    const v2 = { ...bundle(), version: 2 as const, inspectorDraw: undefined }
    expect(verifyProofBundle(v2)).toEqual({ ok: true })
    const mixed = { ...v2, inspectorDraw: { parameters: { count: 1 }, poolHash: '', seed: '', task: { leadDepartmentId: 'a', participatingDepartmentIds: [], departmentNames: {} }, visits: [], inspectors: [], groups: [] } }
    expect(verifyProofBundle(mixed)).toMatchObject({ ok: false, mismatch: 'format' })
  })
})
