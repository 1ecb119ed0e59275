import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { ServiceHost } from '../services/serviceHost'

/**
 * The browser-mode transport (DESIGN.md "Why a browser mode exists"): the same contract as IPC,
 * served on 127.0.0.1 only, behind a per-launch token, with Host and Origin checked (DNS
 * rebinding and cross-site requests), and never any CORS header.
 */
export interface HttpTransportOptions {
  host: ServiceHost
  /** The built renderer (out/renderer). */
  staticDir: string
  port?: number
  token?: string
}

export interface HttpTransport {
  server: Server
  port: number
  token: string
  url: string
  close(): Promise<void>
}

const maxBodyBytes = 64 * 1024 * 1024
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8'
}
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const tokenBytes = Buffer.from(token)
  let port = 0

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '本机服务出错，请重试' } })
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes(req.headers.host ?? '')) return sendJson(res, 403, forbidden('请求的主机名不被接受'))
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) {
      return sendJson(res, 403, forbidden('不接受来自其他网站的请求'))
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length))
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, forbidden('不支持的请求方式'))
    return serveStatic(res, url.pathname)
  }

  function hasToken(req: IncomingMessage): boolean {
    const given = req.headers['x-spotcheck-token']
    if (typeof given !== 'string') return false
    const bytes = Buffer.from(given)
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (!hasToken(req)) {
      return sendJson(res, 401, { ok: false, error: { code: 'FORBIDDEN', message: '缺少或错误的访问令牌：请用程序启动时给出的完整地址打开' } })
    }
    if (channel === 'health' && req.method === 'GET') return sendJson(res, 200, { ok: true })
    if (req.method !== 'POST') return sendJson(res, 405, forbidden('请用 POST 调用接口'))
    const body = await readBody(req)
    if (body === null) return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: '提交的数据太大' } })
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: '提交的数据不是有效的 JSON' } })
    }
    const result = await options.host.invoke(decodeURIComponent(channel), input)
    const status = !result.ok && result.error.code === 'UNKNOWN_CHANNEL' ? 404 : 200
    return sendJson(res, status, result)
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
    const file = join(options.staticDir, relative)
    if (!file.startsWith(options.staticDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('找不到该页面')
      return
    }
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache'
    })
    createReadStream(file).pipe(res)
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/#token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}

function forbidden(message: string) {
  return { ok: false, error: { code: 'FORBIDDEN', message } }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff'
  })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
