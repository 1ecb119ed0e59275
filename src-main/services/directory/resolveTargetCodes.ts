import type { TargetKind } from '@shared/domain/enums'
import { isValidRegistrationNumber, normalizeUscc, validateUscc } from '@shared/domain/uscc'
import { ServiceError } from '../serviceError'

export interface ResolvedTargetCodes {
  uscc: string | null
  regNo: string | null
  /** The clerk's reason when a code failing its check was accepted anyway; null otherwise. */
  forcedCodeReason: string | null
}

/** 产品、项目、行为 are checked without a registration code (seeds/001 三(二)2). */
const kindsWithoutCode: readonly TargetKind[] = ['产品', '项目', '行为']

const forceHint = '；如确是登记机关发放的历史代码，可勾选“强制接受”并写明理由'

/**
 * Normalises and checks the 统一社会信用代码 (GB 32100-2015) and the 15-digit 注册号 (GS 15-2006)
 * of a target. A code that fails its check digit is refused with the reason, unless the clerk
 * force-accepts it with a written reason (issue 3 §2: registries contain a few legacy codes).
 * Malformed codes (wrong length, stray characters) are refused even when forced.
 */
export function resolveTargetCodes(input: { kind: TargetKind; uscc: string; regNo: string; forcedCodeReason: string }): ResolvedTargetCodes {
  const uscc = normalizeUscc(input.uscc)
  const regNo = normalizeUscc(input.regNo)
  const reason = input.forcedCodeReason.trim()
  let forced = false

  if (uscc) {
    const verdict = validateUscc(uscc)
    if (!verdict.ok) {
      if (!/^[0-9A-Z]{18}$/.test(uscc)) {
        throw new ServiceError('VALIDATION', `统一社会信用代码“${uscc}”有误：${verdict.reason}。请对照营业执照重新填写`, 'uscc')
      }
      if (!reason) {
        throw new ServiceError('VALIDATION', `统一社会信用代码“${uscc}”未通过校验：${verdict.reason}。请对照营业执照核对${forceHint}`, 'uscc')
      }
      forced = true
    }
  }
  if (regNo) {
    if (!/^\d{15}$/.test(regNo)) {
      throw new ServiceError('VALIDATION', `注册号应为15位数字，“${regNo}”是${regNo.length}位。18位的统一社会信用代码请填在“统一社会信用代码”一栏`, 'regNo')
    }
    if (!isValidRegistrationNumber(regNo)) {
      if (!reason) throw new ServiceError('VALIDATION', `注册号“${regNo}”的校验位不对，请对照营业执照核对${forceHint}`, 'regNo')
      forced = true
    }
  }
  if (!uscc && !regNo && !kindsWithoutCode.includes(input.kind)) {
    throw new ServiceError('VALIDATION', '请填写统一社会信用代码；2016年以前登记、没有代码的个体工商户可改填15位注册号', 'uscc')
  }
  if (forced && reason.length < 4) {
    throw new ServiceError('VALIDATION', '强制接受的理由请写清楚（至少4个字），如“登记机关发放的旧代码，已电话核实”', 'forcedCodeReason')
  }
  return { uscc: uscc || null, regNo: regNo || null, forcedCodeReason: forced ? reason : null }
}
