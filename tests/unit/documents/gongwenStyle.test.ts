import { describe, expect, it } from 'vitest'
import { columnWidths } from '../../../src-main/documents/gongwen/gongwenTable'
import { A4, PORTRAIT_MARGINS, TEXT_WIDTH, mmToTwips, tableLineSpacing } from '../../../src-main/documents/gongwen/gongwenStyle'

describe('the 公文 page (GB/T 9704-2012 §5.2.1)', () => {
  it('leaves a type area of 156 mm × 225 mm to the twip', () => {
    expect(TEXT_WIDTH.portrait).toBe(mmToTwips(156))
    expect(A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom).toBe(mmToTwips(225))
  })

  it('keeps the margins within a twip of 37, 35, 28 and 26 mm', () => {
    const mm = { top: 37, bottom: 35, left: 28, right: 26 } as const
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      expect(Math.abs(PORTRAIT_MARGINS[side] - (mm[side] * 1440) / 25.4)).toBeLessThan(1)
    }
  })
})

describe('table measures', () => {
  it('split the type area in proportion, adding up to it exactly', () => {
    const widths = columnWidths([1, 3, 3])
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH.portrait)
    expect(widths).toEqual([1263, 3790, 3791])
  })

  it('space table lines exactly at 1.25 times the text size', () => {
    expect(tableLineSpacing(24)).toEqual({ line: 300, lineRule: 'exact' })
  })
})
