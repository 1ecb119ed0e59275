/** Dates as they appear in Chinese documents: 2026年3月1日 (no leading zeros). */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) throw new Error(`不是有效日期：${isoDate}`)
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}
