/**
 * Identifier and entropy normalisation (docs/draw-algorithm.md §2): strip leading and trailing
 * white space, then Unicode NFC. The white-space set is exactly ECMAScript's String.prototype.trim:
 * U+0009–U+000D, U+0020, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF. Pure ASCII text skips NFC, which cannot change it.
 */
export function normalizeText(raw: string): string {
  const trimmed = raw.trim()
  return nonAscii.test(trimmed) ? trimmed.normalize('NFC') : trimmed
}

const nonAscii = /[\u0080-\uffff]/
