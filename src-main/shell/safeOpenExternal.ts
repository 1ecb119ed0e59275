import { shell } from 'electron'

/**
 * The only way to hand a URL to the operating system. No remote content is ever loaded in the
 * app; a link the clerk clicks opens in her browser, and only for https and mailto.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
export async function safeOpenExternal(url: string): Promise<void> {
  const protocol = new URL(url).protocol
  if (protocol !== 'https:' && protocol !== 'mailto:') return
  await shell.openExternal(url)
}
