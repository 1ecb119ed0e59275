import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../src-main/db/openStore'
import { verifyAuditChain } from '../../src-main/services/auditChain'
import { demoTablesChildrenFirst } from '../../src-main/services/demo/clearDemoData'
import { seedDemoCounty } from '../../src-main/services/demo/seedDemoCounty'
import { isValidPhone } from '../../src-shared/domain/phone'
import { isValidRegistrationNumber, validateUscc } from '../../src-shared/domain/uscc'
import { openTempServices, type TempServices } from '../support/tempServices'

const now = new Date('2026-03-02T09:30:00+08:00')

const count = (sqlite: Database.Database, sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { n: number }).n

const ownUnit = {
  name: '示范县供销合作社联合社',
  shortName: '供销社',
  liaisonName: '高远',
  liaisonPhone: '13905339876',
  sortOrder: 300
}

/** A fresh store in its own temp folder, seeded, for tests that compare two counties. */
function seededStore(at: Date): { store: Store; dir: string; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'spotcheck-demo-'))
  const store = openStore(join(dir, 'spotcheck.db'), { migrationsFolder: resolve('resources/migrations'), now: () => at })
  const started = performance.now()
  seedDemoCounty(store, { now: at })
  return { store, dir, ms: performance.now() - started }
}

/** SHA-256 over every row of every demo table and the audit log, in id order. */
function databaseHash(sqlite: Database.Database): string {
  const hash = createHash('sha256')
  for (const { table } of [...demoTablesChildrenFirst, { table: 'audit_log' }]) {
    for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row)).update('\n')
  }
  return hash.digest('hex')
}

