import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema>

export interface Store {
  path: string
  sqlite: Database.Database
  db: Db
  close(): void
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly backupPath: string | null
  ) {
    super(message)
    this.name = 'MigrationError'
  }
}

export interface OpenStoreOptions {
  migrationsFolder: string
  /** Used to name the pre-migration backup. */
  now?: () => Date
}

/**
 * Opens (and migrates) the database at `path`. Nothing here runs at import time: the composition
 * roots call this with the path they chose (CONVENTIONS.md "Layout").
 */
export function openStore(path: string, options: OpenStoreOptions): Store {
  const existed = path !== ':memory:' && existsSync(path) && statSync(path).size > 0
  const sqlite = new Database(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const db = drizzle(sqlite, { schema })

  const pending = pendingMigrations(sqlite, options.migrationsFolder)
  let backupPath: string | null = null
  if (pending > 0 && existed) {
    backupPath = `${path}.pre-migrate-${stamp((options.now ?? (() => new Date()))())}.bak`
    sqlite.exec(`VACUUM INTO '${backupPath.replace(/'/g, "''")}'`)
  }
  if (pending > 0) {
    try {
      migrate(db, { migrationsFolder: options.migrationsFolder })
    } catch (error) {
      sqlite.close()
      const reason = error instanceof Error ? error.message : String(error)
      throw new MigrationError(
        `数据库升级失败，程序未作任何修改就停止了。` +
          (backupPath ? `升级前的备份保存在：${backupPath}。` : '') +
          `请把这条信息告诉技术支持。原因：${reason}`,
        backupPath
      )
    }
  }
  return { path, sqlite, db, close: () => sqlite.close() }
}

function pendingMigrations(sqlite: Database.Database, folder: string): number {
  const journalPath = join(folder, 'meta', '_journal.json')
  if (!existsSync(journalPath)) throw new MigrationError(`找不到数据库结构文件：${journalPath}`, null)
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] }
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get()
  const applied = hasTable
    ? (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
    : 0
  return journal.entries.length - applied
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  )
}
