/** Issue 9 §3: the office key, the signed verification line and the 核验 verdict. */

/** The office's public key as shown in settings and published on the county's website. */
export interface OfficeKeyDto {
  publicKeyPem: string
  /** SHA-256 of the key's DER bytes, 16 groups of 4 hex digits. */
  fingerprint: string
  createdAt: string
}

/** The fields a verification line carries (docs/verification.md). */
export interface VerificationFields {
  /** 字号 of the notice, e.g. 部门联合双随机抽检字〔2026〕3号. */
  number: string
  /** 任务编号. */
  taskCode: string
  /** 对象代码: 统一社会信用代码 or registration number. */
  targetCode: string
  /** 检查日期 YYYY-MM-DD. */
  inspectionDate: string
  /** 执法证号 of the inspectors. */
  certificateNumbers: string[]
}

export const verificationVerdicts = ['真实', '已作废', '无法核验'] as const
export type VerificationVerdict = (typeof verificationVerdicts)[number]

/** The notice as the register holds it. */
export interface NoticeRecordDto {
  numberText: string
  taskCode: string
  taskName: string
  targetName: string
  targetCode: string
  issuedAt: string
  status: string
  voidReason: string | null
}

export interface VerificationDto {
  verdict: VerificationVerdict
  /** One Chinese sentence: why, and what to do. */
  reason: string
  /** Fields read from the line (absent when only a 字号 was typed or the line is malformed). */
  fields: VerificationFields | null
  record: NoticeRecordDto | null
}