describe('the demo county (示范县)', () => {
  let s: TempServices
  let sqlite: Database.Database
  beforeAll(() => {
    s = openTempServices({ seedDemo: true, now })
    sqlite = s.host.deps.store.sqlite
  })
  afterAll(() => s.close())

  it('has 19 member units led by market regulation, 63 checklist items, 5,000 targets, 200 inspectors and two meetings', async () => {
    const { counts, demo } = await s.call('dashboard:summary')
    expect(demo).toBe(true)
    expect(counts).toMatchObject({ departments: 19, checklistItems: 63, targets: 5000, inspectors: 200, meetings: 2 })
    const units = await s.call('departments:list')
    expect(units.filter((u) => u.isLead).map((u) => u.shortName)).toEqual(['市场监管局'])
    for (const unit of units) {
      expect(unit.liaisonName).not.toBe('')
      expect(isValidPhone(unit.liaisonPhone)).toBe(true)
      expect(isValidPhone(unit.leaderPhone)).toBe(true)
    }
    const kinds = sqlite.prepare('SELECT kind, count(*) AS n FROM meetings GROUP BY kind ORDER BY kind').all()
    expect(kinds).toEqual([{ kind: '全体会议', n: 1 }, { kind: '联络员会议', n: 1 }])
  })

  it('gives every target a uscc that passes the check digit, except old individual businesses with a valid 15-digit 注册号', () => {
    const rows = sqlite.prepare('SELECT kind, uscc, reg_no FROM targets').all() as { kind: string; uscc: string | null; reg_no: string | null }[]
    const withCode = rows.filter((r) => r.uscc !== null)
    for (const row of withCode) expect(validateUscc(row.uscc!), row.uscc!).toMatchObject({ ok: true })
    const numberOnly = rows.filter((r) => r.uscc === null)
    expect(numberOnly.length / rows.length).toBeGreaterThanOrEqual(0.01)
    expect(numberOnly.length / rows.length).toBeLessThanOrEqual(0.02)
    for (const row of numberOnly) {
      expect(row.kind).toBe('个体工商户')
      expect(isValidRegistrationNumber(row.reg_no!)).toBe(true)
    }
    // Registration authority and category (GB 32100 表1) match the kind of entity.
    expect(count(sqlite, "SELECT count(*) AS n FROM targets WHERE kind = '企业' AND uscc NOT LIKE '91370322%'")).toBe(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM targets WHERE kind = '个体工商户' AND uscc NOT LIKE '92370322%'")).toBe(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM targets WHERE kind = '农民专业合作社' AND uscc NOT LIKE '93370322%'")).toBe(0)
    expect(count(sqlite, 'SELECT count(DISTINCT name) AS n FROM targets')).toBe(5000)
  })

  it('spreads credit risk classes about A 30%, B 50%, C 15%, D 5%, with about 2% on the abnormal list', () => {
    const share = (sql: string) => count(sqlite, sql) / 5000
    expect(share("SELECT count(*) AS n FROM targets WHERE risk_class = 'A'")).toBeCloseTo(0.3, 1)
    expect(share("SELECT count(*) AS n FROM targets WHERE risk_class = 'B'")).toBeCloseTo(0.5, 1)
    expect(share("SELECT count(*) AS n FROM targets WHERE risk_class = 'C'")).toBeCloseTo(0.15, 1)
    expect(share("SELECT count(*) AS n FROM targets WHERE risk_class = 'D'")).toBeCloseTo(0.05, 1)
    const abnormal = share('SELECT count(*) AS n FROM targets WHERE abnormal = 1')
    expect(abnormal).toBeGreaterThan(0.01)
    expect(abnormal).toBeLessThan(0.03)
    expect(count(sqlite, 'SELECT count(*) AS n FROM targets WHERE serious_violation = 1')).toBeGreaterThan(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM targets WHERE serious_violation = 1 AND risk_class <> 'D'")).toBe(0)
    expect(share("SELECT count(*) AS n FROM targets WHERE status = '存续'")).toBeGreaterThan(0.9)
    expect(count(sqlite, "SELECT count(*) AS n FROM targets WHERE status <> '存续' AND status_date IS NULL")).toBe(0)
  })

  it('names a responsible unit for every target and fills the catering and special-equipment directories with live entities', () => {
    expect(count(sqlite, 'SELECT count(*) AS n FROM targets WHERE id NOT IN (SELECT target_id FROM target_departments)')).toBe(0)
    const directories = sqlite
      .prepare(
        // The one unit the joint task's 预查比对 found 注销 after the draw (issue 8 §8) is the exception.
        `SELECT d.name, count(m.target_id) AS n,
                sum(t.status <> '存续' AND t.id NOT IN (SELECT target_id FROM task_targets WHERE outcome = '已注销吊销')) AS gone FROM special_directories d
         JOIN special_directory_members m ON m.directory_id = d.id JOIN targets t ON t.id = m.target_id GROUP BY d.name`
      )
      .all() as { name: string; n: number; gone: number }[]
    const byName = new Map(directories.map((d) => [d.name, d]))
    expect(byName.get('餐饮服务单位名录库')?.n).toBeGreaterThan(100)
    expect(byName.get('特种设备使用单位名录库')?.n).toBeGreaterThan(50)
    for (const directory of directories) expect(directory.gone).toBe(0)
  })

  it('keeps unique 执法证号 for enforcement staff and about ten experts with their qualifications', () => {
    expect(count(sqlite, "SELECT count(*) AS n FROM inspectors WHERE kind = '专家'")).toBe(10)
    expect(count(sqlite, "SELECT count(*) AS n FROM inspectors WHERE kind = '专家' AND (organization = '' OR qualifications = '[]')")).toBe(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM inspectors WHERE kind = '执法人员' AND cert_no IS NULL")).toBe(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM inspectors WHERE kind = '辅助人员'")).toBeGreaterThan(0)
    expect(count(sqlite, "SELECT count(*) AS n FROM inspectors WHERE status = '在岗'")).toBeGreaterThan(170)
    // Every checklist item asks for a qualification some enforcement officer holds.
    const missing = sqlite
      .prepare(
        `SELECT c.code FROM checklist_items c WHERE NOT EXISTS (SELECT 1 FROM inspectors i, json_each(i.qualifications) q
         WHERE i.kind = '执法人员' AND q.value = c.qualification)`
      )
      .all()
    expect(missing).toEqual([])
  })

  it('records the roster and a plenary whose minutes the convener signed and copied to the county government', () => {
    expect(count(sqlite, "SELECT count(*) AS n FROM roster_seats WHERE role = '召集人' AND post LIKE '%副县长%'")).toBe(1)
    expect(count(sqlite, "SELECT count(*) AS n FROM roster_seats WHERE role = '联络员'")).toBe(19)
    const plenary = sqlite.prepare("SELECT * FROM meetings WHERE kind = '全体会议'").get() as Record<string, string>
    const liaison = sqlite.prepare("SELECT * FROM meetings WHERE kind = '联络员会议'").get() as Record<string, string>
    expect(liaison.date < plenary.date).toBe(true)
    expect(plenary).toMatchObject({ status: '纪要已签发', signer: plenary.convener, copy_to: JSON.stringify(['示范县人民政府']) })
    expect(plenary.minutes_number).toBe('双随机联席纪要〔2026〕1号')
    expect(count(sqlite, 'SELECT count(*) AS n FROM meeting_decisions WHERE meeting_id = ?', plenary.id)).toBeGreaterThanOrEqual(2)
    expect(count(sqlite, 'SELECT count(*) AS n FROM meeting_attendees WHERE meeting_id = ?', liaison.id)).toBe(19)
  })

  it('marks every row it wrote as demo and writes one demo:seed audit row on an intact chain', () => {
    for (const { table } of demoTablesChildrenFirst) expect(count(sqlite, `SELECT count(*) AS n FROM ${table} WHERE is_demo = 0`), table).toBe(0)
    const audit = sqlite.prepare('SELECT action, entity, detail FROM audit_log').all() as { action: string; entity: string; detail: string }[]
    expect(audit.map((a) => [a.action, a.entity])).toEqual([['demo:seed', 'demo']])
    expect(JSON.parse(audit[0].detail).counts).toMatchObject({ targets: 5000, inspectors: 200 })
    expect(verifyAuditChain(sqlite)).toEqual({ intact: true, rows: 1 })
  })
})

