import type Database from 'better-sqlite3'
import type { TargetDto } from '@shared/domain/targets'
import type { ImportSink } from '../../io/columnSpec'
import type { DepartmentNames } from './departmentNames'
import { kindFromCode, type TargetRecord } from './targetImportSpec'

interface StoredTarget {
  id: number
  name: string
  uscc: string | null
  reg_no: string | null
  kind: TargetRecord['kind']
  legal_rep: string
  address: string
  phone: string
  town: string
  industry: string
  scale: TargetRecord['scale']
  status: TargetRecord['status']
  risk_class: TargetRecord['riskClass']
  abnormal: number
  serious_violation: number
  complaint_count: number
  tags: string
  forced_code_reason: string | null
  department_ids: string
}

const storedColumns = `t.id, t.name, t.uscc, t.reg_no, t.kind, t.legal_rep, t.address, t.phone, t.town, t.industry, t.scale, t.status,
  t.risk_class, t.abnormal, t.serious_violation, t.complaint_count, t.tags, t.forced_code_reason,
  (SELECT json_group_array(department_id) FROM target_departments d WHERE d.target_id = t.id) AS department_ids`

/** A stored target in the sheet's record shape (what an export writes). */
export function targetRecordOf(row: StoredTarget, shortNameOf: Map<number, string>): TargetRecord {
  const ids = (JSON.parse(row.department_ids) as number[]).sort((a, b) => a - b)
  return {
    name: row.name,
    uscc: row.uscc ?? '',
    regNo: row.reg_no ?? '',
    kind: row.kind,
    legalRep: row.legal_rep,
    address: row.address,
    phone: row.phone,
    town: row.town,
    industry: row.industry,
    scale: row.scale,
    status: row.status,
    riskClass: row.risk_class,
    abnormal: row.abnormal === 1,
    seriousViolation: row.serious_violation === 1,
    complaintCount: row.complaint_count,
    tags: JSON.parse(row.tags) as string[],
    departments: ids.map((id) => shortNameOf.get(id) ?? `#${id}`),
    forcedCodeReason: row.forced_code_reason ?? ''
  }
}

export function shortNamesById(sqlite: Database.Database): Map<number, string> {
  return new Map((sqlite.prepare('SELECT id, short_name AS s FROM departments').all() as { id: number; s: string }[]).map((d) => [d.id, d.s]))
}

/** A target as the directory shows it, in the sheet's record shape (what an export writes). */
export function targetRecordOfDto(dto: TargetDto): TargetRecord {
  return {
    name: dto.name,
    uscc: dto.uscc ?? '',
    regNo: dto.regNo ?? '',
    kind: dto.kind,
    legalRep: dto.legalRep,
    address: dto.address,
    phone: dto.phone,
    town: dto.town,
    industry: dto.industry,
    scale: dto.scale,
    status: dto.status,
    riskClass: dto.riskClass,
    abnormal: dto.abnormal,
    seriousViolation: dto.seriousViolation,
    complaintCount: dto.complaintCount,
    tags: dto.tags,
    departments: dto.departmentNames,
    forcedCodeReason: dto.forcedCodeReason ?? ''
  }
}

/** From this many new targets on, the search indexes are filled in one pass after the inserts. */
const bulkThreshold = 2000

/** The insert triggers of the search indexes (migration 0003_issue3_target_search). */
const indexingTriggers = ['targets_fts_after_insert', 'target_name_grams_after_insert']

interface BulkIndexing {
  finish(): void
}

/**
 * Per-row trigger indexing costs ~250 µs a target (FTS5 trigram + name bigrams); indexing the new
 * rows in two INSERT … SELECT statements afterwards costs a fifth of that. Inside the import's
 * transaction the insert triggers are dropped, the new ids (above the highest before) indexed in
 * bulk with the triggers' own expressions, and the triggers recreated from their stored SQL —
 * so a failure anywhere rolls all of it back, triggers included.
 */
