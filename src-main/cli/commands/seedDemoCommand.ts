import { seedDemoCounty } from '../../services/demo/seedDemoCounty'
import { CliFailure, type CliContext } from '../cliContext'

/** `spotcheck seed-demo`: loads the demo county into an empty database. */
export function seedDemoCommand(ctx: CliContext): number {
  const { store, clock } = ctx.services().deps
  try {
    seedDemoCounty(store, { now: clock() })
  } catch (error) {
    throw new CliFailure((error as Error).message)
  }
  ctx.out(`已载入示范县数据：${ctx.dbPath}`)
  return 0
}
