import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpTransport, type HttpTransport } from '../../src-main/transport/http'
import { openTempServices, type TempServices } from '../support/tempServices'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw requests, so the test controls Host and Origin exactly as a hostile page could. */
function send(t: HttpTransport, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: t.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${t.port}`, ...options.headers } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

describe('browser-mode HTTP transport', () => {
  let s: TempServices
  let t: HttpTransport
  beforeAll(async () => {
    s = openTempServices()
    const staticDir = join(s.dir, 'renderer')
    mkdirSync(staticDir)
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>工作台</title>')
    t = await startHttpTransport({ host: s.host, staticDir })
  })
  afterAll(async () => {
    await t.close()
    s.close()
  })

  it('issues a fresh token of at least 128 bits and a URL carrying it', () => {
    expect(Buffer.from(t.token, 'base64url').length).toBeGreaterThanOrEqual(16)
    expect(t.url).toBe(`http://127.0.0.1:${t.port}/#token=${t.token}`)
  })

  it('answers health with the token and 401 without it', async () => {
    const ok = await send(t, '/api/health', { headers: { 'X-Spotcheck-Token': t.token } })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toEqual({ ok: true })
    expect((await send(t, '/api/health')).status).toBe(401)
    expect((await send(t, '/api/health', { headers: { 'X-Spotcheck-Token': 'x'.repeat(t.token.length) } })).status).toBe(401)
  })

  it('refuses a foreign Host with 403 (DNS rebinding)', async () => {
    const reply = await send(t, '/api/health', { headers: { Host: `evil.example:${t.port}`, 'X-Spotcheck-Token': t.token } })
    expect(reply.status).toBe(403)
    expect((await send(t, '/', { headers: { Host: 'evil.example' } })).status).toBe(403)
  })

  it('accepts localhost:PORT as Host', async () => {
    const reply = await send(t, '/api/health', { headers: { Host: `localhost:${t.port}`, 'X-Spotcheck-Token': t.token } })
    expect(reply.status).toBe(200)
  })

  it('refuses a cross-origin request with 403 and never sends CORS headers', async () => {
    const reply = await send(t, '/api/departments:list', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'X-Spotcheck-Token': t.token, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(reply.status).toBe(403)
    const same = await send(t, '/api/departments:list', {
      method: 'POST',
      headers: { Origin: `http://127.0.0.1:${t.port}`, 'X-Spotcheck-Token': t.token, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(same.status).toBe(200)
    for (const r of [reply, same]) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control'))).toEqual([])
  })

  it('runs a contract channel and returns the envelope, errors included', async () => {
    const created = await send(t, '/api/departments:create', {
      method: 'POST',
      headers: { 'X-Spotcheck-Token': t.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '县教育局', shortName: '教育', liaisonPhone: '139' })
    })
    expect(JSON.parse(created.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'liaisonPhone' } })
    const unknown = await send(t, '/api/nothing:here', { method: 'POST', headers: { 'X-Spotcheck-Token': t.token }, body: '{}' })
    expect(unknown.status).toBe(404)
  })

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await send(t, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect((await send(t, '/../../etc/passwd')).status).toBe(404)
  })
})
