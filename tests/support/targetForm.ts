import type { TargetInput } from '../../src-shared/domain/targets'
import { makeUscc } from '../../src-shared/domain/uscc'

let serial = 0

/** A valid 统一社会信用代码 that no other call returns (企业, 示范县 region 370322). */
export function freshUscc(): string {
  serial += 1
  return makeUscc(`91370322MA${String(serial).padStart(6, '0')}X`)
}

/** A target form a clerk could submit: an enterprise with a valid, unused code. */
export function targetForm(overrides: Partial<TargetInput> = {}): TargetInput {
  return {
    kind: '企业',
    name: '示范县鑫源食品有限公司',
    uscc: freshUscc(),
    legalRep: '王建国',
    address: '示范县城关街道人民路18号',
    phone: '13905331234',
    town: '城关街道',
    industry: '食品销售',
    scale: '小型',
    riskClass: 'B',
    tags: ['食品经营'],
    departmentIds: [],
    ...overrides
  }
}
