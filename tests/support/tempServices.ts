import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openServices } from '../../src-main/services/openServices'
import type { ServiceHost } from '../../src-main/services/serviceHost'
import type { Channel, ChannelInput, ChannelOutput } from '../../src-shared/contract'
import type { AppError } from '../../src-shared/result'

export interface TempServices {
  host: ServiceHost
  dir: string
  dbPath: string
  /** Calls a channel and returns its value; throws with the Chinese message on failure. */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>
  /** Calls a channel that must fail and returns its error. */
  fail<C extends Channel>(channel: C, input?: unknown): Promise<AppError>
  close(): void
}

/** The real services over a real SQLite file in a fresh temp folder (no mocks). */
export function openTempServices(options: { seedDemo?: boolean; now?: Date; randomBytes?: (length: number) => Uint8Array } = {}): TempServices {
  const dir = mkdtempSync(join(tmpdir(), 'spotcheck-test-'))
  const host = openServices({
    dataDir: dir,
    resourcesDir: resolve('resources'),
    seedDemoOnFirstRun: options.seedDemo ?? false,
    clock: () => options.now ?? new Date('2026-03-02T09:30:00+08:00'),
    randomBytes: options.randomBytes
  })
  return {
    host,
    dir,
    dbPath: join(dir, 'spotcheck.db'),
    async call(channel, input) {
      const result = await host.invoke(channel, input ?? {})
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
      return result.value as never
    },
    async fail(channel, input) {
      const result = await host.invoke(channel, input ?? {})
      if (result.ok) throw new Error(`expected ${channel} to fail`)
      return result.error
    },
    close() {
      host.deps.store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
