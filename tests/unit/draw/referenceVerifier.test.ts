import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { drawFromPool } from '../../../src-main/draw/drawFromPool'

// The Python verifier printed in docs/draw-algorithm.md is run against our proofs, so the
// document and the code cannot drift apart. Skipped where python3 is not installed.
const hasPython = spawnSync('python3', ['--version']).status === 0
const doc = readFileSync(resolve(__dirname, '../../../docs/draw-algorithm.md'), 'utf8')
const block = /<!-- reference-verifier:begin -->\s*```python\n([\s\S]*?)```\s*<!-- reference-verifier:end -->/.exec(doc)
const folder = mkdtempSync(join(tmpdir(), 'draw-verifier-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function runVerifier(proof: unknown, poolText?: string) {
  const script = join(folder, 'verify_draw.py')
  writeFileSync(script, block?.[1] ?? '')
  writeFileSync(join(folder, 'proof.json'), JSON.stringify(proof))
  const args = [script, join(folder, 'proof.json')]
  if (poolText !== undefined) {
    writeFileSync(join(folder, 'pool.txt'), poolText)
    args.push(join(folder, 'pool.txt'))
  }
  return spawnSync('python3', args, { encoding: 'utf8' })
}

describe.skipIf(!hasPython)('the reference verifier in the document', () => {
  it('is present in docs/draw-algorithm.md', () => {
    expect(block).not.toBeNull()
  })

  it('reproduces our draws, ASCII and Chinese, with the proof’s pool or a pool file', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `91370322MA${String(i * 7919).padStart(8, '0')}`)
    const a = drawFromPool(ids, { count: 17, stratum: 'C' }, '5e'.repeat(32), ' 开奖号码 08 11 23 ')
    expect(runVerifier(a.proof).stdout).toBe(`${a.selected.join(' ')}\nOK\n`)
    const { pool: _omitted, ...withoutPool } = a.proof
    expect(runVerifier(withoutPool, [...ids].reverse().join('\r\n') + '\r\n').stdout).toContain('OK')
    const b = drawFromPool(['张三-001', '李四-002', '王五-003', 'Zoë-004', '𠀀-005', 'ｘ-006'], { count: 4 }, 'ff'.repeat(32), '')
    expect(runVerifier(b.proof).stdout).toBe(`${b.selected.join(' ')}\nOK\n`)
  })

  it('rejects a tampered result, as ours does', () => {
    const a = drawFromPool(['A', 'B', 'C', 'D'], { count: 2 }, '01'.repeat(32), 'x')
    const result = runVerifier({ ...a.proof, selected: [...a.selected].reverse() })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('result mismatch')
  })
})
