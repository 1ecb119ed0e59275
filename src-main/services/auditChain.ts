import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

export const genesisHash = '0'.repeat(64)

export interface AuditEntry {
  at: string
  operator: string
  action: string
  entity?: string
  entityId?: string
  detail?: Record<string, unknown>
}

interface StoredAudit {
  seq: number
  at: string
  operator: string
  action: string
  entity: string
  entity_id: string
  detail: string
  prev_hash: string
  hash: string
}

/** The hashed content of one row: everything but its seq and hashes, in a fixed order. */
export function auditRowHash(prevHash: string, row: Omit<StoredAudit, 'seq' | 'prev_hash' | 'hash'>): string {
  const content = JSON.stringify([row.at, row.operator, row.action, row.entity, row.entity_id, row.detail])
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex')
}

/** Appends one row; call inside the transaction of the change it records. Returns its seq. */
export function appendAudit(sqlite: Database.Database, entry: AuditEntry): number {
  const last = sqlite.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { hash: string }
    | undefined
  const prevHash = last?.hash ?? genesisHash
  const row = {
    at: entry.at,
    operator: entry.operator,
    action: entry.action,
    entity: entry.entity ?? '',
    entity_id: entry.entityId ?? '',
    detail: JSON.stringify(entry.detail ?? {})
  }
  const hash = auditRowHash(prevHash, row)
  const info = sqlite
    .prepare(
      'INSERT INTO audit_log (at, operator, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    .run(row.at, row.operator, row.action, row.entity, row.entity_id, row.detail, prevHash, hash)
  return Number(info.lastInsertRowid)
}

export type AuditVerdict = { intact: true; rows: number } | { intact: false; rows: number; brokenSeq: number; reason: string }

/** Walks the chain from the first row; names the first row whose content or link does not match. */
export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  let prevHash = genesisHash
  let rows = 0
  let expectedSeq: number | null = null
  for (const row of sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<StoredAudit>) {
    rows++
    if (expectedSeq !== null && row.seq !== expectedSeq) {
      return { intact: false, rows, brokenSeq: expectedSeq, reason: `第 ${expectedSeq} 条记录缺失（被删除）` }
    }
    if (row.prev_hash !== prevHash) {
      return { intact: false, rows, brokenSeq: row.seq, reason: `第 ${row.seq} 条记录与前一条的链接不符` }
    }
    if (auditRowHash(prevHash, row) !== row.hash) {
      return { intact: false, rows, brokenSeq: row.seq, reason: `第 ${row.seq} 条记录的内容被改动过` }
    }
    prevHash = row.hash
    expectedSeq = row.seq + 1
  }
  return { intact: true, rows }
}
