import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openStore } from '../db/openStore'
import type { RandomBytesSource } from '../draw/commitment'
import { databaseFileName } from '../paths/defaultDataDir'
import { seedDemoCounty } from './demo/seedDemoCounty'
import { handlers } from './handlers'
import { createServiceHost, type ServiceHost } from './serviceHost'

export interface OpenServicesOptions {
  dataDir: string
  resourcesDir: string
  clock?: () => Date
  /** Seed the demo county into an empty data folder (first run). */
  seedDemoOnFirstRun?: boolean
  /** Database file; defaults to spotcheck.db in the data folder. */
  databasePath?: string
  /** Source of draw secrets (issue 4); defaults to node:crypto's CSPRNG. */
  randomBytes?: RandomBytesSource
}

/** The composition root shared by Electron, the browser mode and tests: store + services. */
export function openServices(options: OpenServicesOptions): ServiceHost {
  mkdirSync(options.dataDir, { recursive: true })
  const clock = options.clock ?? (() => new Date())
  const store = openStore(options.databasePath ?? join(options.dataDir, databaseFileName), {
    migrationsFolder: join(options.resourcesDir, 'migrations'),
    now: clock
  })
  if (options.seedDemoOnFirstRun && isEmpty(store.sqlite)) seedDemoCounty(store, { now: clock() })
  return createServiceHost(
    { store, clock, dataDir: options.dataDir, resourcesDir: options.resourcesDir, randomBytes: options.randomBytes ?? randomBytes },
    handlers
  )
}

function isEmpty(sqlite: import('better-sqlite3').Database): boolean {
  const row = sqlite.prepare('SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM audit_log) AS n').get() as { n: number }
  return row.n === 0
}