describe('seeding the demo county', () => {
  const opened: { store: Store; dir: string }[] = []
  afterEach(() => {
    for (const { store, dir } of opened.splice(0)) {
      store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('builds exactly the same county for the same moment', () => {
    const first = seededStore(now)
    const second = seededStore(now)
    opened.push(first, second)
    expect(databaseHash(second.store.sqlite)).toBe(databaseHash(first.store.sqlite))
    console.info(`demo county seeded in ${Math.round(first.ms)} ms and ${Math.round(second.ms)} ms`)
  })

  it('refuses a database that already holds a unit, in Chinese, and changes nothing', async () => {
    const s = openTempServices({ now })
    try {
      await s.call('departments:create', ownUnit)
      const sqlite = s.host.deps.store.sqlite
      const before = databaseHash(sqlite)
      expect(() => seedDemoCounty(s.host.deps.store, { now })).toThrow('数据库中已有数据，不能载入示范县数据')
      expect(databaseHash(sqlite)).toBe(before)
      expect(count(sqlite, 'SELECT count(*) AS n FROM targets')).toBe(0)
    } finally {
      s.close()
    }
  })

  it('lists every table that has an is_demo column, children before parents', () => {
    const { store, dir } = seededStore(now)
    opened.push({ store, dir })
    const tables = (store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name)
    const withDemoFlag = tables.filter((table) =>
      (store.sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === 'is_demo')
    )
    const listed = demoTablesChildrenFirst.map((t) => t.table)
    expect([...listed].sort()).toEqual([...withDemoFlag].sort())
    for (const table of listed) {
      for (const key of store.sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[]) {
        if (key.table !== table) expect(listed.indexOf(key.table), `${table} → ${key.table}`).toBeGreaterThan(listed.indexOf(table))
      }
    }
  })
})

describe('clearing the demo county (demo:clear)', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices({ seedDemo: true, now })
  })
  afterEach(() => s.close())

  it('removes every demo row, keeps the unit the clerk added and the audit trail, and the dashboard stops saying demo', async () => {
    const sqlite = s.host.deps.store.sqlite
    const own = await s.call('departments:create', ownUnit)
    expect((await s.call('dashboard:summary')).demo).toBe(true)

    expect(await s.call('demo:clear')).toEqual({ cleared: true })

    for (const { table } of demoTablesChildrenFirst) expect(count(sqlite, `SELECT count(*) AS n FROM ${table} WHERE is_demo = 1`), table).toBe(0)
    expect((await s.call('departments:list')).map((d) => d.id)).toEqual([own.id])
    const summary = await s.call('dashboard:summary')
    expect(summary.demo).toBe(false)
    expect(summary.counts).toMatchObject({ departments: 1, targets: 0, inspectors: 0, checklistItems: 0, meetings: 0 })
    const last = sqlite.prepare('SELECT action, entity, detail FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; entity: string; detail: string }
    expect(last).toMatchObject({ action: 'demo:clear', entity: 'demo' })
    expect(JSON.parse(last.detail).removed).toMatchObject({ departments: 19, targets: 5000, inspectors: 200, checklist_items: 63, meetings: 2 })
    expect(verifyAuditChain(sqlite)).toMatchObject({ intact: true, rows: 3 })
  })

  it('says nothing was cleared the second time', async () => {
    await s.call('demo:clear')
    expect(await s.call('demo:clear')).toEqual({ cleared: false })
  })

  it('refuses while the office’s own target is supervised by a demo unit, naming what to fix, and deletes nothing', async () => {
    const sqlite = s.host.deps.store.sqlite
    const target = sqlite
      .prepare("INSERT INTO targets (kind, name, created_at, updated_at) VALUES ('企业', '本县自录企业有限公司', ?, ?)")
      .run(now.toISOString(), now.toISOString())
    const lead = sqlite.prepare('SELECT id FROM departments WHERE is_lead = 1').get() as { id: number }
    sqlite.prepare('INSERT INTO target_departments (target_id, department_id) VALUES (?, ?)').run(target.lastInsertRowid, lead.id)
    const before = databaseHash(sqlite)

    const error = await s.fail('demo:clear')

    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('检查对象的监管部门1条')
    expect(databaseHash(sqlite)).toBe(before)
    expect((await s.call('dashboard:summary')).demo).toBe(true)
  })
})
