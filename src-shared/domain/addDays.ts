/** Calendar arithmetic on YYYY-MM-DD dates (no time zone involved: the date is taken as written). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
