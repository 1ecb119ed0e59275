import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'

const vectorPool = [
  '91370322MA3C5XYZ1K',
  '91370322MA3C5XYZ2L',
  '  92370322MA3D00001X ',
  '91370322MA3C5XYZ1K',
  '',
  '91370322163456789Q',
  '93370322MA3E12345A',
  '91370322MA3C5XYZ3M',
  '92370322MA3D00002Y',
  '91370322MA3C5XYZ4N',
  '91370322MA3C5XYZ5P'
].join('\n')

/** A county-sized pool file that is too large to travel inside the proof. */
function largePool(lines: number): string {
  const out: string[] = []
  for (let i = 0; i < lines; i++) out.push(`91370322MA${String(i * 7919 % 1_000_003).padStart(7, '0')}X${i % 10}`)
  return out.join('\r\n') + '\r\n'
}

describe('spotcheck draw, verify and rfc3797 (issue 4)', () => {
  let dir: string
  const file = (name: string) => join(dir, name)
  const readProof = (name: string) => JSON.parse(readFileSync(file(name), 'utf8'))
  const writeProof = (name: string, proof: unknown) => writeFileSync(file(name), JSON.stringify(proof, null, 2))

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-draw-cli-'))
    writeFileSync(file('pool.txt'), vectorPool)
    writeFileSync(file('large.txt'), largePool(20_000))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reproduces test vector 1 of docs/draw-algorithm.md from a pool file, without any database', () => {
    const run = runCli([
      'draw', '--pool', file('pool.txt'), '--count', '3',
      '--secret', '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
      '--entropy', ' 3 17 22 41 ', '--out', file('vector.json'),
      '--db', file('never-created.db')
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('承诺值：630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd')
    const proof = readProof('vector.json')
    expect(proof.selected).toEqual(['91370322MA3C5XYZ3M', '91370322MA3C5XYZ5P', '91370322MA3C5XYZ1K'])
    expect(proof).toMatchObject({
      poolHash: '05b2987726fdb77fc40d222bb4a657bfae957d321fd06e4d8e83f614a5fda73f',
      poolSize: 9,
      parameters: { count: 3 },
      entropy: '3 17 22 41',
      seed: '78c46b27de3e39114c3623a4c44b4b3949a824622a9d85949a8b2745305a82f6'
    })
    expect(proof.pool).toHaveLength(9)
    expect(() => readFileSync(file('never-created.db'))).toThrow()
  })

  it('draws with a fresh 256-bit secret when none is given, and the proof verifies with 通过', () => {
    expect(runCli(['draw', '--pool', file('pool.txt'), '--count', '4', '--out', file('fresh.json')]).code).toBe(0)
    const proof = readProof('fresh.json')
    expect(proof.secret).toMatch(/^[0-9a-f]{64}$/)
    expect(proof.secret).not.toBe('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f')
    const verify = runCli(['verify', file('fresh.json')])
    expect(verify.code).toBe(0)
    expect(verify.stdout.trim()).toBe('通过')
    const withPool = runCli(['verify', file('fresh.json'), '--pool', file('pool.txt')])
    expect(withPool.code).toBe(0)
    expect(withPool.stdout.trim()).toBe('通过')
  })

  it('verifies a large pool against its file and names a changed pool line', () => {
    expect(runCli(['draw', '--pool', file('large.txt'), '--count', '600', '--out', file('large.json')]).code).toBe(0)
    const proof = readProof('large.json')
    expect(proof.pool).toBeUndefined()
    expect(proof.selected).toHaveLength(600)
    expect(runCli(['verify', file('large.json'), '--pool', file('large.txt')]).stdout.trim()).toBe('通过')

    const missing = runCli(['verify', file('large.json')])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('号池缺失')

    writeFileSync(file('large-changed.txt'), readFileSync(file('large.txt'), 'utf8').replace('91370322MA0000000X0', '91370322MA0000000X9'))
    const changed = runCli(['verify', file('large.json'), '--pool', file('large-changed.txt')])
    expect(changed.code).toBe(1)
    expect(changed.stdout).toContain('号池不符')
  })

  it('fails verification with exit 1 and the Chinese reason when the pool, result or secret was changed', () => {
    const original = readProof('vector.json')

    writeProof('pool-changed.json', { ...original, pool: original.pool.map((id: string, i: number) => (i === 0 ? '91370322163456789R' : id)) })
    const pool = runCli(['verify', file('pool-changed.json')])
    expect([pool.code, pool.stdout]).toEqual([1, expect.stringContaining('号池不符')])

    writeProof('selected-changed.json', { ...original, selected: ['91370322MA3C5XYZ3M', '91370322MA3C5XYZ4N', '91370322MA3C5XYZ1K'] })
    const selected = runCli(['verify', file('selected-changed.json')])
    expect([selected.code, selected.stdout]).toEqual([1, expect.stringContaining('结果不符')])

    writeProof('secret-changed.json', { ...original, secret: 'ff' + original.secret.slice(2) })
    const secret = runCli(['verify', file('secret-changed.json')])
    expect([secret.code, secret.stdout]).toEqual([1, expect.stringContaining('承诺值不符')])

    writeProof('entropy-changed.json', { ...original, entropy: '3 17 22 42' })
    const entropy = runCli(['verify', file('entropy-changed.json')])
    expect([entropy.code, entropy.stdout]).toEqual([1, expect.stringContaining('参数不符')])

    const pooled = runCli(['verify', file('vector.json'), '--pool', file('large.txt')])
    expect([pooled.code, pooled.stdout]).toEqual([1, expect.stringContaining('号池不符')])
  })

  it('says in Chinese, with exit 1, when the proof is not JSON', () => {
    writeFileSync(file('broken.json'), '{"selected": [')
    const run = runCli(['verify', file('broken.json')])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('不是有效的 JSON')
  })

  it('refuses a wrong command line with exit 2', () => {
    expect(runCli(['draw', '--pool', file('pool.txt'), '--out', file('x.json')]).code).toBe(2)
    expect(runCli(['draw', '--pool', file('pool.txt'), '--count', 'three', '--out', file('x.json')]).code).toBe(2)
    expect(runCli(['draw', '--pool', file('pool.txt'), '--count', '2', '--secret', 'abc', '--out', file('x.json')]).code).toBe(2)
    expect(runCli(['verify']).code).toBe(2)
    expect(runCli(['rfc3797', '--pool-size', '25', '--count', '10']).code).toBe(2)
  })

  it('refuses, with exit 1, to draw more than the pool holds or from a missing file', () => {
    const tooMany = runCli(['draw', '--pool', file('pool.txt'), '--count', '10', '--out', file('x.json')])
    expect(tooMany.code).toBe(1)
    expect(tooMany.stderr).toContain('超过号池中的 9 个')
    const missing = runCli(['draw', '--pool', file('nope.txt'), '--count', '1', '--out', file('x.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('文件不存在')
  })

  it('reproduces the RFC 3797 §6 example: 17 7 2 16 25 23 8 24 19 13 on the last line', () => {
    const run = runCli([
      'rfc3797', '--pool-size', '25', '--count', '10',
      '--source', '9319', '--source', '2 5 12 8 10', '--source', '9 18 26 34 41 45'
    ])
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines.at(-1)).toBe('17 7 2 16 25 23 8 24 19 13')
    expect(run.stdout).toContain('9319./2.5.8.10.12./9.18.26.34.41.45./')
    expect(run.stdout).toContain('990DD0A5692A029A98B5E01AA28F3459')
  })
})
