import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OfficeKeyDto } from '@shared/domain/verification'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'

/** `spotcheck keys public [--out FILE]` (issue 9 §3): the office's public key, PEM; the private key never leaves the data folder. */
export async function keysCommand(ctx: CliContext): Promise<number> {
  const [, sub] = ctx.args.positional
  if (sub !== 'public') throw new CliFailure('用法：spotcheck keys public [--out 公钥.pem] [--db FILE]', 2)
  const key = await call<OfficeKeyDto>(ctx, 'keys:public')
  const out = option(ctx.args, 'out')
  if (out === undefined) {
    process.stdout.write(key.publicKeyPem)
    return 0
  }
  writeFileSync(resolve(out), key.publicKeyPem)
  ctx.out(`已写出本办公室的核验公钥：${resolve(out)}`)
  ctx.out(`公钥指纹（SHA-256）：${key.fingerprint}`)
  return 0
}
