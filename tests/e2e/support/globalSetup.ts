import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
    baseUrl: string
    token: string
    dataDir: string
  }
}

let server: ChildProcess | undefined
let dataDir: string | undefined

/** Starts `npm run web` on a fresh data folder (so the first run seeds the demo county). */
export async function setup(project: TestProject): Promise<void> {
  dataDir = mkdtempSync(join(tmpdir(), 'spotcheck-e2e-'))
  server = spawn('npm', ['run', '--silent', 'web', '--', '--no-open', '--data-dir', dataDir], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = await new Promise<string>((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`npm run web did not start: ${seen}`)), 170_000)
    server!.stdout!.setEncoding('utf8')
    server!.stdout!.on('data', (chunk: string) => {
      seen += chunk
      const match = /spotcheck-desk listening on (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(seen)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    server!.on('exit', (code) => reject(new Error(`npm run web exited with ${code}: ${seen}`)))
  })
  const parsed = new URL(url)
  project.provide('appUrl', url)
  project.provide('baseUrl', `${parsed.protocol}//${parsed.host}`)
  project.provide('token', parsed.hash.replace('#token=', ''))
  project.provide('dataDir', dataDir)
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}