function startBulkIndexing(sqlite: Database.Database): BulkIndexing {
  const triggers = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${indexingTriggers.map(() => '?').join(', ')})`)
    .all(...indexingTriggers) as { name: string; sql: string }[]
  if (triggers.length !== indexingTriggers.length) return { finish: () => undefined }
  const lastId = (sqlite.prepare('SELECT coalesce(max(id), 0) AS n FROM targets').get() as { n: number }).n
  for (const trigger of triggers) sqlite.exec(`DROP TRIGGER ${trigger.name}`)
  return {
    finish() {
      sqlite.prepare('INSERT INTO targets_fts(rowid, name, address, uscc, reg_no) SELECT id, name, address, uscc, reg_no FROM targets WHERE id > ?').run(lastId)
      sqlite
        .prepare(
          `INSERT OR IGNORE INTO target_name_grams(gram, target_id)
           SELECT lower(substr(t.name, p.n, 2)), t.id FROM targets t JOIN target_gram_positions p ON p.n <= length(t.name) WHERE t.id > ?
           ORDER BY 1, 2`
        )
        .run(lastId)
      for (const trigger of triggers) sqlite.exec(trigger.sql)
    }
  }
}

/**
 * Writes imported targets with prepared statements (a 100,000-row sheet goes through here). A
 * status change is dated today and kept in the history, as a status change in the form is
 * (004 §(三十)); the departments are replaced by the sheet's.
 */
export function targetImportSink(sqlite: Database.Database, departments: DepartmentNames, now: string, today: string): ImportSink<TargetRecord> {
  const shortNames = shortNamesById(sqlite)
  const byUscc = sqlite.prepare(`SELECT ${storedColumns} FROM targets t WHERE t.uscc = ?`)
  const byRegNo = sqlite.prepare(`SELECT ${storedColumns} FROM targets t WHERE t.reg_no = ? ORDER BY t.id LIMIT 1`)
  const byName = sqlite.prepare(`SELECT ${storedColumns} FROM targets t WHERE t.kind = ? AND t.name = ? AND t.uscc IS NULL AND t.reg_no IS NULL ORDER BY t.id LIMIT 1`)
  const insert = sqlite.prepare(`INSERT INTO targets (kind, name, uscc, reg_no, legal_rep, address, phone, town, industry, scale, status, status_date,
    risk_class, abnormal, serious_violation, complaint_count, tags, forced_code_reason, created_at, updated_at)
    VALUES (@kind, @name, @uscc, @regNo, @legalRep, @address, @phone, @town, @industry, @scale, @status, @statusDate,
    @riskClass, @abnormal, @seriousViolation, @complaintCount, @tags, @forcedCodeReason, @now, @now)`)
  const update = sqlite.prepare(`UPDATE targets SET kind = @kind, name = @name, uscc = @uscc, reg_no = @regNo, legal_rep = @legalRep,
    address = @address, phone = @phone, town = @town, industry = @industry, scale = @scale, status = @status,
    status_date = CASE WHEN status = @status THEN status_date ELSE @today END, risk_class = @riskClass, abnormal = @abnormal,
    serious_violation = @seriousViolation, complaint_count = @complaintCount, tags = @tags, forced_code_reason = @forcedCodeReason,
    updated_at = @now WHERE id = @id`)
  const history = sqlite.prepare(
    `INSERT INTO target_status_history (target_id, from_status, to_status, date, reason, at) VALUES (?, ?, ?, ?, '由 Excel 导入更新', ?)`
  )
  const clearDepartments = sqlite.prepare('DELETE FROM target_departments WHERE target_id = ?')
  const addDepartment = sqlite.prepare('INSERT INTO target_departments (target_id, department_id) VALUES (?, ?)')
  const ids = new Map<string, number>()

  const find = (key: string): StoredTarget | undefined => {
    const [kind, ...rest] = key.split(':')
    const value = rest.join(':')
    if (kind === 'uscc') return byUscc.get(value) as StoredTarget | undefined
    if (kind === 'reg') return byRegNo.get(value) as StoredTarget | undefined
    const [targetKind, ...name] = value.split(':')
    return byName.get(targetKind, name.join(':')) as StoredTarget | undefined
  }
  const params = (record: TargetRecord) => ({
    kind: record.kind || (record.uscc ? kindFromCode(record.uscc) : '企业'),
    name: record.name,
    uscc: record.uscc || null,
    regNo: record.regNo || null,
    legalRep: record.legalRep,
    address: record.address,
    phone: record.phone,
    town: record.town,
    industry: record.industry,
    scale: record.scale,
    status: record.status,
    riskClass: record.riskClass,
    abnormal: record.abnormal ? 1 : 0,
    seriousViolation: record.seriousViolation ? 1 : 0,
    complaintCount: record.complaintCount,
    tags: JSON.stringify(record.tags),
    forcedCodeReason: record.forcedCodeReason || null,
    now
  })
  const setDepartments = (id: number, names: readonly string[]) => {
    clearDepartments.run(id)
    for (const departmentId of departments.idsOf(names)) addDepartment.run(id, departmentId)
  }

  let bulk: BulkIndexing | null = null

  return {
    begin({ inserts }) {
      if (inserts >= bulkThreshold) bulk = startBulkIndexing(sqlite)
    },
    finish() {
      bulk?.finish()
      bulk = null
    },
    existing(key) {
      const row = find(key)
      if (!row) return undefined
      ids.set(key, row.id)
      return targetRecordOf(row, shortNames)
    },
    insert(record) {
      const id = Number(insert.run({ ...params(record), statusDate: record.status === '存续' ? null : today }).lastInsertRowid)
      if (record.departments.length > 0) setDepartments(id, record.departments)
    },
    update(key, record, before) {
      const id = ids.get(key)
      if (id === undefined) throw new Error(`导入更新时找不到原记录（${key}）`)
      update.run({ ...params(record), id, today })
      if (record.status !== before.status) history.run(id, before.status, record.status, today, now)
      if (record.departments.join('、') !== before.departments.join('、')) setDepartments(id, record.departments)
    }
  }
}
