import { rfc3797 } from '../../draw/rfc3797'
import { option, UsageError, type ParsedArgs } from '../parseArgs'

const usage = '用法：spotcheck rfc3797 --pool-size 人数 --count 数量 --source "9319" --source "2 5 12 8 10" …'

/**
 * `spotcheck rfc3797` (issue 4, RFC 3797 §4 and §7): prints the key, each step's MD5, and on the
 * last line the selected 1-based positions in selection order, space-separated.
 */
export function rfc3797Command(args: ParsedArgs): number {
  const poolSize = positiveInteger(option(args, 'pool-size'), '--pool-size')
  const count = positiveInteger(option(args, 'count'), '--count')
  const sources = args.options.get('source') ?? []
  if (sources.length === 0) throw new UsageError(`至少需要一个 --source\n${usage}`)
  const result = rfc3797({ poolSize, count, sources })
  const say = (line: string) => process.stdout.write(`${line}\n`)
  say(`密钥：${result.key}`)
  for (const step of result.steps) say(`第 ${step.index + 1} 次：MD5 ${step.digest}，余 ${step.remaining} 个，选中第 ${step.position} 号`)
  say(result.positions.join(' '))
  return 0
}

function positiveInteger(text: string | undefined, name: string): number {
  if (text === undefined) throw new UsageError(`缺少 ${name}\n${usage}`)
  if (!/^[1-9]\d*$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`${name} 应为正整数，实为“${text}”\n${usage}`)
  return Number(text)
}
