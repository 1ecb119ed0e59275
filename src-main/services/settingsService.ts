import { eq } from 'drizzle-orm'
import { defaultSettings, type SettingsDto } from '@shared/domain/settings'
import type { Db } from '../db/openStore'
import { settings } from '../db/schema'
import type { HandlerMap } from './serviceHost'

const officeKeys = Object.keys(defaultSettings) as (keyof SettingsDto)[]

/** Office settings with defaults filled in for keys never saved. */
export function readSettings(db: Db): SettingsDto {
  const stored = new Map(db.select().from(settings).all().map((row) => [row.key, row.value]))
  const result = { ...defaultSettings }
  for (const key of officeKeys) {
    const value = stored.get(key)
    if (typeof value === 'string' && value !== '') (result as Record<string, string>)[key] = value
  }
  return result
}

export function readOperator(db: Db): string {
  const row = db.select().from(settings).where(eq(settings.key, 'operator')).get()
  return typeof row?.value === 'string' && row.value ? row.value : defaultSettings.operator
}

export function writeSetting(db: Db, key: string, value: unknown, now: string): void {
  db.insert(settings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
    .run()
}

export function readSetting<T>(db: Db, key: string): T | undefined {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value as T | undefined
}

export const settingsHandlers: Pick<HandlerMap, 'settings:get' | 'settings:update'> = {
  'settings:get': { tx: (ctx) => readSettings(ctx.db) },
  'settings:update': {
    tx: (ctx, input) => {
      for (const key of officeKeys) writeSetting(ctx.db, key, input[key], ctx.now)
      return readSettings(ctx.db)
    }
  }
}
