/**
 * A header as compared: full-width forms → half-width (（）→ (), Ａ → A), every space (also the
 * ideographic one and line breaks inside a cell) dropped, the required-field star and a trailing
 * colon removed. “ 法定代表人（负责人）* ” and “法定代表人(负责人)” compare equal.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[:]$/, '')
    .toUpperCase()
}
