import { dirname, join, resolve } from 'node:path'
import { defaultDataDir, databaseFileName } from '../paths/defaultDataDir'
import { resourcesDir } from '../paths/resourcesDir'
import { openServices } from '../services/openServices'
import type { ServiceHost } from '../services/serviceHost'
import { CliFailure } from './cliFailure'
import { option, type ParsedArgs } from './parseArgs'

/** What every command gets: its arguments, the database path, and the services on demand. */
export interface CliContext {
  args: ParsedArgs
  dbPath: string
  services(): ServiceHost
  out(line: string): void
  close(): void
}

// Kept here for the commands that import it from the context; cli.ts takes it from its own file
// so that the commands needing no database never load the services.
export { CliFailure }

export function createCliContext(args: ParsedArgs): CliContext {
  const dbOption = option(args, 'db')
  const dbPath = dbOption ? resolve(dbOption) : join(defaultDataDir(), databaseFileName)
  let host: ServiceHost | null = null
  return {
    args,
    dbPath,
    services() {
      host ??= openServices({ dataDir: dirname(dbPath), databasePath: dbPath, resourcesDir: resourcesDir() })
      return host
    },
    out: (line) => process.stdout.write(`${line}\n`),
    close() {
      host?.deps.store.close()
      host = null
    }
  }
}

/** Calls a channel and returns its value, or fails the command with the service's message. */
export async function call<T>(ctx: CliContext, channel: string, input: unknown = {}): Promise<T> {
  const result = await ctx.services().invoke(channel, input)
  if (!result.ok) throw new CliFailure(result.error.message)
  return result.value as T
}
