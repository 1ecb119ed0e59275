import type { CellValue } from './columnSpec'

/**
 * exceljs cell values → CellValue: rich text joined, formulas by their cached result, hyperlinks
 * by their text, errors (#N/A) as empty. Strings are trimmed; blank strings become null.
 */
export function flattenCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') {
    const text = value.trim()
    return text === '' ? null : text
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string }
    if (Array.isArray(v.richText)) return flattenCell(v.richText.map((part) => part.text).join(''))
    if ('formula' in v || 'sharedFormula' in v) return flattenCell(v.result)
    if ('text' in v) return flattenCell(v.text)
    if ('error' in v) return null
  }
  return null
}

/** A cell as text (numbers without exponent or grouping, dates as YYYY-MM-DD). */
export function cellText(cell: CellValue): string {
  if (cell === null) return ''
  if (typeof cell === 'string') return cell
  if (typeof cell === 'boolean') return cell ? '是' : '否'
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell)
}
