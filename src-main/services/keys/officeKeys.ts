import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OfficeKeyDto } from '@shared/domain/verification'
import type { Store } from '../../db/openStore'
import { publicKeyFingerprint } from '../../documents/verification/publicKeyFingerprint'
import { appendAudit } from '../auditChain'
import { readOperator, readSetting, writeSetting } from '../settingsService'

/** Settings key of the office's public key (DESIGN.md "settings"); the private key is never stored there. */
export const publicKeySetting = 'officePublicKey'

/** The private key's file: beside the database, in the data folder, readable by its owner only. */
export function officeKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'office-ed25519.pem')
}

/**
 * Issue 9 §3: on the first open of a data folder the office gets its own Ed25519 key pair (random
 * for every folder, the demo county's too). The file is the truth: the public key in settings is
 * re-derived from it whenever they differ (e.g. a database restored into this folder).
 */
export function ensureOfficeKeys(store: Store, dataDir: string, now: Date): OfficeKeyDto {
  const path = officeKeyPath(dataDir)
  let created = false
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('ed25519')
    mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 })
    try {
      // 'wx': two processes opening a new folder at once keep the first key written.
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 })
      created = true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    chmodSync(path, 0o600)
  }
  const publicKeyPem = createPublicKey(readOfficePrivateKey(dataDir)).export({ type: 'spki', format: 'pem' }).toString()
  const stored = readSetting<OfficeKeyDto>(store.db, publicKeySetting)
  if (stored?.publicKeyPem === publicKeyPem) return stored
  const key: OfficeKeyDto = { publicKeyPem, fingerprint: publicKeyFingerprint(publicKeyPem), createdAt: now.toISOString() }
  store.sqlite.transaction(() => {
    writeSetting(store.db, publicKeySetting, key, key.createdAt)
    // The first key is recorded by its settings row (createdAt). A key that replaces another is an
    // event the audit log must show: notices signed before no longer verify with the new one.
    if (stored) {
      appendAudit(store.sqlite, {
        at: key.createdAt,
        operator: readOperator(store.db),
        action: created ? 'keys:replace' : 'keys:adopt',
        entity: 'keys',
        entityId: '',
        detail: { fingerprint: key.fingerprint, replaced: stored.fingerprint }
      })
    }
  })()
  return key
}

/** The office's signing key. Only signers call this; no channel returns it. */
export function readOfficePrivateKey(dataDir: string): KeyObject {
  return createPrivateKey(readFileSync(officeKeyPath(dataDir)))
}

/** The office's public key as published. */
export function readOfficeKey(store: Store): OfficeKeyDto | undefined {
  return readSetting<OfficeKeyDto>(store.db, publicKeySetting)
}
