import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openServices } from '../../src-main/services/openServices'
import { officeKeyPath } from '../../src-main/services/keys/officeKeys'
import { createNoticeSigner } from '../../src-main/services/verification/createNoticeSigner'
import { seedNotice } from '../support/noticeRows'
import { openTempServices, type TempServices } from '../support/tempServices'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('the office key pair (issue 9 §3)', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('is made on the first open of a data folder, kept in the folder owner-only, and the same after reopening', async () => {
    const key = await s.call('keys:public')
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/)
    const path = officeKeyPath(s.dir)
    expect(existsSync(path)).toBe(true)
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0)
    expect(path).toBe(join(s.dir, 'keys', 'office-ed25519.pem'))
    s.host.deps.store.close()
    const reopened = openServices({ dataDir: s.dir, resourcesDir: resolve('resources') })
    const again = await reopened.invoke('keys:public', {})
    reopened.deps.store.close()
    expect(again.ok && again.value).toEqual(key)
  })

  it('differs between two data folders', async () => {
    const other = openTempServices()
    try {
      expect((await other.call('keys:public')).fingerprint).not.toBe((await s.call('keys:public')).fingerprint)
    } finally {
      other.close()
    }
  })

  it('never shows the private key in a channel output, a settings row or the audit log', async () => {
    const privatePem = readFileSync(officeKeyPath(s.dir), 'utf8')
    const secret = privatePem.split('\n')[1]
    const outputs = JSON.stringify([await s.call('keys:public'), await s.call('settings:get'), await s.call('keys:exportNotice')])
    const sqlite = s.host.deps.store.sqlite
    const rows = JSON.stringify([sqlite.prepare('SELECT * FROM settings').all(), sqlite.prepare('SELECT * FROM audit_log').all()])
    expect(outputs).not.toContain(secret)
    expect(rows).not.toContain(secret)
    expect(outputs + rows).not.toContain('PRIVATE KEY')
  })
})

describe('the 文书登记簿 (issue 9 §2)', () => {
  let s: TempServices
  beforeEach(async () => {
    s = openTempServices()
    await s.call('departments:create', { name: '县市场监督管理局', shortName: '市场监管', isLead: true })
  })
  afterEach(() => s.close())

  it('records every issued file with the SHA-256 of its bytes, the operator and the time, in the transaction of its audit row', async () => {
    const members = await s.call('documents:issue', { kind: 'members' })
    const notice = await s.call('keys:exportNotice')
    const register = await s.call('documents:register')
    expect(register.map((r) => [r.kind, r.kindLabel, r.fileName, r.sha256, r.operator])).toEqual([
      ['publicKeyNotice', '文书核验公钥公告', notice.fileName, sha256(Buffer.from(notice.base64, 'base64')), '联席办'],
      ['members', '联席会议成员单位及联络员名单', members.fileName, sha256(Buffer.from(members.base64, 'base64')), '联席办']
    ])
    expect(members.registerId).toBe(register[1].id)
    const audit = s.host.deps.store.sqlite.prepare(`SELECT action, at, detail FROM audit_log WHERE action IN ('documents:issue', 'keys:exportNotice') ORDER BY seq`).all() as {
      action: string
      at: string
      detail: string
    }[]
    expect(audit.map((a) => [a.action, JSON.parse(a.detail).sha256, a.at])).toEqual([
      ['documents:issue', members.sha256, register[1].at],
      ['keys:exportNotice', notice.sha256, register[0].at]
    ])
  })

  it('previews a document without entering it in the register', async () => {
    const preview = await s.call('documents:preview', { kind: 'members' })
    expect(preview.fileName).toMatch(/\.docx$/)
    expect(Buffer.from(preview.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
    expect(await s.call('documents:register')).toEqual([])
  })

  it('names the missing parameter beside its select and writes nothing', async () => {
    const error = await s.fail('documents:issue', { kind: 'plan' })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'year', message: expect.stringContaining('请先选择年度') })
    expect(await s.call('documents:register')).toEqual([])
  })

  it('tells the issued bytes from a copy changed by one byte', async () => {
    const issued = await s.call('documents:issue', { kind: 'members' })
    const bytes = Buffer.from(issued.base64, 'base64')
    const found = await s.call('documents:check', { base64: issued.base64 })
    expect(found.record).toMatchObject({ kind: 'members', fileName: issued.fileName, operator: '联席办' })
    const changed = Buffer.from(bytes)
    changed[changed.length - 30] ^= 1
    const missing = await s.call('documents:check', { base64: changed.toString('base64') })
    expect(missing).toEqual({ sha256: sha256(changed), record: null })
  })

  it('finds register rows by the kind’s name, the file name or the start of the hash', async () => {
    const issued = await s.call('documents:issue', { kind: 'members' })
    await s.call('keys:exportNotice')
    expect((await s.call('documents:register', { search: '成员单位' })).map((r) => r.kind)).toEqual(['members'])
    expect((await s.call('documents:register', { search: '公钥' })).map((r) => r.kind)).toEqual(['publicKeyNotice'])
    expect((await s.call('documents:register', { search: issued.sha256.slice(0, 8) })).map((r) => r.kind)).toEqual(['members'])
    expect(await s.call('documents:register', { search: '没有这种文书' })).toEqual([])
  })
})

