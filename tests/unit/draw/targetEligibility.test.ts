import { describe, expect, it } from 'vitest'
import { targetEligibility, type EligibilityTarget } from '../../../src-main/draw/targetEligibility'

function target(id: string, over: Partial<EligibilityTarget> = {}): EligibilityTarget {
  return {
    id,
    status: '存续',
    riskClass: 'B',
    abnormalListed: false,
    seriousViolation: false,
    complaintCount: 0,
    selectionsThisYear: 0,
    ...over
  }
}

const general = { keyItem: false, targeted: false }

function removed(result: ReturnType<typeof targetEligibility>, rule: string) {
  return result.rules.find((r) => r.rule === rule)
}

describe('target eligibility', () => {
  it('excludes targets whose registration is not 存续 and counts them', () => {
    const result = targetEligibility(
      [target('t1'), target('t2', { status: '注销' }), target('t3', { status: '吊销' }), target('t4', { status: '迁出' })],
      general
    )
    expect(result.eligible.map((t) => t.id)).toEqual(['t1'])
    expect(removed(result, 'notActive')).toMatchObject({ removed: 3, source: '004 §(三十)' })
    expect(result.excludedIds.notActive).toEqual(['t2', 't3', 't4'])
  })

  it('excludes a target already drawn twice this year (004 §(十五))', () => {
    const result = targetEligibility([target('t1', { selectionsThisYear: 1 }), target('t2', { selectionsThisYear: 2 })], general)
    expect(result.eligible.map((t) => t.id)).toEqual(['t1'])
    expect(removed(result, 'annualCap')).toMatchObject({ removed: 1, exempted: 0, source: '004 §(十五)' })
  })

  it('lets listed, seriously violating and often-complained-about targets past the annual cap', () => {
    const result = targetEligibility(
      [
        target('listed', { selectionsThisYear: 2, abnormalListed: true }),
        target('serious', { selectionsThisYear: 3, seriousViolation: true }),
        target('complaints', { selectionsThisYear: 2, complaintCount: 3 }),
        target('few', { selectionsThisYear: 2, complaintCount: 2 })
      ],
      general
    )
    expect(result.eligible.map((t) => t.id)).toEqual(['listed', 'serious', 'complaints'])
    expect(removed(result, 'annualCap')).toMatchObject({ removed: 1, exempted: 3 })
  })

  it('does not draw a low-risk (A) target a second time in the year (003 §二(五))', () => {
    const result = targetEligibility(
      [target('a0', { riskClass: 'A' }), target('a1', { riskClass: 'A', selectionsThisYear: 1 }), target('b1', { selectionsThisYear: 1 })],
      general
    )
    expect(result.eligible.map((t) => t.id)).toEqual(['a0', 'b1'])
    expect(removed(result, 'lowRiskRepeat')).toMatchObject({ removed: 1, source: '003 §二(五)' })
  })

  it('treats a listed A-class target as raised, so the low-risk rule no longer applies', () => {
    const result = targetEligibility([target('a1', { riskClass: 'A', selectionsThisYear: 1, abnormalListed: true })], general)
    expect(result.eligible).toHaveLength(1)
  })

  it('exempts key items and targeted checks from both caps, and reports what the exemption kept', () => {
    const targets = [target('cap', { selectionsThisYear: 2 }), target('low', { riskClass: 'A', selectionsThisYear: 1 })]
    for (const context of [{ keyItem: true, targeted: false }, { keyItem: false, targeted: true }]) {
      const result = targetEligibility(targets, context)
      expect(result.eligible).toHaveLength(2)
      expect(removed(result, 'annualCap')).toMatchObject({ removed: 0, exempted: 1 })
      expect(removed(result, 'lowRiskRepeat')).toMatchObject({ removed: 0, exempted: 1 })
    }
  })

  it('still excludes inactive targets from a key-item task', () => {
    const result = targetEligibility([target('t1', { status: '吊销' })], { keyItem: true, targeted: true })
    expect(result.eligible).toHaveLength(0)
  })

  it('counts each excluded target once, under the first rule that removes it', () => {
    const result = targetEligibility([target('t1', { status: '注销', riskClass: 'A', selectionsThisYear: 2 })], general)
    expect(result.rules.map((r) => r.removed)).toEqual([1, 0, 0])
  })

  it('flags eligible targets another task visits in the same period for one merged visit (004 §(二十))', () => {
    const visits = [
      { taskId: 'other', from: '2026-05-01', to: '2026-05-31' },
      { taskId: 'later', from: '2026-09-01', to: '2026-09-30' },
      { taskId: 'this', from: '2026-05-01', to: '2026-06-30' }
    ]
    const result = targetEligibility([target('t1', { visits }), target('t2')], {
      ...general,
      taskId: 'this',
      period: { from: '2026-05-20', to: '2026-06-30' }
    })
    expect(result.mergeCandidates).toEqual([{ targetId: 't1', taskIds: ['other'] }])
    expect(result.eligible).toHaveLength(2)
  })
})
