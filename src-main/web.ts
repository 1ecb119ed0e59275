import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { option, parseArgs, UsageError } from './cli/parseArgs'
import { defaultDataDir } from './paths/defaultDataDir'
import { resourcesDir } from './paths/resourcesDir'
import { openServices } from './services/openServices'
import { startHttpTransport } from './transport/http'

/**
 * Browser mode (`npm run web`): the services over HTTP on 127.0.0.1 and the built renderer, for
 * machines without an Electron build and for the end-to-end tests (DESIGN.md).
 *   --port N        default: a free port
 *   --data-dir D    default: the app's user data folder
 *   --no-open       do not open the default browser
 */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['port', 'data-dir'])
  const portText = option(args, 'port')
  const port = portText === undefined ? 0 : Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口号无效：${portText}，请给出 1–65535 之间的整数`)
  const host = openServices({
    dataDir: option(args, 'data-dir') ?? defaultDataDir(),
    resourcesDir: resourcesDir(),
    seedDemoOnFirstRun: true
  })
  const transport = await startHttpTransport({ host, staticDir: join(__dirname, '..', 'renderer'), port })
  console.log(`spotcheck-desk listening on ${transport.url}`)
  if (!args.switches.has('no-open')) openBrowser(transport.url)
  const stop = () => {
    void transport.close().finally(() => {
      host.deps.store.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', `"${url}"`]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]]
  const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: true })
  child.on('error', () => console.error(`无法自动打开浏览器，请手动打开上面的地址。`))
  child.unref()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(error instanceof UsageError ? 2 : 1)
})
