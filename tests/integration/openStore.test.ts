import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { MigrationError, openStore } from '../../src-main/db/openStore'

const migrations = resolve('resources/migrations')
const now = () => new Date('2026-03-02T09:30:00')
let dir: string

function tempDir(): string {
  dir = mkdtempSync(join(tmpdir(), 'spotcheck-store-'))
  return dir
}

/** A copy of the committed migrations folder keeping only the first `count` entries. */
/** How many migrations are committed: a failing one is appended after all of them. */
function migrationCount(): number {
  return (JSON.parse(readFileSync(join(migrations, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length
}

function migrationsUpTo(count: number, extraSql?: string): string {
  const folder = join(dir, `migrations-${count}-${extraSql ? 'bad' : 'ok'}`)
  cpSync(migrations, folder, { recursive: true })
  const journalPath = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string; when: number }[] }
  journal.entries = journal.entries.slice(0, count)
  if (extraSql) {
    const last = journal.entries[journal.entries.length - 1]
    const tag = `${String(count).padStart(4, '0')}_broken`
    writeFileSync(join(folder, `${tag}.sql`), extraSql)
    journal.entries.push({ ...last, idx: count, tag, when: last.when + 1000 })
  }
  writeFileSync(journalPath, JSON.stringify(journal))
  return folder
}

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('opening the database', () => {
  it('creates every table of the domain model with WAL, foreign keys and a busy timeout', () => {
    const store = openStore(join(tempDir(), 'a.db'), { migrationsFolder: migrations, now })
    const tables = (store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name)
    for (const table of ['departments', 'checklist_items', 'targets', 'inspectors', 'plans', 'plan_items', 'tasks', 'draws', 'task_targets', 'notices', 'results', 'meetings', 'issued_documents', 'audit_log', 'settings']) {
      expect(tables).toContain(table)
    }
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    store.close()
  })

  it('copies an existing file to a dated backup before migrating it, and keeps the data', () => {
    const path = join(tempDir(), 'old.db')
    const old = openStore(path, { migrationsFolder: migrationsUpTo(1), now })
    old.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('countyName', '\"旧县\"', 'x')").run()
    old.close()

    const store = openStore(path, { migrationsFolder: migrations, now })
    const backups = readdirSync(dir).filter((f) => f.startsWith('old.db.pre-migrate-20260302-093000'))
    expect(backups).toHaveLength(1)
    const backup = new Database(join(dir, backups[0]), { readonly: true })
    expect(backup.prepare("SELECT value FROM settings WHERE key='countyName'").get()).toEqual({ value: '"旧县"' })
    backup.close()
    // The new migration (the append-only triggers) is in place and the data survived.
    const triggers = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='trigger' ORDER BY name").all()
    expect(triggers).toEqual([{ name: 'audit_log_no_delete' }, { name: 'audit_log_no_update' }])
    expect(store.sqlite.prepare("SELECT value FROM settings WHERE key='countyName'").get()).toEqual({ value: '"旧县"' })
    store.close()
  })

  it('stops with a Chinese message naming the backup when a migration fails, and changes nothing', () => {
    const path = join(tempDir(), 'office.db')
    const first = openStore(path, { migrationsFolder: migrations, now })
    first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('operator', '\"张三\"', 'x')").run()
    first.close()

    let failure: unknown
    try {
      openStore(path, { migrationsFolder: migrationsUpTo(migrationCount(), 'CREATE TABLE broken (x);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN y text;'), now })
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(MigrationError)
    const error = failure as MigrationError
    expect(error.message).toContain('数据库升级失败')
    expect(error.backupPath).not.toBeNull()
    expect(existsSync(error.backupPath!)).toBe(true)
    expect(error.message).toContain(error.backupPath!)

    const check = new Database(path, { readonly: true })
    expect(check.prepare("SELECT value FROM settings WHERE key='operator'").get()).toEqual({ value: '"张三"' })
    expect(check.prepare("SELECT name FROM sqlite_master WHERE name='broken'").get()).toBeUndefined()
    check.close()
  })
})
