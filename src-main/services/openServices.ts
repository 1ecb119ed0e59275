import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openStore } from '../db/openStore'
import type { RandomBytesSource } from '../draw/commitment'
import { databaseFileName } from '../paths/defaultDataDir'
import { seedDemoCounty } from './demo/seedDemoCounty'
import { handlers } from './handlers'
import { ensureOfficeKeys } from './keys/officeKeys'
import type { OpenFile } from './serviceContext'
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
  /** issue 9 §1: opens or prints a written document (Electron's shell layer). */
  openFile?: OpenFile
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
  // issue 9 §3: the office key pair, made on the first open of this data folder (after the demo
  // seed, which only runs on an empty audit log).
  ensureOfficeKeys(store, options.dataDir, clock())
  return createServiceHost(
    { store, clock, dataDir: options.dataDir, resourcesDir: options.resourcesDir, randomBytes: options.randomBytes ?? randomBytes, openFile: options.openFile },
    handlers
  )
}

function isEmpty(sqlite: import('better-sqlite3').Database): boolean {
  const row = sqlite.prepare('SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM audit_log) AS n').get() as { n: number }
  return row.n === 0
}
