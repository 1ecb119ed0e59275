// `npm run bench`: measures what a clerk waits for, through the built program (out/main),
// on real SQLite files in a temp folder. Prints a table; BENCHMARKS.md records the figures.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const cli = join(process.cwd(), 'out/main/cli.js')
const web = join(process.cwd(), 'out/main/web.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-bench-'))
const rows = []

function timeCli(label, args, runs = 1) {
  const times = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
    times.push(performance.now() - started)
    if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`)
  }
  times.sort((a, b) => a - b)
  rows.push({ what: label, median_ms: Math.round(times[Math.floor(times.length / 2)]), runs })
}

async function timeHttp(dataDir) {
  const child = spawn(process.execPath, [web, '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const started = performance.now()
  const url = await new Promise((resolve, reject) => {
    let buffer = ''
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const match = /listening on (http:\/\/\S+)\/#token=(\S+)/.exec(buffer)
      if (match) resolve({ base: match[1], token: match[2] })
    })
    child.on('exit', (code) => reject(new Error(`web exited ${code}`)))
  })
  rows.push({ what: 'browser mode: start on an empty folder (first run, seeds the demo county)', median_ms: Math.round(performance.now() - started), runs: 1 })
  const times = []
  for (let i = 0; i < 50; i += 1) {
    const t0 = performance.now()
    const response = await fetch(`${url.base}/api/dashboard:summary`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spotcheck-token': url.token },
      body: '{}'
    })
    await response.json()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  rows.push({ what: 'HTTP dashboard:summary round trip (p50)', median_ms: +times[25].toFixed(1), runs: 50 })
  rows.push({ what: 'HTTP dashboard:summary round trip (p95)', median_ms: +times[47].toFixed(1), runs: 50 })
  child.kill()
}

try {
  const db = join(dir, 'bench.db')
  timeCli('spotcheck seed-demo (19 units, 63 items, 5,000 targets, 200 inspectors)', ['seed-demo', '--db', db])
  rows.push({ what: 'database file size after demo seed (KiB)', median_ms: Math.round(statSync(db).size / 1024), runs: 1 })
  timeCli('spotcheck status --json (process start included)', ['status', '--json', '--db', db], 5)
  timeCli('spotcheck audit verify', ['audit', 'verify', '--db', db], 5)
  timeCli('spotcheck doc members --out (build + register)', ['doc', 'members', '--db', db, '--out', join(dir, 'members.docx')], 5)
  timeCli('spotcheck backup --out (online backup + verify)', ['backup', '--db', db, '--out', join(dir, 'backup.db')], 3)
  await timeHttp(join(dir, 'web'))
  console.table(rows)
  // issue 8c: 1,000 行政检查通知书 and 1,000 实地核查记录表 into one docx each (goal: notices under 5 s)
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.node.json', 'bench/noticesDocument.bench.ts', '1000', '3'], { stdio: 'inherit' })
} finally {
  rmSync(dir, { recursive: true, force: true })
}
