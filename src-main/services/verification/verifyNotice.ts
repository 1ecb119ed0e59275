import type { NoticeRecordDto, VerificationDto, VerificationFields } from '@shared/domain/verification'
import type Database from 'better-sqlite3'
import { verifyVerificationLine, verificationVersion } from '../../documents/verification/verificationLine'
import { noticeIdByNumber, readNoticeVerificationFields } from '../notices/readNoticeVerificationFields'

/** The notice as the register holds it, by 字号. */
export function readNoticeRecord(sqlite: Database.Database, numberText: string): NoticeRecordDto | null {
  const row = sqlite
    .prepare(
      `SELECT n.number_text AS numberText, k.code AS taskCode, k.name AS taskName,
              COALESCE(t.name, vt.name, '') AS targetName,
              COALESCE(t.uscc, t.reg_no, vt.uscc, vt.reg_no, '') AS targetCode,
              n.issued_at AS issuedAt, n.status, n.void_reason AS voidReason
         FROM notices n
         JOIN tasks k ON k.id = n.task_id
         LEFT JOIN targets t ON t.id = n.target_id
         LEFT JOIN visits v ON v.id = n.visit_id
         LEFT JOIN targets vt ON vt.id = v.target_id
        WHERE n.number_text = ?
        ORDER BY n.id DESC LIMIT 1`
    )
    .get(numberText) as NoticeRecordDto | undefined
  return row ?? null
}

/**
 * 核验 (issue 9 §3): a pasted or scanned SCV1 line, or a typed 字号. 真实 needs a valid signature of
 * this office's key and a notice in the register whose fields match; a voided notice is 已作废.
 */
export function verifyNotice(sqlite: Database.Database, publicKeyPem: string, text: string): VerificationDto {
  const input = text.trim()
  if (!input.includes('|') && !input.startsWith(verificationVersion)) return verifyNumber(sqlite, input)
  const verified = verifyVerificationLine(input, publicKeyPem)
  if (!verified.ok) return { verdict: '无法核验', reason: verified.reason, fields: verified.fields ?? null, record: null }
  const { fields } = verified
  const record = readNoticeRecord(sqlite, fields.number)
  if (!record) {
    return {
      verdict: '无法核验',
      reason: `签名有效，但本办公室的登记簿中没有字号为“${fields.number}”的通知书：请联系出具文书的办公室核实`,
      fields,
      record: null
    }
  }
  const noticeId = noticeIdByNumber(sqlite, fields.number)
  const issued = noticeId === null ? undefined : readNoticeVerificationFields(sqlite, [noticeId]).get(noticeId)
  // A voided notice says so whatever changed on its visit since.
  const differences = record.status === '作废' || !issued ? [] : differingFields(fields, issued)
  if (differences.length > 0) {
    return { verdict: '无法核验', reason: `核验码中的${differences.join('、')}与登记的通知书不一致：请勿配合检查，并向本办公室反映`, fields, record }
  }
  return verdictOf(record, fields, '签名有效，内容与登记一致')
}

function verifyNumber(sqlite: Database.Database, numberText: string): VerificationDto {
  const record = readNoticeRecord(sqlite, numberText)
  if (!record) {
    return { verdict: '无法核验', reason: `登记簿中没有字号为“${numberText}”的通知书：请核对字号（年份、括号和序号都要与文书一致），或扫描文书上的二维码`, fields: null, record: null }
  }
  return verdictOf(record, null, '按字号查到登记：请把文书上的任务、对象与下面的登记信息逐项对照')
}

function verdictOf(record: NoticeRecordDto, fields: VerificationFields | null, validReason: string): VerificationDto {
  if (record.status === '作废') {
    return { verdict: '已作废', reason: `这份通知书已作废${record.voidReason ? `（${record.voidReason}）` : ''}，不能凭它实施检查`, fields, record }
  }
  return { verdict: '真实', reason: validReason, fields, record }
}

/** The fields of the line that differ from what the register says this notice carries, read as the export reads them. */
function differingFields(fields: VerificationFields, issued: VerificationFields): string[] {
  const differences: string[] = []
  if (fields.taskCode !== issued.taskCode) differences.push('任务编号')
  if (fields.targetCode !== issued.targetCode) differences.push('对象代码')
  if (fields.inspectionDate !== issued.inspectionDate) differences.push('检查日期')
  if (fields.certificateNumbers.join(',') !== issued.certificateNumbers.join(',')) differences.push('执法证号')
  return differences
}
