import { createHash } from 'node:crypto'
import { drawAlgorithmId, type DrawParameters } from '@shared/domain/draw'
import { canonicalJson } from './canonicalJson'
import { normalizeText } from './normalizeText'
import { parseHex } from './parseHex'
import { secretByteLength } from './commitment'

export interface DrawSeedInput {
  secretHex: string
  /** As entered; trimmed and NFC-normalised here. */
  entropy: string
  poolHash: string
  parameters: DrawParameters
}

/**
 * The seed (docs/draw-algorithm.md §4): SHA-256 over five fields, each written as a 4-byte
 * big-endian byte length followed by the bytes, so no field can bleed into the next:
 * domain tag (UTF-8), secret (raw bytes), entropy (UTF-8 of NFC(trim)), pool hash (raw 32 bytes),
 * canonical parameters JSON (UTF-8). Returns the 32 seed bytes.
 */
export function drawSeed(input: DrawSeedInput): Buffer {
  const fields = [
    Buffer.from(drawAlgorithmId, 'utf8'),
    parseHex(input.secretHex, '密钥', secretByteLength),
    Buffer.from(normalizeText(input.entropy), 'utf8'),
    parseHex(input.poolHash, '号池哈希', 32),
    Buffer.from(canonicalJson(input.parameters), 'utf8')
  ]
  const hash = createHash('sha256')
  const length = Buffer.alloc(4)
  for (const field of fields) {
    length.writeUInt32BE(field.length, 0)
    hash.update(length)
    hash.update(field)
  }
  return hash.digest()
}
