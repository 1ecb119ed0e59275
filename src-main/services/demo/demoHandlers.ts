import type { HandlerMap } from '../serviceHost'
import { clearDemoData } from './clearDemoData'

export const demoHandlers: Pick<HandlerMap, 'demo:clear'> = {
  'demo:clear': {
    tx: (ctx) => {
      const removed = clearDemoData(ctx.sqlite)
      // What went, table by table, in the audit row the host writes for this call.
      ctx.auditDetail({ removed })
      return { cleared: Object.keys(removed).length > 0 }
    }
  }
}
