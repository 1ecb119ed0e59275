import { eq } from 'drizzle-orm'
import type { Db } from '../../db/openStore'
import { departments, targets } from '../../db/schema'

/** True while demo units or demo targets are in the database (the home screen says so). */
export function isDemoLoaded(db: Db): boolean {
  const unit = db.select({ id: departments.id }).from(departments).where(eq(departments.isDemo, true)).limit(1).get()
  if (unit) return true
  return db.select({ id: targets.id }).from(targets).where(eq(targets.isDemo, true)).limit(1).get() !== undefined
}
