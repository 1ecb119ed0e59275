import { addDays } from './addDays'

/**
 * The Monday-to-Friday dates from `start` to `end` (inclusive), YYYY-MM-DD. Public holidays and
 * make-up working days are not known here: the clerk moves a visit that falls on a holiday.
 */
export function weekdaysBetween(start: string, end: string): string[] {
  const days: string[] = []
  for (let date = start; date <= end; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(date)
  }
  return days
}
