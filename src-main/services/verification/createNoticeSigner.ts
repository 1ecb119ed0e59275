import type { VerificationFields } from '@shared/domain/verification'
import { qrPngFor } from '../../documents/verification/qrPngFor'
import { signVerificationLine } from '../../documents/verification/verificationLine'
import { readOfficePrivateKey } from '../keys/officeKeys'

export interface SignedNoticeQr {
  /** The SCV1 line, printed small under the code for those who type it in. */
  line: string
  /** The QR code of the line, PNG, for `qr: { png }` of the notice and record-form builders. */
  png: Buffer
}

/**
 * Issue 9 §3: signs the verification line of 行政检查通知书 and 实地核查记录表 with the office's key
 * and draws its QR code. The key is read once per signer, so a batch of 500 notices opens the file once.
 * Throws VerificationLineError (Chinese message) when a field cannot go into the line.
 */
export function createNoticeSigner(dataDir: string): (fields: VerificationFields) => Promise<SignedNoticeQr> {
  const privateKey = readOfficePrivateKey(dataDir)
  return async (fields) => {
    const line = signVerificationLine(fields, privateKey)
    return { line, png: await qrPngFor(line) }
  }
}
