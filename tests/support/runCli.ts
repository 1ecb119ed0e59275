import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const cliPath = resolve('out/main/cli.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built `spotcheck` CLI under plain Node, as an office's script would. */
export function runCli(args: string[]): CliRun {
  if (!existsSync(cliPath)) throw new Error('out/main/cli.js is missing: run `npm run build` first')
  const run = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}
