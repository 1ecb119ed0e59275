import { createHash } from 'node:crypto'
import { parseHex } from './parseHex'

/** A source of cryptographically strong random bytes (node:crypto randomBytes in the app, fixed bytes in tests). */
export type RandomBytesSource = (length: number) => Uint8Array

/** Bytes in a draw secret: 256 bits, as issue 4 asks. */
export const secretByteLength = 32

/** A fresh draw secret, lowercase hex (docs/draw-algorithm.md §3). */
export function makeSecret(randomBytes: RandomBytesSource): string {
  const bytes = randomBytes(secretByteLength)
  if (bytes.length !== secretByteLength) throw new Error(`随机源返回了 ${bytes.length} 字节，需要 ${secretByteLength} 字节`)
  return Buffer.from(bytes).toString('hex')
}

/** 承诺值: SHA-256 of the secret's bytes (not of its hex text), lowercase hex. */
export function commitmentOf(secretHex: string): string {
  return createHash('sha256').update(parseHex(secretHex, '密钥')).digest('hex')
}
