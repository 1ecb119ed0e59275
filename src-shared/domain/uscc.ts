/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — 登记管理部门码 (1), 机构类别码 (1), 登记管理机关
 * 行政区划码 (6), 主体标识码 / 组织机构代码 (9), 校验码 (1).
 */

/** The 31 characters the standard allows, in value order 0..30 (no I, O, S, V, Z). */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Weight of position i (1..17) is 3^(i-1) mod 31. */
export const usccWeights: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let weight = 1
  for (let k = 0; k < i; k++) weight = (weight * 3) % 31
  return weight
})

export type UsccVerdict = { ok: true; code: string } | { ok: false; code: string; reason: string }

/**
 * What a clerk types or pastes: trims, turns full-width letters and digits into half-width,
 * upper-cases, and drops spaces (including the ideographic space) inside the code.
 */
export function normalizeUscc(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase()
}

/** The check character for the first 17 characters (which must all be in the charset). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`计算校验位需要前17位，实为${first17.length}位`)
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = usccCharset.indexOf(first17[i])
    if (value < 0) throw new Error(`第${i + 1}位“${first17[i]}”不是允许的字符`)
    sum += value * usccWeights[i]
  }
  const check = (31 - (sum % 31)) % 31
  return usccCharset[check]
}

/** A complete code from its first 17 characters. */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17)
}

/** Validates after normalising; the reason says which character is wrong and why. */
export function validateUscc(raw: string): UsccVerdict {
  const code = normalizeUscc(raw)
  if (code.length !== 18) return { ok: false, code, reason: `长度应为18位，实为${code.length}位` }
  for (let i = 0; i < 18; i++) {
    if (!usccCharset.includes(code[i])) {
      return { ok: false, code, reason: `第${i + 1}位“${code[i]}”不是允许的字符` }
    }
  }
  const expected = usccCheckChar(code.slice(0, 17))
  if (expected !== code[17]) return { ok: false, code, reason: `校验位应为“${expected}”，实为“${code[17]}”` }
  return { ok: true, code }
}

/**
 * Check character of a 9-character 组织机构代码 (GB 11714) from its first 8: weights
 * 3,7,9,10,5,8,4,2; letters count A=10 … Z=35; 11 − (Σ mod 11), with 10 → X and 11 → 0.
 * The uscc carries this code in positions 9–17.
 */
export function organizationCodeCheckChar(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  if (first8.length !== 8) throw new Error(`组织机构代码本体应为8位，实为${first8.length}位`)
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const value = parseInt(first8[i], 36)
    if (Number.isNaN(value)) throw new Error(`组织机构代码第${i + 1}位“${first8[i]}”不是数字或字母`)
    sum += value * weights[i]
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/**
 * Check digit of a 15-digit 注册号 (GS 15-2006, ISO 7064 MOD 11,10) from its first 14 digits;
 * individual businesses registered before 2016 may still carry only this number.
 */
export function registrationNumberCheckDigit(first14: string): string {
  if (!/^\d{14}$/.test(first14)) throw new Error('注册号本体应为14位数字')
  let product = 10
  for (const digit of first14) {
    const sum = (product % 11) + Number(digit)
    product = ((sum % 10 || 10) * 2) % 11
  }
  for (let check = 0; check <= 9; check++) if (((product % 11) + check) % 10 === 1) return String(check)
  throw new Error('注册号校验位无解')
}

/** A 15-digit 注册号 is well formed when its last digit is the MOD 11,10 check digit. */
export function isValidRegistrationNumber(raw: string): boolean {
  const value = normalizeUscc(raw)
  return /^\d{15}$/.test(value) && registrationNumberCheckDigit(value.slice(0, 14)) === value[14]
}
