/** Minimal `--flag value` / `--switch` parser shared by the CLI and the browser mode. */
export interface ParsedArgs {
  positional: string[]
  options: Map<string, string[]>
  switches: Set<string>
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valueOptions: readonly string[]): ParsedArgs {
  const result: ParsedArgs = { positional: [], options: new Map(), switches: new Set() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) {
      result.positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (valueOptions.includes(name)) {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new UsageError(`参数 --${name} 后面缺少取值`)
      result.options.set(name, [...(result.options.get(name) ?? []), value])
    } else {
      result.switches.add(name)
    }
  }
  return result
}

export function option(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1)
}
