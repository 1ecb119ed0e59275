import type Database from 'better-sqlite3'
import type { Db, Store } from '../db/openStore'
import type { RandomBytesSource } from '../draw/commitment'

/** What the composition root provides; no service reads the clock or opens files on its own. */
export interface ServiceDeps {
  store: Store
  clock: () => Date
  /** The data folder: keys, backups and exports live beside the database. */
  dataDir: string
  /** Folder holding migrations and bundled data (`resources/`). */
  resourcesDir: string
  /** Cryptographically strong random bytes (node:crypto in the app; fixed bytes in tests): draw secrets (issue 4). */
  randomBytes: RandomBytesSource
  /** issue 9 §1: hands a written file to the system to open or print (Electron only; absent in the browser mode and tests). */
  openFile?: OpenFile
}

export type OpenFile = (path: string, verb: 'open' | 'print') => Promise<void>

export interface ServiceContext extends ServiceDeps {
  db: Db
  sqlite: Database.Database
  /** ISO timestamp of this call, the same for every row it writes. */
  now: string
  /** The office's local date of this call, YYYY-MM-DD. */
  today: string
  /** The operator named in settings, recorded in audit rows and documents. */
  operator: string
  /** Extra detail for the audit row the host writes for this call. */
  auditDetail(detail: Record<string, unknown>): void
  /** Runs `fn` in one transaction and writes this call's audit row in it (for async handlers). */
  transaction<T>(fn: () => T): T
  /** issue 9 §1: a 文书中心 preview builds the document without entering it in the register. */
  previewOnly?: boolean
}
