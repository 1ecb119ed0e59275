/**
 * The demo county's own small generator (sfc32), so the same seed always yields the same county.
 * It is not the draw engine's generator and is never used for a real draw.
 */
export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

interface CumulativeWeights {
  keys: string[]
  bounds: number[]
  total: number
}

// A weight table is never changed once built, so its running sums are computed once.
const cumulativeCache = new WeakMap<object, CumulativeWeights>()

function cumulative(weights: Readonly<Record<string, number>>): CumulativeWeights {
  let table = cumulativeCache.get(weights)
  if (!table) {
    const keys = Object.keys(weights)
    let total = 0
    const bounds = keys.map((key) => (total += weights[key]))
    table = { keys, bounds, total }
    cumulativeCache.set(weights, table)
  }
  return table
}

export function demoRandom(seed: number): DemoRandom {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next32 = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // Discard the first outputs: sfc32 needs a few rounds to mix a small seed.
  for (let i = 0; i < 15; i++) next32()

  const next = () => next32() / 4294967296
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    weighted(weights) {
      const table = cumulative(weights)
      const roll = next() * table.total
      let i = 0
      while (i < table.keys.length - 1 && roll >= table.bounds[i]) i++
      return table.keys[i] as keyof typeof weights
    },
    sample(items, count) {
      const copy = items.slice()
      const n = Math.min(count, copy.length)
      for (let i = 0; i < n; i++) {
        const j = i + int(copy.length - i)
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, n)
    }
  }
}
