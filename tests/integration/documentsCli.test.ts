import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openServices } from '../../src-main/services/openServices'
import { createNoticeSigner } from '../../src-main/services/verification/createNoticeSigner'
import { seedNotice } from '../support/noticeRows'
import { runCli } from '../support/runCli'

const numbers = { valid: '部门联合双随机抽检字〔2026〕1号', voided: '部门联合双随机抽检字〔2026〕2号' }
const fields = (number: string) => ({
  number,
  taskCode: 'LHCC-2026-001',
  targetCode: '91370322MA3C8K2X1F',
  inspectionDate: '2026-03-10',
  certificateNumbers: ['37030001', '37030002']
})

describe('spotcheck docs, keys and verify-notice (issue 9 §3, §4)', () => {
  let dir: string
  let db: string
  let lines: { valid: string; voided: string }
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-docs-cli-'))
    db = join(dir, 'office.db')
    const host = openServices({ dataDir: dir, databasePath: db, resourcesDir: resolve('resources') })
    const sqlite = host.deps.store.sqlite
    await host.invoke('departments:create', { name: '县商务局', shortName: '商务' })
    seedNotice(sqlite, { numberText: numbers.valid, seq: 1 })
    seedNotice(sqlite, { numberText: numbers.voided, seq: 2, status: '作废', voidReason: '检查对象已注销' })
    const sign = createNoticeSigner(dir)
    lines = { valid: (await sign(fields(numbers.valid))).line, voided: (await sign(fields(numbers.voided))).line }
    host.deps.store.close()
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('registers what `spotcheck doc` writes, lists it as JSON, and tells the file from a copy changed by one byte', () => {
    const out = join(dir, '名单.docx')
    expect(runCli(['doc', 'members', '--out', out, '--db', db]).code).toBe(0)
    const listed = runCli(['docs', 'register', '--json', '--db', db])
    expect(listed.code, listed.stderr).toBe(0)
    const register = JSON.parse(listed.stdout) as Record<string, unknown>[]
    expect(register).toEqual([
      { kind: 'members', number: null, file: '名单.docx', sha256: createHash('sha256').update(readFileSync(out)).digest('hex'), operator: '联席办', at: expect.any(String) }
    ])

    const check = runCli(['docs', 'check', out, '--db', db])
    expect(check.code, check.stderr).toBe(0)
    expect(check.stdout).toContain('这份文件由本办公室于')
    expect(check.stdout).toContain('联席办')

    const changed = readFileSync(out)
    changed[changed.length - 30] ^= 1
    const forged = join(dir, '改过的名单.docx')
    writeFileSync(forged, changed)
    const refused = runCli(['docs', 'check', forged, '--db', db])
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('登记簿中没有这份文件')
  })

  it('writes the public key, with which verify-notice checks a line offline: exit 0 真实, exit 1 for a changed line', () => {
    const pem = join(dir, 'office.pem')
    const written = runCli(['keys', 'public', '--out', pem, '--db', db])
    expect(written.code, written.stderr).toBe(0)
    expect(readFileSync(pem, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/)
    expect(written.stdout).toMatch(/公钥指纹（SHA-256）：([0-9A-F]{4} ){15}[0-9A-F]{4}/)

    const ok = runCli(['verify-notice', lines.valid, '--public-key', pem])
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('核验结果：真实')
    const bad = runCli(['verify-notice', lines.valid.replace('37030002', '37030003'), '--public-key', pem])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('核验结果：无法核验')
    expect(bad.stdout).toContain('签名不符')
  })

  it('checks against the office database with --db: 真实 exit 0, 已作废 exit 1 with the reason, unknown 字号 exit 1', () => {
    const ok = runCli(['verify-notice', lines.valid, '--db', db])
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain('核验结果：真实')
    expect(ok.stdout).toContain('示范县鑫源餐饮有限公司')
    const voided = runCli(['verify-notice', lines.voided, '--db', db])
    expect(voided.code).toBe(1)
    expect(voided.stdout).toContain('核验结果：已作废')
    expect(voided.stdout).toContain('检查对象已注销')
    const unknown = runCli(['verify-notice', '部门联合双随机抽检字〔2026〕9号', '--db', db])
    expect(unknown.code).toBe(1)
    expect(unknown.stdout).toContain('核验结果：无法核验')
  })

  it('refuses a file that is not an Ed25519 public key and a database that does not exist, with exit 2', () => {
    const notKey = join(dir, 'not-a-key.pem')
    writeFileSync(notKey, 'hello')
    const run = runCli(['verify-notice', lines.valid, '--public-key', notKey])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('不是 Ed25519 公钥')
    const missing = runCli(['verify-notice', lines.valid, '--db', join(dir, 'none.db')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('找不到数据库文件')
  })
})
