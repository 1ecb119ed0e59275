import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface OwnServer {
  appUrl: string
  /** Calls a channel over HTTP the way the renderer does, for checks behind the screen. */
  callApi<T>(channel: string, input?: unknown): Promise<T>
  stop(): void
}

/**
 * A browser-mode server of its own on a fresh data folder (so it seeds the demo county), for a
 * suite that adds records: the shared server's suites count the pristine demo county. The build
 * is the one globalSetup's `npm run web` brought up to date.
 */
export async function startOwnServer(): Promise<OwnServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-own-'))
  const child = spawn(process.execPath, [resolve('out/main/web.js'), '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const appUrl = await new Promise<string>((done, fail) => {
    let seen = ''
    const timer = setTimeout(() => fail(new Error(`web.js did not start: ${seen}`)), 120_000)
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (chunk: string) => {
      seen += chunk
      const match = /spotcheck-desk listening on (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(seen)
      if (match) {
        clearTimeout(timer)
        done(match[1])
      }
    })
    child.on('exit', (code) => fail(new Error(`web.js exited with ${code}: ${seen}`)))
  })
  const url = new URL(appUrl)
  const token = url.hash.replace('#token=', '')
  return {
    appUrl,
    async callApi<T>(channel: string, input: unknown = {}): Promise<T> {
      const response = await fetch(`${url.protocol}//${url.host}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Spotcheck-Token': token },
        body: JSON.stringify(input)
      })
      const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } }
      if (!body.ok) throw new Error(body.error?.message)
      return body.value as T
    },
    stop() {
      child.kill()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
