import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channels } from '@shared/contract'
import type { ServiceHost } from '../services/serviceHost'

/**
 * Binds every contract channel to ipcMain.handle. Calls from anything but the app's own main
 * frame are refused (IPC sender validation).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function bindIpcTransport(host: ServiceHost, isAppUrl: (url: string) => boolean): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } }
      }
      return host.invoke(channel, input)
    })
  }
}
