import type { HashCounterRandom } from './hashCounterRandom'

/**
 * The first k positions of a Fisher–Yates shuffle of 0 … n-1 (docs/draw-algorithm.md §6):
 * for i = 0 … k-1: j = i + randInt(n - i); swap(a[i], a[j]). Returns a[0 … k-1], the drawn
 * positions in draw order. Every ordered k-subset is equally likely.
 */
export function partialFisherYates(n: number, k: number, random: Pick<HashCounterRandom, 'randInt'>): Uint32Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw new RangeError(`pool size out of range: ${n}`)
  if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`count ${k} not in 0..${n}`)
  const a = new Uint32Array(n)
  for (let i = 0; i < n; i++) a[i] = i
  for (let i = 0; i < k; i++) {
    const j = i + random.randInt(n - i)
    const t = a[i]
    a[i] = a[j]
    a[j] = t
  }
  return a.slice(0, k)
}
