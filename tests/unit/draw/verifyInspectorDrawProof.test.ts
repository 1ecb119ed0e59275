import { describe, expect, it } from 'vitest'
import { canonicalPool } from '../../../src-main/draw/canonicalPool'
import { commitmentOf } from '../../../src-main/draw/commitment'
import { drawSeed } from '../../../src-main/draw/drawSeed'
import { hashCounterRandom } from '../../../src-main/draw/hashCounterRandom'
import type { InspectorRecord } from '../../../src-main/draw/inspectorCandidates'
import { inspectorMatching, type MatchingTask, type MatchingVisit } from '../../../src-main/draw/inspectorMatching'
import { inspectorDrawProofFormat, type InspectorDrawProof } from '../../../src-main/draw/proofBundle'
import { verifyInspectorDrawProof } from '../../../src-main/draw/verifyInspectorDrawProof'

const staff = (departmentId: string, n: number): InspectorRecord[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${departmentId}-${i}`, departmentId, kind: '执法人员', status: '在岗', qualifications: [], specialties: [], avoidTargetIds: [] }))

const task: MatchingTask = { leadDepartmentId: 'scj', participatingDepartmentIds: ['yjj'], departmentNames: { scj: '县市场监管局', yjj: '县应急管理局', swj: '县税务局' } }
const secret = '2a'.repeat(32)
const entropy = '5 8 13'

/** An inspector draw of three visits, the last one merged with a tax task (its departments added). */
function proof(): InspectorDrawProof {
  const visits: MatchingVisit[] = [
    { id: 't1', targetIds: ['t1'] },
    { id: 't2', targetIds: ['t2'] },
    { id: 't3', targetIds: ['t3'], departmentIds: ['swj', 'yjj'] }
  ]
  const inspectors = [...staff('scj', 3), ...staff('yjj', 2), ...staff('swj', 2)]
  const poolHash = canonicalPool(inspectors.map((i) => i.id)).hash
  const parameters = { count: 3, purpose: 'inspectors', task: 'LHCC-2026-001' }
  const seed = drawSeed({ secretHex: secret, entropy, poolHash, parameters })
  const outcome = inspectorMatching(task, visits, inspectors, hashCounterRandom(seed))
  if (!outcome.ok) throw new Error('shortfall')
  return {
    format: inspectorDrawProofFormat,
    version: 1,
    task: { code: 'LHCC-2026-001', name: '测试任务' },
    drawnAt: '2026-03-05T01:00:00.000Z',
    witnesses: [],
    commitment: commitmentOf(secret),
    secret,
    entropy,
    targetDraw: { commitment: 'a'.repeat(64), poolHash: 'b'.repeat(64) },
    inspectorDraw: { parameters, poolHash, seed: seed.toString('hex'), task, visits, inspectors, groups: outcome.groups }
  }
}

describe('verifying an inspector 摇号 (its own proof, issue 8)', () => {
  it('passes as drawn, and seats the merged visit’s extra department', () => {
    const p = proof()
    expect(verifyInspectorDrawProof(p)).toEqual({ ok: true })
    expect(p.inspectorDraw.groups[2].members.map((m) => m.departmentId)).toEqual(['scj', 'swj', 'yjj'])
    expect(p.inspectorDraw.groups[0].members.map((m) => m.departmentId)).toEqual(['scj', 'yjj'])
  })

  it('fails on a changed secret, inspector list, entropy or group', () => {
    const secretChanged = { ...proof(), secret: '2b'.repeat(32) }
    expect(verifyInspectorDrawProof(secretChanged)).toMatchObject({ ok: false, mismatch: 'commitment' })
    const listChanged = proof()
    listChanged.inspectorDraw.inspectors.pop()
    expect(verifyInspectorDrawProof(listChanged)).toMatchObject({ ok: false, mismatch: 'pool' })
    expect(verifyInspectorDrawProof({ ...proof(), entropy: '5 8 14' })).toMatchObject({ ok: false, mismatch: 'parameters' })
    const groupChanged = proof()
    groupChanged.inspectorDraw.groups[1].members.reverse()
    expect(verifyInspectorDrawProof(groupChanged)).toMatchObject({ ok: false, mismatch: 'result' })
    const mergeDropped = proof()
    delete mergeDropped.inspectorDraw.visits[2].departmentIds
    expect(verifyInspectorDrawProof(mergeDropped)).toMatchObject({ ok: false, mismatch: 'result' })
    expect(verifyInspectorDrawProof({ format: 'x' })).toMatchObject({ ok: false, mismatch: 'format' })
  })
})
