/**
 * The identifier a target is drawn under (issue 4: 统一社会信用代码/注册号): its 统一社会信用代码,
 * else its 注册号, else "对象" and its record number (产品、项目、行为 carry no code). As SQL over
 * `targets t`, so pools come out of the database already as identifiers.
 */
export const targetIdentifierSql = "coalesce(t.uscc, t.reg_no, '对象' || t.id)"

const byRecordNumber = /^对象(\d+)$/

/** The record number hidden in an identifier of the third kind, else null. */
export function recordNumberOf(identifier: string): number | null {
  const match = byRecordNumber.exec(identifier)
  return match ? Number(match[1]) : null
}
