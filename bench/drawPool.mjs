// `npm run bench` (issue 4): `spotcheck draw` on a 1,000,000-line pool file against python3
// reading the same file and calling random.sample, measured in the same run, alternating, so both
// see the same machine load. The requirement: ours within 1.5× of python's.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const cli = join(process.cwd(), 'out/main/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'spotcheck-bench-draw-'))
const lines = 1_000_000
const count = 30_000 // 3%, the ratio a county typically draws
const runs = Number(process.env.BENCH_DRAW_RUNS ?? 3)

/** A county's 统一社会信用代码: a shared region prefix, then 8 pseudo-random characters (fixed seed). */
function poolFile() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  let state = 20261123
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0)
  const out = []
  for (let i = 0; i < lines; i++) {
    let id = ['91370322', '92370322', '93370322'][next() % 3]
    for (let j = 0; j < 10; j++) id += alphabet[next() % alphabet.length]
    out.push(id)
  }
  return out.join('\n') + '\n'
}

const python = `
import random, sys
with open(sys.argv[1], encoding="utf-8") as f:
    ids = [line for line in f.read().split("\\n") if line]
print(len(random.sample(ids, int(sys.argv[2]))))
`

function time(command, args) {
  const started = performance.now()
  const result = spawnSync(command, args, { encoding: 'utf8' })
  const elapsed = performance.now() - started
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return elapsed
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  const pool = join(dir, 'pool.txt')
  writeFileSync(pool, poolFile())
  const ours = []
  const theirs = []
  const verify = []
  for (let i = 0; i < runs; i++) {
    ours.push(time(process.execPath, [cli, 'draw', '--pool', pool, '--count', String(count), '--out', join(dir, 'proof.json')]))
    theirs.push(time('python3', ['-c', python, pool, String(count)]))
  }
  verify.push(time(process.execPath, [cli, 'verify', join(dir, 'proof.json'), '--pool', pool]))
  const rows = [
    { what: `spotcheck draw, ${lines.toLocaleString('en')}-line pool, count ${count.toLocaleString('en')} (process start included)`, median_ms: Math.round(median(ours)), runs },
    { what: 'python3: read the same file, random.sample (process start included)', median_ms: Math.round(median(theirs)), runs },
    { what: 'ratio spotcheck draw / python3 (requirement: at most 1.5)', median_ms: +(median(ours) / median(theirs)).toFixed(2), runs },
    { what: 'spotcheck verify PROOF.json --pool (same pool)', median_ms: Math.round(median(verify)), runs: 1 }
  ]
  console.table(rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
