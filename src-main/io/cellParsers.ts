import { isValidPhone, normalizePhone } from '@shared/domain/phone'
import { cellText } from './cellText'
import type { CellResult, CellValue } from './columnSpec'

type Cell = Exclude<CellValue, null>
type Parse<T> = (cell: Cell) => CellResult<T>

/** Excel keeps 15 significant digits of a number: a longer code typed as a number lost the rest. */
const exactDigits = 1e15

/** Texts ignoring spaces and full-width forms, for comparing enumeration values. */
function fold(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase()
}

/**
 * Parsers for the kinds of cell the directories have. Each returns `{ value }` or `{ error }`
 * with a Chinese reason that says what to write instead.
 */
export const cellParsers = {
  /** Free text up to `max` characters (numbers and dates are taken as their text). */
  text(label: string, max: number): Parse<string> {
    return (cell) => {
      const text = cellText(cell).trim()
      return [...text].length > max ? { error: `${label}不能超过${max}个字，现有${[...text].length}个字` } : { value: text }
    }
  },

  /**
   * A code or number kept as text (统一社会信用代码, 注册号, 执法证号, phones). DESIGN.md “Things
   * that bite”: a long digit string typed as a number kept only 15 significant digits, so such a
   * cell is refused with that reason instead of importing a wrong code.
   */
  code(label: string, max: number): Parse<string> {
    return (cell) => {
      if (typeof cell === 'number') {
        if (!Number.isInteger(cell) || Math.abs(cell) >= exactDigits) {
          return {
            error: `${label}在 Excel 中存成了数字“${excelDigits(cell)}”：Excel 只保留15位有效数字，后面的数字已经丢失。请把这一列设为“文本”格式，再对照原始材料重新填写`
          }
        }
        return { value: String(cell) }
      }
      const text = cellText(cell).trim()
      if (/^\d(\.\d+)?E\+\d+$/i.test(text)) {
        return { error: `${label}“${text}”是科学计数法，原来的数字已经丢失：请把这一列设为“文本”格式，再对照原始材料重新填写` }
      }
      return text.length > max ? { error: `${label}太长：不能超过${max}个字符` } : { value: text }
    }
  },

  /** A phone number kept as text, normalised and checked as the forms check it (src-shared/domain/phone). */
  phone(label: string, max: number): Parse<string> {
    const asCode = cellParsers.code(label, max)
    return (cell) => {
      const parsed = asCode(cell)
      if ('error' in parsed) return parsed
      const phone = normalizePhone(parsed.value)
      return isValidPhone(phone) ? { value: phone } : { error: `${label}“${parsed.value}”格式不对：请填写11位手机号或带区号的座机号，如 0533-6966123` }
    }
  },

  /**
   * One of a fixed set. `accept` maps every spelling clerks use (after folding spaces and
   * full-width forms) to the stored value; the error lists the choices.
   */
  choice<T extends string>(label: string, accept: Record<string, T>, shown: readonly string[]): Parse<T> {
    const folded = new Map(Object.entries(accept).map(([text, value]) => [fold(text), value]))
    return (cell) => {
      const value = folded.get(fold(cellText(cell)))
      return value !== undefined ? { value } : { error: `${label}“${cellText(cell)}”无法识别：请填写${shown.join('、')}之一` }
    }
  },

  /** Several values in one cell, separated by 、，,；; or line breaks; duplicates dropped, order kept. */
  list(label: string, maxItems: number, maxLength: number): Parse<string[]> {
    return (cell) => {
      const items = [...new Set(splitList(cellText(cell)))]
      if (items.length > maxItems) return { error: `${label}最多${maxItems}个，现有${items.length}个` }
      const long = items.find((item) => [...item].length > maxLength)
      return long ? { error: `${label}“${long}”太长：每个不超过${maxLength}个字` } : { value: items }
    }
  },

  /** 是/否 (also Y/N, √, 1/0, TRUE/FALSE). */
  yesNo(label: string): Parse<boolean> {
    const yes = new Set(['是', 'Y', 'YES', 'TRUE', '√', '1', '有', '列入'])
    const no = new Set(['否', 'N', 'NO', 'FALSE', '×', '0', '无', '未列入'])
    return (cell) => {
      if (typeof cell === 'boolean') return { value: cell }
      const text = fold(cellText(cell))
      if (yes.has(text)) return { value: true }
      if (no.has(text)) return { value: false }
      return { error: `${label}请填写“是”或“否”，现为“${cellText(cell)}”` }
    }
  },

  /** A whole number from 0 to max. */
  count(label: string, max: number): Parse<number> {
    return (cell) => {
      const value = typeof cell === 'number' ? cell : Number(fold(cellText(cell)))
      if (!Number.isInteger(value) || value < 0 || value > max) return { error: `${label}请填写0到${max}之间的整数，现为“${cellText(cell)}”` }
      return { value }
    }
  },

  /** A date as YYYY-MM-DD; accepts Excel dates, 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301. */
  date(label: string): Parse<string> {
    return (cell) => {
      if (cell instanceof Date) return { value: cell.toISOString().slice(0, 10) }
      const text = fold(cellText(cell))
      const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
      if (match) {
        const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`
        const date = new Date(`${iso}T00:00:00Z`)
        if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)) return { value: iso }
      }
      return { error: `${label}“${cellText(cell)}”不是有效日期：请写成“2026-03-01”或“2026年3月1日”` }
    }
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[、，,；;\n\r]+/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** The digits Excel still holds of a number: 15 significant, then zeros (913501001234568000). */
function excelDigits(value: number): string {
  const [mantissa, exponent] = value.toExponential(14).split('e')
  const exp = Number(exponent)
  if (exp < 14) return String(value)
  return (value < 0 ? '-' : '') + mantissa.replace(/[-.]/g, '') + '0'.repeat(exp - 14)
}
