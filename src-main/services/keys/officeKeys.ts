import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OfficeKeyDto } from '@shared/domain/verification'
import type { Store } from '../../db/openStore'
import { publicKeyFingerprint } from '../../documents/verification/publicKeyFingerprint'
import { appendAudit } from '../auditChain'
import { ServiceError } from '../serviceError'
import { readOperator, readSetting, writeSetting } from '../settingsService'

/** Settings key of the office's public key (DESIGN.md "settings"); the private key is never stored there. */
export const publicKeySetting = 'officePublicKey'

/** The private key's file: beside the database, in the data folder, readable by its owner only. */
export function officeKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'office-ed25519.pem')
}

/**
 * Issue 9 §3: on the first open of a data folder the office gets its own Ed25519 key pair (random
 * for every folder, the demo county's too). Where a key file exists it is the truth: the public key
 * in settings is re-derived from it whenever they differ (e.g. a database restored into this folder).
 * Returns the published key.
 */
export function ensureOfficeKeys(store: Store, dataDir: string, now: Date): OfficeKeyDto {
  const path = officeKeyPath(dataDir)
  const stored = readSetting<OfficeKeyDto>(store.db, publicKeySetting)
  if (!existsSync(path)) {
    // A database that already published a key but has lost its key file (opened from a backup copy,
    // or the keys folder not restored) keeps that key: a new one would not verify its notices.
    // Signing then says how to restore the file (readOfficePrivateKey).
    if (stored) return stored
    const { privateKey } = generateKeyPairSync('ed25519')
    mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 })
    try {
      // 'wx': two processes opening a new folder at once keep the first key written.
      writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    chmodSync(path, 0o600)
  }
  const publicKeyPem = createPublicKey(readOfficePrivateKey(dataDir)).export({ type: 'spki', format: 'pem' }).toString()
  if (stored?.publicKeyPem === publicKeyPem) return stored
  const key: OfficeKeyDto = { publicKeyPem, fingerprint: publicKeyFingerprint(publicKeyPem), createdAt: now.toISOString() }
  store.sqlite.transaction(() => {
    writeSetting(store.db, publicKeySetting, key, key.createdAt)
    // The first key is recorded by its settings row (createdAt). A key file that replaces the
    // published key (a database from elsewhere restored into this folder) is an event the audit log
    // must show: notices signed with the old key no longer verify.
    if (stored) {
      appendAudit(store.sqlite, {
        at: key.createdAt,
        operator: readOperator(store.db),
        action: 'keys:adopt',
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
  const path = officeKeyPath(dataDir)
  if (!existsSync(path)) {
    throw new ServiceError('CONFLICT', `数据文件夹中没有本办公室的签名私钥（${path}）：请从备份中恢复 keys 文件夹后再出具通知书`)
  }
  return createPrivateKey(readFileSync(path))
}

/** The office's public key as published. */
export function readOfficeKey(store: Store): OfficeKeyDto | undefined {
  return readSetting<OfficeKeyDto>(store.db, publicKeySetting)
}
