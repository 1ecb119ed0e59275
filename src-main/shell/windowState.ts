import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindow, Rectangle } from 'electron'

interface WindowState {
  bounds: Rectangle | null
  maximized: boolean
}

/** Remembers the window's size, place and maximised state in the data folder. */
export function loadWindowState(dataDir: string): WindowState {
  const file = join(dataDir, 'window-state.json')
  try {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as WindowState
  } catch {
    // A damaged state file only costs the window's last position.
  }
  return { bounds: null, maximized: false }
}

export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  const save = () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify(state))
  }
  window.on('close', save)
}
