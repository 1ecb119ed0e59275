import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { loadWindowState, trackWindowState } from './windowState'

/**
 * The one window. Security defaults are not optional (Electron security checklist §2–§4, §6).
 * @see https://www.electronjs.org/docs/latest/tutorial/security
 */
export function createMainWindow(dataDir: string, rendererUrl: string | undefined): BrowserWindow {
  const state = loadWindowState(dataDir)
  const window = new BrowserWindow({
    width: state.bounds?.width ?? 1366,
    height: state.bounds?.height ?? 860,
    x: state.bounds?.x,
    y: state.bounds?.y,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '双随机联合抽查工作台',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false
    }
  })
  if (state.maximized) window.maximize()
  trackWindowState(window, dataDir)
  window.once('ready-to-show', () => window.show())
  if (rendererUrl) void window.loadURL(rendererUrl)
  else void window.loadFile(join(__dirname, '../renderer/index.html'))
  return window
}
