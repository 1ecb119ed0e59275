import { createHash, createPublicKey, type KeyObject } from 'node:crypto'

/**
 * The fingerprint an office publishes beside its public key: SHA-256 of the key's DER
 * (SubjectPublicKeyInfo) bytes, as 16 groups of 4 hex digits, so a reader can compare it by eye.
 */
export function publicKeyFingerprint(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
  const der = key.export({ type: 'spki', format: 'der' })
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase()
  return hex.match(/.{4}/g)!.join(' ')
}
