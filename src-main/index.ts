import { app, dialog } from 'electron'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { defaultDataDir } from './paths/defaultDataDir'
import { resourcesDir } from './paths/resourcesDir'
import { openServices } from './services/openServices'
import { installApplicationMenu } from './shell/applicationMenu'
import { blockNavigation } from './shell/blockNavigation'
import { createMainWindow } from './shell/createMainWindow'
import { denyPermissions } from './shell/denyPermissions'
import { openDocumentFile } from './shell/openDocumentFile'
import { bindIpcTransport } from './transport/ipc'

/** Composition root of the desktop app: data folder, services, IPC, window. */
const dataDir = defaultDataDir()
app.setPath('userData', dataDir)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  const rendererRoot = pathToFileURL(join(__dirname, '../renderer')).href
  const isAppUrl = (url: string) => (devUrl ? url.startsWith(devUrl) : url.startsWith(rendererRoot))
  blockNavigation(isAppUrl)

  app.whenReady().then(
    () => {
      denyPermissions()
      installApplicationMenu()
      let host
      try {
        host = openServices({ dataDir, resourcesDir: resourcesDir(), seedDemoOnFirstRun: true, openFile: openDocumentFile })
      } catch (error) {
        dialog.showErrorBox('无法打开数据库', (error as Error).message)
        app.quit()
        return
      }
      bindIpcTransport(host, isAppUrl)
      const window = createMainWindow(dataDir, devUrl)
      app.on('second-instance', () => {
        if (window.isMinimized()) window.restore()
        window.focus()
      })
      app.on('window-all-closed', () => {
        host.deps.store.close()
        app.quit()
      })
    },
    (error: unknown) => dialog.showErrorBox('启动失败', String(error))
  )
}
