import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

/** Debian's Chromium, headless, with no background traffic (this machine has no network). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}

/** A page opened on the app's launch URL (with its token), 1366×800 like an office screen. */
export async function openApp(browser: Browser, appUrl: string = inject('appUrl')): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(appUrl)
  return page
}

/** Calls a channel over HTTP the way the renderer does, for checks behind the screen. */
export async function callApi<T>(channel: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Spotcheck-Token': inject('token') },
    body: JSON.stringify(input)
  })
  const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!body.ok) throw new Error(body.error?.message)
  return body.value as T
}
