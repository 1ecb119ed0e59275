import { describe, expect, it } from 'vitest'
import { probabilityAtLeastTwo } from '../../src-shared/domain/planProjection'

describe('the chance a target is drawn at least twice (004 §(十五) cap of 2)', () => {
  it('is 0 for one draw, p·q for two, and 1 when two draws are certain', () => {
    expect(probabilityAtLeastTwo([0.5])).toBe(0)
    expect(probabilityAtLeastTwo([0.5, 0.2])).toBeCloseTo(0.1)
    expect(probabilityAtLeastTwo([1, 1, 0.3])).toBeCloseTo(1)
  })

  it('matches 1 − P(none) − P(exactly one) for three draws', () => {
    const [a, b, c] = [0.1, 0.2, 0.3]
    const none = (1 - a) * (1 - b) * (1 - c)
    const one = a * (1 - b) * (1 - c) + b * (1 - a) * (1 - c) + c * (1 - a) * (1 - b)
    expect(probabilityAtLeastTwo([a, b, c])).toBeCloseTo(1 - none - one)
  })
})
