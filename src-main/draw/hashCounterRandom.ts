import { createHash } from 'node:crypto'

export interface HashCounterRandom {
  /** The next 32-bit word of the stream. */
  nextUint32(): number
  /** A uniform integer in [0, n), 1 <= n <= 2^32, by rejection sampling. */
  randInt(n: number): number
  /** How many SHA-256 blocks have been produced so far. */
  readonly blocks: number
}

const twoTo32 = 0x1_0000_0000

/**
 * The generator (docs/draw-algorithm.md §5): block c = SHA-256(seed ‖ uint64be(c)), c = 0, 1, 2 …;
 * each block is read as eight big-endian uint32 words, in order. randInt(n): n = 1 gives 0 and
 * reads nothing; otherwise limit = floor(2^32 / n) · n, words >= limit are rejected, and the
 * first accepted word w gives w mod n. No modulo bias.
 */
export function hashCounterRandom(seed: Uint8Array): HashCounterRandom {
  const input = Buffer.alloc(seed.length + 8)
  input.set(seed, 0)
  let counter = 0
  let block: Buffer = Buffer.alloc(0)
  let word = 8

  function nextUint32(): number {
    if (word === 8) {
      input.writeUInt32BE(Math.floor(counter / twoTo32), seed.length)
      input.writeUInt32BE(counter % twoTo32, seed.length + 4)
      block = createHash('sha256').update(input).digest()
      counter++
      word = 0
    }
    return block.readUInt32BE(4 * word++)
  }

  function randInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > twoTo32) throw new RangeError(`randInt needs 1 <= n <= 2^32, got ${n}`)
    if (n === 1) return 0
    const limit = Math.floor(twoTo32 / n) * n
    for (;;) {
      const w = nextUint32()
      if (w < limit) return w % n
    }
  }

  return {
    nextUint32,
    randInt,
    get blocks() {
      return counter
    }
  }
}
