import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { verifyAuditChain } from '../auditChain'

export interface BackupCheck {
  integrity: string
  auditRows: number
  departments: number
}

/**
 * Checks that a file is a sound spotcheck-desk database: SQLite integrity, our tables present,
 * the audit chain intact. Throws a Chinese message naming what is wrong.
 */
export function checkDatabaseFile(path: string): BackupCheck {
  if (!existsSync(path)) throw new Error(`找不到文件：${path}`)
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new Error(`无法打开 ${path}：它不是数据库文件（${(error as Error).message}）`)
  }
  try {
    const integrity = (db.pragma('integrity_check', { simple: true }) as string) ?? ''
    if (integrity !== 'ok') throw new Error(`数据库文件已损坏（${integrity}），请换一个备份`)
    const hasTables = db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name IN ('audit_log','departments','__drizzle_migrations')")
      .get() as { n: number }
    if (hasTables.n < 3) throw new Error(`${path} 不是本程序的数据库备份`)
    const chain = verifyAuditChain(db)
    if (!chain.intact) throw new Error(`备份中的操作记录不完整：${chain.reason}`)
    const departments = (db.prepare('SELECT count(*) AS n FROM departments').get() as { n: number }).n
    return { integrity, auditRows: chain.rows, departments }
  } finally {
    db.close()
  }
}

/** Online backup (SQLite backup API, safe while the app is running), then verified. */
export async function backupDatabase(source: Database.Database, outPath: string): Promise<BackupCheck> {
  await source.backup(outPath)
  return checkDatabaseFile(outPath)
}

/**
 * Restores `backupPath` over the database at `dbPath`: the backup is verified first, and the
 * current database is kept beside it as `<db>.pre-restore-<stamp>.bak` before anything changes.
 */
export async function restoreDatabase(backupPath: string, dbPath: string, stamp: string): Promise<{ check: BackupCheck; keptAs: string | null }> {
  const check = checkDatabaseFile(backupPath)
  let keptAs: string | null = null
  if (existsSync(dbPath)) {
    keptAs = `${dbPath}.pre-restore-${stamp}.bak`
    const current = new Database(dbPath)
    try {
      await current.backup(keptAs)
    } finally {
      current.close()
    }
  }
  const source = new Database(backupPath, { readonly: true })
  try {
    await source.backup(dbPath)
  } finally {
    source.close()
  }
  checkDatabaseFile(dbPath)
  return { check, keptAs }
}

