import { describe, expect, it } from 'vitest'
import { formatChineseDate } from '../../src-shared/domain/chineseDate'

describe('dates in documents', () => {
  it('are written the Chinese way without leading zeros', () => {
    expect(formatChineseDate('2026-03-01')).toBe('2026年3月1日')
    expect(formatChineseDate('2026-11-23T09:30:00+08:00')).toBe('2026年11月23日')
  })

  it('refuse text that is not a date', () => {
    expect(() => formatChineseDate('三月一日')).toThrow('不是有效日期')
  })
})
