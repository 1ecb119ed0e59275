import type Database from 'better-sqlite3'

/**
 * 任务编号: the office's prefix (settings), the year and a sequence within the year, e.g.
 * LHCC-2026-003. The sequence continues from the highest number already used that year, so a
 * number is never given twice even if the prefix changes.
 */
export function nextTaskCode(sqlite: Database.Database, prefix: string, year: number): string {
  const codes = sqlite.prepare('SELECT code FROM tasks WHERE year = ?').all(year) as { code: string }[]
  const highest = codes.reduce((max, { code }) => Math.max(max, Number(/-(\d+)$/.exec(code)?.[1] ?? 0)), 0)
  return `${prefix}-${year}-${String(highest + 1).padStart(3, '0')}`
}
