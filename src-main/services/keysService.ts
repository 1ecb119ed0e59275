import { buildPublicKeyNoticeDocument } from '../documents/publicKeyNoticeDocument'
import { issueDocument } from './documents/issueDocument'
import { readOfficeKey } from './keys/officeKeys'
import { ServiceError } from './serviceError'
import type { ServiceContext } from './serviceContext'
import type { HandlerMap } from './serviceHost'
import { readSettings } from './settingsService'
import { readTemplate } from './templatesService'

function officeKey(ctx: ServiceContext) {
  const key = readOfficeKey(ctx.store)
  if (!key) throw new ServiceError('CONFLICT', '本办公室还没有核验密钥：请重新启动程序，程序会自动生成')
  return key
}

/** Issue 9 §3: the office's public key (never the private one) and its 公告 for publication. */
export const keysHandlers: Pick<HandlerMap, 'keys:public' | 'keys:exportNotice'> = {
  'keys:public': { tx: (ctx) => officeKey(ctx) },
  'keys:exportNotice': {
    async: async (ctx, input) => {
      const key = officeKey(ctx)
      const office = readSettings(ctx.db)
      const bytes = await buildPublicKeyNoticeDocument({ countyName: office.countyName, officeName: office.officeName, issuedOn: ctx.today, ...key, wording: readTemplate(ctx.db, 'publicKeyNotice') as { intro: string; howTo: string } })
      const fileName = input.fileName ?? `${office.countyName}联合抽查文书核验公钥公告（${ctx.today}）.docx`
      return issueDocument(ctx, { kind: 'publicKeyNotice', params: { fingerprint: key.fingerprint }, fileName, bytes })
    }
  }
}
