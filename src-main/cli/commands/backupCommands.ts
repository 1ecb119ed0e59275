import { resolve } from 'node:path'
import { backupDatabase, restoreDatabase } from '../../services/backup/backupDatabase'
import { CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'

/** `spotcheck backup --out FILE`: online backup, then verified (integrity + audit chain). */
export async function backupCommand(ctx: CliContext): Promise<number> {
  const out = option(ctx.args, 'out')
  if (!out) throw new CliFailure('用法：spotcheck backup --out 备份文件.db [--db FILE]', 2)
  const check = await backupDatabase(ctx.services().deps.store.sqlite, resolve(out))
  ctx.out(`已备份到 ${resolve(out)}，校验通过：${check.departments} 个成员单位，${check.auditRows} 条操作记录。`)
  return 0
}

/** `spotcheck restore FILE`: verifies the backup, keeps the current database, then restores. */
export async function restoreCommand(ctx: CliContext): Promise<number> {
  const [, file] = ctx.args.positional
  if (!file) throw new CliFailure('用法：spotcheck restore 备份文件.db [--db FILE]', 2)
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
  let result
  try {
    result = await restoreDatabase(resolve(file), ctx.dbPath, stamp)
  } catch (error) {
    throw new CliFailure(`没有恢复：${(error as Error).message}`)
  }
  ctx.out(`已从 ${resolve(file)} 恢复，校验通过：${result.check.departments} 个成员单位，${result.check.auditRows} 条操作记录。`)
  if (result.keptAs) ctx.out(`恢复前的数据库保存在 ${result.keptAs}`)
  return 0
}