describe('核验 of a notice’s QR line (issue 9 §3)', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  const fields = (number: string, over: { taskCode?: string; targetCode?: string; inspectionDate?: string; certificateNumbers?: string[] } = {}) => ({
    number,
    taskCode: over.taskCode ?? 'LHCC-2026-001',
    targetCode: over.targetCode ?? '91370322MA3C8K2X1F',
    inspectionDate: over.inspectionDate ?? '2026-03-10',
    certificateNumbers: over.certificateNumbers ?? ['37030001', '37030002']
  })

  it('says 真实 with the issuing record for a line this office signed', async () => {
    seedNotice(s.host.deps.store.sqlite, { numberText: '部门联合双随机抽检字〔2026〕1号', seq: 1 })
    const { line, png } = await createNoticeSigner(s.dir)(fields('部门联合双随机抽检字〔2026〕1号'))
    expect(png.length).toBeGreaterThan(500)
    const result = await s.call('verify:notice', { text: line })
    expect(result.verdict).toBe('真实')
    expect(result.record).toMatchObject({ numberText: '部门联合双随机抽检字〔2026〕1号', taskCode: 'LHCC-2026-001', targetName: '示范县鑫源餐饮有限公司', status: '有效' })
  })

  it('says 已作废 with the reason for a voided notice, by line and by typed 字号', async () => {
    seedNotice(s.host.deps.store.sqlite, { numberText: '部门联合双随机抽检字〔2026〕2号', seq: 2, status: '作废', voidReason: '对象已注销' })
    const { line } = await createNoticeSigner(s.dir)(fields('部门联合双随机抽检字〔2026〕2号'))
    for (const text of [line, '部门联合双随机抽检字〔2026〕2号']) {
      const result = await s.call('verify:notice', { text })
      expect(result.verdict).toBe('已作废')
      expect(result.reason).toContain('对象已注销')
    }
  })

  it('says 无法核验 with the reason for a changed line, another office’s line, an unknown 字号 and fields that differ from the record', async () => {
    seedNotice(s.host.deps.store.sqlite, { numberText: '部门联合双随机抽检字〔2026〕3号', seq: 3 })
    const sign = createNoticeSigner(s.dir)
    const good = (await sign(fields('部门联合双随机抽检字〔2026〕3号'))).line
    const other = openTempServices()
    const foreign = (await createNoticeSigner(other.dir)(fields('部门联合双随机抽检字〔2026〕3号'))).line
    other.close()
    const cases: [string, RegExp][] = [
      [good.replace('2026-03-10', '2026-03-12'), /签名不符/],
      [foreign, /签名不符/],
      ['SCV1|半截', /7段/],
      ['部门联合双随机抽检字〔2026〕99号', /没有字号/],
      [(await sign(fields('部门联合双随机抽检字〔2026〕98号'))).line, /登记簿中没有/],
      [(await sign(fields('部门联合双随机抽检字〔2026〕3号', { targetCode: '91370322MA3C8K2X2X' }))).line, /对象代码.*不一致/],
      [(await sign(fields('部门联合双随机抽检字〔2026〕3号', { inspectionDate: '2026-03-11' }))).line, /检查日期与登记的通知书不一致/],
      [(await sign(fields('部门联合双随机抽检字〔2026〕3号', { certificateNumbers: ['37030001', '37030099'] }))).line, /执法证号与登记的通知书不一致/]
    ]
    for (const [text, reason] of cases) {
      const result = await s.call('verify:notice', { text })
      expect(result.verdict, text).toBe('无法核验')
      expect(result.reason, text).toMatch(reason)
    }
  })
})

describe('a database whose key file is missing (issue 9 §3)', () => {
  it('keeps its published key instead of making a new one, and signing says how to restore the key file', async () => {
    const s = openTempServices()
    try {
      const published = await s.call('keys:public')
      s.host.deps.store.close()
      rmSync(join(s.dir, 'keys'), { recursive: true })
      const reopened = openServices({ dataDir: s.dir, resourcesDir: resolve('resources') })
      const again = await reopened.invoke('keys:public', {})
      reopened.deps.store.close()
      expect(again.ok && again.value).toEqual(published)
      expect(existsSync(officeKeyPath(s.dir))).toBe(false)
      expect(() => createNoticeSigner(s.dir)).toThrow(/请从备份中恢复 keys 文件夹/)
    } finally {
      s.close()
    }
  })
})

describe('打开 and 打印 (issue 9 §1)', () => {
  it('writes the registered bytes into the data folder’s 文书 folder and hands that file to the system with the verb', async () => {
    const s = openTempServices()
    s.host.deps.store.close()
    const handed: [string, string][] = []
    const host = openServices({ dataDir: s.dir, resourcesDir: resolve('resources'), openFile: async (path, verb) => void handed.push([path, verb]) })
    try {
      const printed = await host.invoke('documents:issue', { kind: 'checklist', action: 'print' })
      expect(printed.ok).toBe(true)
      const file = printed.ok ? (printed.value as { openedPath: string; sha256: string; fileName: string }) : null
      expect(file!.openedPath).toBe(join(s.dir, '文书', file!.fileName))
      expect(handed).toEqual([[file!.openedPath, 'print']])
      expect(sha256(readFileSync(file!.openedPath))).toBe(file!.sha256)
      const saved = await host.invoke('documents:issue', { kind: 'checklist', action: 'save' })
      expect(saved.ok && (saved.value as { openedPath: string | null }).openedPath).toBeNull()
      expect(handed).toHaveLength(1)
    } finally {
      host.deps.store.close()
      s.close()
    }
  })
})
