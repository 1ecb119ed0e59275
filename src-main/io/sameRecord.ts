/** Field-by-field equality of two plain records (arrays compared element-wise, in order). */
export function sameRecord<R>(a: R, b: R): boolean {
  for (const key of Object.keys(a as object) as (keyof R)[]) {
    const x = a[key]
    const y = b[key]
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false
    } else if (x !== y) {
      return false
    }
  }
  return true
}
