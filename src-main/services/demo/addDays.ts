/** Calendar arithmetic on YYYY-MM-DD dates (no time zone involved: the date is taken as written). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The date itself, or the Friday before it when it falls on a weekend. */
export function weekdayOnOrBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date
}
