// Starts the built browser-mode server (out/main/web.js) on a data folder and resolves with the
// child process and its URL and token, read from the line it prints when it listens.
import { spawn } from 'node:child_process'

export async function startBenchServer(web, dataDir) {
  const child = spawn(process.execPath, [web, '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise((resolve, reject) => {
    let buffer = ''
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const match = /listening on (http:\/\/\S+)\/#token=(\S+)/.exec(buffer)
      if (match) resolve({ base: match[1], token: match[2] })
    })
    child.on('exit', (code) => reject(new Error(`web exited ${code}`)))
  })
  return { child, url }
}
