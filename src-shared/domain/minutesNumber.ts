/** 纪要编号 formats the office chooses from in 办公室设置 (issue 5 §5): "<前缀>〔2026〕1号" or "第1期". */
export const minutesNumberStyles = ['〔年份〕号', '第N期'] as const
export type MinutesNumberStyle = (typeof minutesNumberStyles)[number]

/** The number of the `sequence`-th minutes signed in `year`. */
export function formatMinutesNumber(style: MinutesNumberStyle, prefix: string, year: string, sequence: number): string {
  return style === '第N期' ? `第${sequence}期` : `${prefix}〔${year}〕${sequence}号`
}

/**
 * The sequence a number already given holds within `year` (0 if none): numbers count per year whichever
 * format they were given in, so switching the format mid-year does not start again at 1.
 * `signedYear` is the year the minutes were signed, which a "第N期" number does not carry.
 */
export function minutesSequence(number: string | null, year: string, signedYear: string | null): number {
  if (!number) return 0
  const dated = new RegExp(`〔${year}〕(\\d+)号$`).exec(number)
  if (dated) return Number(dated[1])
  const issue = /^第(\d+)期$/.exec(number)
  return issue && signedYear === year ? Number(issue[1]) : 0
}
