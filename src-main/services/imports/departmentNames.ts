import type Database from 'better-sqlite3'
import type { CellResult } from '../../io/columnSpec'

/**
 * 成员单位 as import sheets name them (简称 or 全称) → their 简称, in id order (the order
 * TargetDto.departmentNames uses, so an export re-imports unchanged).
 */
export interface DepartmentNames {
  shortNames: string[]
  resolve(names: string[]): CellResult<string[]>
  idsOf(shortNames: readonly string[]): number[]
  idOf(name: string): number | undefined
}

export function departmentNames(sqlite: Database.Database): DepartmentNames {
  const rows = sqlite.prepare('SELECT id, name, short_name AS shortName FROM departments ORDER BY id').all() as { id: number; name: string; shortName: string }[]
  const byName = new Map<string, { id: number; shortName: string }>()
  for (const row of rows) {
    byName.set(row.name, row)
    byName.set(row.shortName, row)
  }
  const idByShort = new Map(rows.map((row) => [row.shortName, row.id]))
  return {
    shortNames: rows.map((row) => row.shortName),
    resolve(names) {
      const found = names.map((name) => ({ name, row: byName.get(name.replace(/[\s\u3000]+/g, '')) ?? byName.get(name) }))
      const unknown = found.filter((f) => !f.row).map((f) => `“${f.name}”`)
      if (unknown.length > 0) return { error: `成员单位中没有${unknown.join('、')}：请填写成员单位的简称或全称（见“成员单位”页面）` }
      const unique = [...new Map(found.map((f) => [f.row!.id, f.row!])).values()].sort((a, b) => a.id - b.id)
      return { value: unique.map((row) => row.shortName) }
    },
    idsOf: (shortNames) => shortNames.map((name) => idByShort.get(name)).filter((id): id is number => id !== undefined),
    idOf: (name) => byName.get(name)?.id
  }
}
