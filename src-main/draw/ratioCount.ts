import { DrawInputError } from './drawInputError'

/**
 * How many to draw from `size` at `percent` (e.g. 3 or 2.5): ceil(size × percent / 100), and at
 * least 1 when the group is non-empty and the ratio is above zero, so a small class is never
 * skipped. Integer arithmetic in hundredths of a percent: 100 × 0.03 in floating point is
 * 3.0000000000000004, whose ceiling would be 4.
 */
export function ratioCount(size: number, percent: number): number {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`size must be a non-negative integer, got ${size}`)
  const basisPoints = Math.round(percent * 100)
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || Math.abs(percent * 100 - basisPoints) > 1e-6) {
    throw new DrawInputError(`抽查比例须在 0% 到 100% 之间，最多两位小数，实为 ${percent}%`)
  }
  if (size === 0 || basisPoints === 0) return 0
  return Math.max(1, Math.ceil((size * basisPoints) / 10_000))
}
