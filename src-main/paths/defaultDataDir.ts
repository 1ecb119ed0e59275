import { homedir } from 'node:os'
import { join } from 'node:path'

export const appFolderName = 'spotcheck-desk'
export const databaseFileName = 'spotcheck.db'

/**
 * The app's user data folder, computed the way Electron's `userData` is, so the desktop app, the
 * browser mode and the CLI all find the same database.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appFolderName)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName)
}
