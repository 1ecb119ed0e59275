import { DrawInputError } from './drawInputError'

/**
 * Refuses a normalised identifier that cannot stand on one line of a pool file
 * (docs/draw-algorithm.md §2 step 3): C0 and C1 controls, DEL, U+2028, U+2029 and unpaired
 * surrogates. Returns whether the identifier holds a surrogate pair (a character beyond U+FFFF),
 * which is when UTF-16 order and UTF-8 byte order differ.
 */
export function checkIdentifier(id: string): { astral: boolean } {
  if (!unusual.test(id)) return { astral: false }
  if (forbidden.test(id)) throw new DrawInputError(`标识“${printable(id)}”中含有换行或控制字符，不能放入号池`)
  if (!surrogate.test(id)) return { astral: false }
  if (loneSurrogate.test(id)) throw new DrawInputError(`标识“${printable(id)}”含有无法编码为 UTF-8 的字符`)
  return { astral: true }
}

function printable(id: string): string {
  return JSON.stringify(id).slice(1, -1)
}

const unusual = /[^\x20-\x7e]/
// C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators: any of them would
// make "one identifier per line" ambiguous or invisible on a printed proof.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbidden = /[\x00-\x1f\x7f-\x9f\u2028\u2029]/
const surrogate = /[\ud800-\udfff]/
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
