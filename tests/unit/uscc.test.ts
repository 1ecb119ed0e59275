import { describe, expect, it } from 'vitest'
import { makeUscc, normalizeUscc, usccCheckChar, usccWeights, validateUscc } from '../../src-shared/domain/uscc'

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s own example and other well-formed codes', () => {
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' })
    for (const code of ['91370322MA6TP9136R', '92370322L44720547Q', '9337032260771339XW']) {
      expect(validateUscc(code).ok).toBe(true)
    }
  })

  it('weighs position i by 3^(i-1) mod 31 and turns a remainder of 31 into 0', () => {
    expect(usccWeights).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    // Σ = 0 → 31 − 0 = 31 → check value 0.
    expect(usccCheckChar('00000000000000000')).toBe('0')
    expect(makeUscc('91350100M000100Y4')).toBe('91350100M000100Y43')
  })

  it('refuses a wrong check character and says which one it should be', () => {
    const verdict = validateUscc('91350100M000100Y44')
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toBe('校验位应为“3”，实为“4”')
  })

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the forbidden letter %s and names its position', (letter) => {
    const verdict = validateUscc(`91350100M0001${letter}0Y43`)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toBe(`第14位“${letter}”不是允许的字符`)
  })

  it('refuses a code of the wrong length', () => {
    const verdict = validateUscc('91350100M000100Y4')
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.reason).toContain('长度应为18位')
  })

  it('normalises what a clerk pastes: trims, full-width to half-width, upper case, inner spaces dropped', () => {
    expect(normalizeUscc('  91350100m000100y43\t')).toBe('91350100M000100Y43')
    expect(normalizeUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43')
    expect(normalizeUscc('9135 0100\u3000M000 100Y43')).toBe('91350100M000100Y43')
    expect(validateUscc(' ９１３５０１００ｍ０００１００ｙ４３ ')).toEqual({ ok: true, code: '91350100M000100Y43' })
  })
})
