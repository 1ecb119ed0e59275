import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import type { VerificationFields } from '@shared/domain/verification'

/**
 * The signed line in a notice's QR code (issue 9 §3; docs/verification.md):
 * `SCV1|<字号>|<任务编号>|<对象代码>|<检查日期 YYYY-MM-DD>|<执法证号,执法证号…>|<signature, base64url>`.
 * The signature is Ed25519 over the UTF-8 bytes of everything before the last `|`.
 */
export const verificationVersion = 'SCV1'

export class VerificationLineError extends Error {}

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** The signed part: the line without its final `|signature`. Throws on a field that would not round-trip. */
export function unsignedVerificationLine(fields: VerificationFields): string {
  const named: [string, string][] = [
    ['字号', fields.number],
    ['任务编号', fields.taskCode],
    ['对象代码', fields.targetCode],
    ['检查日期', fields.inspectionDate]
  ]
  for (const [label, value] of named) checkField(label, value)
  if (!isValidDate(fields.inspectionDate)) throw new VerificationLineError(`检查日期“${fields.inspectionDate}”应为 YYYY-MM-DD 格式的日期`)
  if (fields.certificateNumbers.length === 0) throw new VerificationLineError('至少要有一个执法证号')
  for (const number of fields.certificateNumbers) {
    checkField('执法证号', number)
    if (number.includes(',')) throw new VerificationLineError(`执法证号“${number}”不能含逗号`)
  }
  return [verificationVersion, fields.number, fields.taskCode, fields.targetCode, fields.inspectionDate, fields.certificateNumbers.join(',')].join('|')
}

/** Builds and signs the line with the office's private key. */
export function signVerificationLine(fields: VerificationFields, privateKey: KeyObject): string {
  const unsigned = unsignedVerificationLine(fields)
  const signature = sign(null, Buffer.from(unsigned, 'utf8'), privateKey)
  return `${unsigned}|${signature.toString('base64url')}`
}

export type ParsedVerificationLine =
  | { ok: true; fields: VerificationFields; unsigned: string; signature: Buffer }
  | { ok: false; reason: string }

/** Reads a line back; a malformed one gets a reason a clerk can read. */
export function parseVerificationLine(text: string): ParsedVerificationLine {
  const line = text.trim()
  const parts = line.split('|')
  if (parts[0] !== verificationVersion) return { ok: false, reason: `这不是本系统的核验码：应以“${verificationVersion}|”开头` }
  if (parts.length !== 7) return { ok: false, reason: `核验码格式不对：应有7段，实际有${parts.length}段（可能扫描不完整）` }
  const [, number, taskCode, targetCode, inspectionDate, certificates, signatureText] = parts
  if (!/^[A-Za-z0-9_-]+$/.test(signatureText)) return { ok: false, reason: '核验码末尾的签名不完整或含有非法字符' }
  const signature = Buffer.from(signatureText, 'base64url')
  if (signature.length !== 64) return { ok: false, reason: '核验码末尾的签名长度不对（可能扫描不完整）' }
  const fields: VerificationFields = { number, taskCode, targetCode, inspectionDate, certificateNumbers: certificates.split(',') }
  try {
    const unsigned = unsignedVerificationLine(fields)
    return { ok: true, fields, unsigned, signature }
  } catch (error) {
    return { ok: false, reason: `核验码内容不完整：${(error as Error).message}` }
  }
}

export type VerifiedVerificationLine = { ok: true; fields: VerificationFields } | { ok: false; reason: string; fields?: VerificationFields }

/** Parses the line and checks its signature against the office's public key (PEM or key object). */
export function verifyVerificationLine(text: string, publicKey: KeyObject | string): VerifiedVerificationLine {
  const parsed = parseVerificationLine(text)
  if (!parsed.ok) return parsed
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
  const valid = verify(null, Buffer.from(parsed.unsigned, 'utf8'), key, parsed.signature)
  if (!valid) return { ok: false, reason: '签名不符：核验码的内容被改动过，或不是本办公室签发的', fields: parsed.fields }
  return { ok: true, fields: parsed.fields }
}

function checkField(label: string, value: string): void {
  if (value.trim() === '') throw new VerificationLineError(`${label}不能为空`)
  if (value.includes('|')) throw new VerificationLineError(`${label}“${value}”不能含竖线“|”`)
  if (/[\r\n]/.test(value)) throw new VerificationLineError(`${label}不能含换行`)
  if (value !== value.trim()) throw new VerificationLineError(`${label}“${value}”首尾不能有空格`)
}

function isValidDate(value: string): boolean {
  if (!isoDate.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return date.toISOString().slice(0, 10) === value
}
