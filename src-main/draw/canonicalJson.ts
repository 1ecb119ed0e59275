import { DrawInputError } from './drawInputError'

export type CanonicalJsonValue = string | number | boolean | { [key: string]: CanonicalJsonValue }

/**
 * The canonical parameters JSON (docs/draw-algorithm.md §4): object keys sorted by code unit
 * order, no white space, strings escaped as JSON.stringify escapes them (which is what Python's
 * `json.dumps(v, ensure_ascii=False, separators=(",", ":"), sort_keys=True)` writes too), numbers
 * only as safe integers so no language has to agree on how to print a fraction.
 */
export function canonicalJson(value: CanonicalJsonValue): string {
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new DrawInputError(`参数中的数值须为整数，实为 ${value}`)
    return String(value)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DrawInputError('参数只能是字符串、整数、布尔值或由它们组成的对象')
  }
  const keys = Object.keys(value).sort()
  for (const key of keys) {
    // ASCII names keep code-unit and code-point key order the same in every language.
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new DrawInputError(`参数名“${key}”只能由英文字母、数字和下划线组成`)
  }
  return '{' + keys.map((key) => JSON.stringify(key) + ':' + canonicalJson(value[key])).join(',') + '}'
}
