import { existsSync } from 'node:fs'
import type { VerificationDto } from '@shared/domain/verification'
import { call, CliFailure, type CliContext } from '../cliContext'
import { option } from '../parseArgs'
import { readInputFile } from '../readInputFile'

const usage = '用法：spotcheck verify-notice "SCV1|…" [--public-key 公钥.pem] [--db FILE]\n      spotcheck verify-notice "通知书字号" [--db FILE]'

/**
 * `spotcheck verify-notice "<text>"` (issue 9 §3): offline with `--public-key` (signature only), or
 * against the office's register in `--db` (signature, record, void). Exit 0 真实, 1 otherwise.
 */
export async function verifyNoticeCommand(ctx: CliContext): Promise<number> {
  const text = ctx.args.positional[1]
  if (!text || ctx.args.positional.length > 2) throw new CliFailure(`${usage}\n（核验码含“|”，请用英文双引号把它整个括起来）`, 2)
  const keyFile = option(ctx.args, 'public-key')
  if (keyFile !== undefined) return verifyOffline(ctx, text, keyFile)
  if (!existsSync(ctx.dbPath)) throw new CliFailure(`找不到数据库文件 ${ctx.dbPath}：请用 --db 指定出具文书的办公室的数据库，或用 --public-key 指定其公布的公钥`, 2)
  const result = await call<VerificationDto>(ctx, 'verify:notice', { text })
  printVerdict(ctx, result.verdict, result.reason)
  if (result.fields) printFields(ctx, result.fields)
  if (result.record) {
    const r = result.record
    ctx.out('登记信息：')
    ctx.out(`  字号：${r.numberText}`)
    ctx.out(`  任务：${r.taskCode} ${r.taskName}`)
    ctx.out(`  检查对象：${r.targetName}${r.targetCode ? `（${r.targetCode}）` : ''}`)
    ctx.out(`  出具时间：${r.issuedAt}`)
    ctx.out(`  状态：${r.status}${r.voidReason ? `（${r.voidReason}）` : ''}`)
  }
  return result.verdict === '真实' ? 0 : 1
}

async function verifyOffline(ctx: CliContext, text: string, keyFile: string): Promise<number> {
  const [{ verifyVerificationLine }, { publicKeyFingerprint }, { createPublicKey }] = await Promise.all([
    import('../../documents/verification/verificationLine'),
    import('../../documents/verification/publicKeyFingerprint'),
    import('node:crypto')
  ])
  const pem = readInputFile(keyFile, '公钥文件').toString('utf8')
  let key
  try {
    key = createPublicKey(pem)
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(String(key.asymmetricKeyType))
  } catch {
    throw new CliFailure(`${keyFile} 不是 Ed25519 公钥（PEM 格式）：请用办公室公布的公钥文件（spotcheck keys public --out 公钥.pem 写出的那种）`, 2)
  }
  if (!text.includes('|')) {
    printVerdict(ctx, '无法核验', '只有字号时无法离线核验：请扫描文书上的二维码得到完整核验码，或用 --db 查办公室的登记簿')
    return 1
  }
  const verified = verifyVerificationLine(text, key)
  if (!verified.ok) {
    printVerdict(ctx, '无法核验', verified.reason)
    return 1
  }
  printVerdict(ctx, '真实', `签名有效，由公钥指纹为 ${publicKeyFingerprint(key)} 的办公室签发（是否已作废需向该办公室核实）`)
  printFields(ctx, verified.fields)
  return 0
}

function printVerdict(ctx: CliContext, verdict: string, reason: string): void {
  ctx.out(`核验结果：${verdict}`)
  ctx.out(reason)
}

function printFields(ctx: CliContext, fields: NonNullable<VerificationDto['fields']>): void {
  ctx.out('核验码内容：')
  ctx.out(`  字号：${fields.number}`)
  ctx.out(`  任务编号：${fields.taskCode}`)
  ctx.out(`  对象代码：${fields.targetCode}`)
  ctx.out(`  检查日期：${fields.inspectionDate}`)
  ctx.out(`  执法证号：${fields.certificateNumbers.join('、')}`)
}
