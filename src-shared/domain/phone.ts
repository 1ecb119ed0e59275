/**
 * Phone numbers as county offices write them: mobile (11 digits starting 1[3-9]) or landline
 * with optional area code and extension (0533-6966123, 6966123, 0533-6966123-801).
 */
const mobile = /^1[3-9]\d{9}$/
const landline = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/

export function normalizePhone(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/g, '-')
    .replace(/\s+/g, '')
}

export function isValidPhone(raw: string): boolean {
  const value = normalizePhone(raw)
  return mobile.test(value) || landline.test(value)
}
