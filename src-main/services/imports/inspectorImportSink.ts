import type Database from 'better-sqlite3'
import type { InspectorDto } from '@shared/domain/inspectors'
import type { ImportSink } from '../../io/columnSpec'
import { readInspector } from '../inspectors/readInspectors'
import type { DepartmentNames } from './departmentNames'
import type { InspectorRecord } from './inspectorImportSpec'

/** An inspector as the directory shows it, in the sheet's record shape. */
export function inspectorRecordOf(dto: InspectorDto): InspectorRecord {
  return {
    department: dto.departmentName,
    name: dto.name,
    certNo: dto.certNo ?? '',
    kind: dto.kind,
    qualifications: dto.qualifications,
    specialties: dto.specialties,
    post: dto.post,
    organization: dto.organization,
    phone: dto.phone,
    status: dto.status,
    statusFrom: dto.statusFrom ?? '',
    statusTo: dto.statusTo ?? '',
    region: dto.region,
    // A target without a code cannot be named in a sheet; it stays in the record (see update).
    avoidTargets: dto.avoidTargets.flatMap((t) => (t.code ? [t.code] : [])),
    avoidRules: dto.avoidRules
  }
}

export function targetIdByCode(sqlite: Database.Database): (code: string) => number | undefined {
  const find = sqlite.prepare('SELECT id FROM targets WHERE uscc = ? OR reg_no = ? ORDER BY id LIMIT 1').pluck()
  return (code) => find.get(code, code) as number | undefined
}

export function inspectorImportSink(sqlite: Database.Database, departments: DepartmentNames, now: string): ImportSink<InspectorRecord> {
  const byCert = sqlite.prepare('SELECT id FROM inspectors WHERE cert_no = ?').pluck()
  const byName = sqlite.prepare('SELECT id FROM inspectors WHERE department_id = ? AND name = ? AND cert_no IS NULL ORDER BY id LIMIT 1').pluck()
  const targetId = targetIdByCode(sqlite)
  const insert = sqlite.prepare(`INSERT INTO inspectors (department_id, name, cert_no, kind, qualifications, specialties, post, organization, phone,
    status, status_from, status_to, region, avoidance, created_at, updated_at)
    VALUES (@departmentId, @name, @certNo, @kind, @qualifications, @specialties, @post, @organization, @phone,
    @status, @statusFrom, @statusTo, @region, @avoidance, @now, @now)`)
  const update = sqlite.prepare(`UPDATE inspectors SET department_id = @departmentId, name = @name, cert_no = @certNo, kind = @kind,
    qualifications = @qualifications, specialties = @specialties, post = @post, organization = @organization, phone = @phone,
    status = @status, status_from = @statusFrom, status_to = @statusTo, region = @region, avoidance = @avoidance, updated_at = @now WHERE id = @id`)
  const ids = new Map<string, number>()
  const stored = new Map<number, InspectorDto>()

  const params = (record: InspectorRecord, keepTargetIds: number[] = []) => ({
    departmentId: departments.idOf(record.department),
    name: record.name,
    certNo: record.certNo || null,
    kind: record.kind,
    qualifications: JSON.stringify(record.qualifications),
    specialties: JSON.stringify(record.specialties),
    post: record.post,
    organization: record.organization,
    phone: record.phone,
    status: record.status,
    statusFrom: record.statusFrom || null,
    statusTo: record.statusTo || null,
    region: record.region,
    avoidance: JSON.stringify({
      targetIds: [...new Set([...record.avoidTargets.map(targetId).filter((id): id is number => id !== undefined), ...keepTargetIds])],
      rules: record.avoidRules
    }),
    now
  })

  return {
    existing(key) {
      const [kind, ...rest] = key.split(':')
      let id: number | undefined
      if (kind === 'cert') id = byCert.get(rest.join(':')) as number | undefined
      else {
        const [department, ...name] = rest
        const departmentId = departments.idOf(department)
        id = departmentId === undefined ? undefined : (byName.get(departmentId, name.join(':')) as number | undefined)
      }
      if (id === undefined) return undefined
      const dto = readInspector(sqlite, id)
      if (!dto) return undefined
      ids.set(key, id)
      stored.set(id, dto)
      return inspectorRecordOf(dto)
    },
    insert(record) {
      insert.run(params(record))
    },
    update(key, record) {
      const id = ids.get(key)
      if (id === undefined) throw new Error(`导入更新时找不到原记录（${key}）`)
      // Avoided targets without a code never appear in a sheet: keep them.
      const keep = (stored.get(id)?.avoidTargets ?? []).filter((t) => !t.code).map((t) => t.id)
      update.run({ ...params(record, keep), id })
    }
  }
}
