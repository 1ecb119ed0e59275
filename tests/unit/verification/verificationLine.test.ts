import { generateKeyPairSync } from 'node:crypto'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { qrPngFor } from '../../../src-main/documents/verification/qrPngFor'
import { publicKeyFingerprint } from '../../../src-main/documents/verification/publicKeyFingerprint'
import {
  parseVerificationLine,
  signVerificationLine,
  unsignedVerificationLine,
  verifyVerificationLine
} from '../../../src-main/documents/verification/verificationLine'
import type { VerificationFields } from '../../../src-shared/domain/verification'

const office = generateKeyPairSync('ed25519')
const otherOffice = generateKeyPairSync('ed25519')
const publicPem = office.publicKey.export({ type: 'spki', format: 'pem' }).toString()

const fields = (overrides: Partial<VerificationFields> = {}): VerificationFields => ({
  number: '部门联合双随机抽检字〔2026〕3号',
  taskCode: 'LHCC-2026-001',
  targetCode: '91370322MA3C8K2X1F',
  inspectionDate: '2026-03-10',
  certificateNumbers: ['37030001', '37030002'],
  ...overrides
})

function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null
}

describe('the signed verification line (SCV1)', () => {
  it('is the fields joined by | with the Ed25519 signature of everything before the last | in base64url', () => {
    const line = signVerificationLine(fields(), office.privateKey)
    const unsigned = 'SCV1|部门联合双随机抽检字〔2026〕3号|LHCC-2026-001|91370322MA3C8K2X1F|2026-03-10|37030001,37030002'
    expect(line.startsWith(`${unsigned}|`)).toBe(true)
    expect(line.slice(unsigned.length + 1)).toMatch(/^[A-Za-z0-9_-]{86}$/)
    expect(unsignedVerificationLine(fields())).toBe(unsigned)
  })

  it('parses back to the same fields and verifies with the office public key', () => {
    const line = signVerificationLine(fields(), office.privateKey)
    const parsed = parseVerificationLine(line)
    expect(parsed.ok && parsed.fields).toEqual(fields())
    expect(verifyVerificationLine(line, publicPem)).toEqual({ ok: true, fields: fields() })
  })

  it('fails when any field is changed after signing', () => {
    const line = signVerificationLine(fields(), office.privateKey)
    for (const forged of [
      line.replace('〔2026〕3号', '〔2026〕4号'),
      line.replace('2026-03-10', '2026-03-11'),
      line.replace('37030002', '37030009'),
      line.replace('MA3C8K2X1F', 'MA3C8K2X1G')
    ]) {
      const result = verifyVerificationLine(forged, publicPem)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.reason).toContain('签名不符')
    }
  })

  it('fails a line signed with another office key', () => {
    const line = signVerificationLine(fields(), otherOffice.privateKey)
    const result = verifyVerificationLine(line, publicPem)
    expect(result.ok).toBe(false)
  })

  it('refuses to sign a field holding | and says which field', () => {
    expect(() => signVerificationLine(fields({ taskCode: 'LHCC|2026' }), office.privateKey)).toThrow(/任务编号.*竖线/)
    expect(() => signVerificationLine(fields({ inspectionDate: '2026-02-30' }), office.privateKey)).toThrow(/检查日期/)
    expect(() => signVerificationLine(fields({ certificateNumbers: [] }), office.privateKey)).toThrow(/执法证号/)
  })

  it('says what is wrong with a malformed or truncated line', () => {
    const line = signVerificationLine(fields(), office.privateKey)
    expect(parseVerificationLine('hello')).toEqual({ ok: false, reason: expect.stringContaining('SCV1') })
    expect(parseVerificationLine(line.slice(0, line.lastIndexOf('|')))).toEqual({ ok: false, reason: expect.stringContaining('7段') })
    expect(parseVerificationLine(line.slice(0, -10))).toEqual({ ok: false, reason: expect.stringContaining('签名') })
  })

  it('round-trips through a QR PNG read back by a real decoder (jsQR) and still verifies', async () => {
    const line = signVerificationLine(fields(), office.privateKey)
    const png = await qrPngFor(line)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    const decoded = decodeQr(png)
    expect(decoded).toBe(line)
    expect(verifyVerificationLine(decoded!, publicPem).ok).toBe(true)
  })

  it('fingerprints a public key as 16 groups of 4 hex digits, the same for PEM and key object', () => {
    const fingerprint = publicKeyFingerprint(publicPem)
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/)
    expect(publicKeyFingerprint(office.publicKey)).toBe(fingerprint)
    expect(publicKeyFingerprint(otherOffice.publicKey)).not.toBe(fingerprint)
  })
})
