import { describe, expect, it } from 'vitest'
import type { RiskClass } from '../../../src-shared/domain/enums'
import { ratioCount } from '../../../src-main/draw/ratioCount'
import { stratifiedCounts } from '../../../src-main/draw/stratifiedCounts'

function targets(riskClass: RiskClass | null, n: number, listed = false) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${riskClass ?? 'U'}${listed ? 'L' : ''}${i}`,
    riskClass,
    abnormalListed: listed,
    seriousViolation: false
  }))
}

describe('stratum counts', () => {
  it('rounds up: 3% of 100 is 3, not 4 as floating point would give', () => {
    expect(ratioCount(100, 3)).toBe(3)
    expect(ratioCount(101, 3)).toBe(4)
    expect(ratioCount(1000, 2.5)).toBe(25)
    expect(ratioCount(200, 0.5)).toBe(1)
  })

  it('draws at least one from a non-empty stratum and none from an empty one or at 0%', () => {
    expect(ratioCount(5, 3)).toBe(1)
    expect(ratioCount(0, 3)).toBe(0)
    expect(ratioCount(50, 0)).toBe(0)
    expect(ratioCount(7, 100)).toBe(7)
  })

  it('refuses ratios outside 0–100% or with more than two decimals', () => {
    expect(() => ratioCount(10, 101)).toThrow('0% 到 100%')
    expect(() => ratioCount(10, 1.234)).toThrow('两位小数')
  })

  it('splits by credit risk class with each class’s own ratio', () => {
    const plan = stratifiedCounts([...targets('A', 200), ...targets('B', 150), ...targets('C', 40), ...targets('D', 0)], {
      A: 3,
      B: 4,
      C: 5,
      D: 6
    })
    expect(plan.map((p) => [p.stratum, p.size, p.count])).toEqual([
      ['A', 200, 6],
      ['B', 150, 6],
      ['C', 40, 2],
      ['D', 0, 0],
      ['未分类', 0, 0]
    ])
  })

  it('raises listed targets one class by default, or to D when asked (002 §四(四))', () => {
    const input = [...targets('A', 10, true), ...targets('D', 3, true), ...targets('B', 10)]
    const oneLevel = stratifiedCounts(input, { A: 3, B: 4, C: 5, D: 6 })
    expect(oneLevel.find((p) => p.stratum === 'B')).toMatchObject({ size: 20, upgraded: 10 })
    expect(oneLevel.find((p) => p.stratum === 'D')).toMatchObject({ size: 3, upgraded: 0 })
    const highest = stratifiedCounts(input, { A: 3, B: 4, C: 5, D: 6 }, 'highest')
    expect(highest.find((p) => p.stratum === 'D')).toMatchObject({ size: 13, upgraded: 10 })
    const none = stratifiedCounts(input, { A: 3, B: 4, C: 5, D: 6 }, 'none')
    expect(none.find((p) => p.stratum === 'A')).toMatchObject({ size: 10, upgraded: 0 })
  })

  it('asks for a ratio when unclassified targets exist', () => {
    expect(() => stratifiedCounts(targets(null, 4), { A: 3, B: 4, C: 5, D: 6 })).toThrow('未设置该类的抽查比例')
    expect(stratifiedCounts(targets(null, 4), { 未分类: 4 }).find((p) => p.stratum === '未分类')).toMatchObject({ count: 1 })
  })
})
