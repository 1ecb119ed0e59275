import type Database from 'better-sqlite3'
import type { CornerQr } from '../../documents/gongwen/cornerQrImage'
import { VerificationLineError } from '../../documents/verification/verificationLine'
import { ServiceError } from '../serviceError'
import { createNoticeSigner } from '../verification/createNoticeSigner'
import { readNoticeVerificationFields } from './readNoticeVerificationFields'

/**
 * The QR code of each notice (issue 9 §3), for its 行政检查通知书 and 实地核查记录表: the office key is
 * read once for the batch. A notice whose group has no 执法证号 on record cannot be signed: the error
 * says which one and what to fill in.
 */
export async function signNoticeQrs(
  sqlite: Database.Database,
  dataDir: string,
  noticeIds: readonly number[],
  /** Called every few codes with how many are done (progress, and a chance to cancel). */
  onProgress?: (done: number) => Promise<void>
): Promise<Map<number, CornerQr>> {
  const fields = readNoticeVerificationFields(sqlite, noticeIds)
  const sign = createNoticeSigner(dataDir)
  const qrs = new Map<number, CornerQr>()
  for (const [id, f] of fields) {
    if (onProgress && qrs.size % 10 === 0) await onProgress(qrs.size)
    try {
      qrs.set(id, { png: (await sign(f)).png })
    } catch (error) {
      if (!(error instanceof VerificationLineError)) throw error
      const hint = f.certificateNumbers.length === 0 ? '请先在“执法人员”中为该检查组成员登记执法证号，再导出' : '请核对后再导出'
      throw new ServiceError('CONFLICT', `通知书${f.number}的核验码无法生成：${error.message}；${hint}`)
    }
  }
  return qrs
}
