import { readOfficeKey } from './keys/officeKeys'
import type { HandlerMap } from './serviceHost'
import { ServiceError } from './serviceError'
import { verifyNotice } from './verification/verifyNotice'

/** Issue 9 §3: the 核验 dialog and `spotcheck verify-notice --db`. */
export const verificationHandlers: Pick<HandlerMap, 'verify:notice'> = {
  'verify:notice': {
    tx: (ctx, { text }) => {
      const key = readOfficeKey(ctx.store)
      if (!key) throw new ServiceError('CONFLICT', '本办公室还没有核验密钥：请重新启动程序，程序会自动生成')
      return verifyNotice(ctx.sqlite, key.publicKeyPem, text)
    }
  }
}
