import { isValidRegistrationNumber, normalizeUscc, validateUscc } from '@shared/domain/uscc'
import { UsageError, type ParsedArgs } from '../parseArgs'

/**
 * `spotcheck uscc CODE…` (issue 3 §4): each code, normalised, with 有效 or the reason (GB
 * 32100-2015; a 15-digit 注册号 by GS 15-2006). Exit 0 only when all are valid. Needs no database.
 */
export function usccCommand(args: ParsedArgs): number {
  const codes = args.positional.slice(1)
  if (codes.length === 0) throw new UsageError('用法：spotcheck uscc 统一社会信用代码 …（可一次校验多个，用空格分开）')
  let allValid = true
  for (const raw of codes) {
    const code = normalizeUscc(raw)
    let verdict: string
    if (/^\d{15}$/.test(code)) {
      verdict = isValidRegistrationNumber(code) ? '有效（15位注册号）' : '无效：注册号校验位不对'
    } else {
      const result = validateUscc(code)
      verdict = result.ok ? '有效' : `无效：${result.reason}`
    }
    if (!verdict.startsWith('有效')) allValid = false
    process.stdout.write(`${code || raw}\t${verdict}\n`)
  }
  return allValid ? 0 : 1
}
