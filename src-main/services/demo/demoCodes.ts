import { makeUscc, organizationCodeCheckChar, registrationNumberCheckDigit, usccCharset } from '../../../src-shared/domain/uscc'
import type { DemoRandom } from './demoRandom'

/** 登记管理机关行政区划码 of the demo county. */
export const demoRegionCode = '370322'

/**
 * 登记管理部门码 + 机构类别码 (GB 32100-2015 表1): 91 企业, 92 个体工商户, 93 农民专业合作社 (市场监管);
 * 11 机关, 12 事业单位 (机构编制); 51 社会团体, 52 民办非企业单位 (民政).
 */
export type DemoUsccPrefix = '91' | '92' | '93' | '11' | '12' | '51' | '52'

export interface DemoCodes {
  /** A valid, unique 统一社会信用代码. */
  uscc(prefix: DemoUsccPrefix): string
  /** A valid, unique 15-digit 注册号 of an individual business registered before 2016. */
  registrationNumber(): string
}

const bodyChars = usccCharset.split('')
const digits = '0123456789'.split('')

export function demoCodes(random: DemoRandom): DemoCodes {
  const used = new Set<string>()
  const chars = (alphabet: string[], n: number) => Array.from({ length: n }, () => random.pick(alphabet)).join('')

  // 主体标识码: the 9-character 组织机构代码 (GB 11714), its own check character last. Codes issued
  // since 2015 start with MA (企业), L (个体) or MJ (社会组织); older ones are all digits.
  const organizationBody = (prefix: DemoUsccPrefix): string => {
    if (prefix === '92') return random.chance(0.6) ? 'L' + chars(digits, 7) : 'MA' + chars(bodyChars, 6)
    if (prefix === '51' || prefix === '52') return random.chance(0.5) ? 'MJ' + chars(bodyChars, 6) : '5' + chars(digits, 7)
    if (prefix === '11' || prefix === '12') return '00' + chars(digits, 6)
    return random.chance(0.6) ? 'MA' + chars(bodyChars, 6) : random.pick(['3', '6', '7']) + chars(digits, 7)
  }

  const unique = (make: () => string): string => {
    for (;;) {
      const code = make()
      if (!used.has(code)) {
        used.add(code)
        return code
      }
    }
  }

  return {
    uscc: (prefix) =>
      unique(() => {
        const body = organizationBody(prefix)
        return makeUscc(prefix + demoRegionCode + body + organizationCodeCheckChar(body))
      }),
    // GS 15-2006: 6-digit 登记机关代码, 8-digit 顺序码 (first digit 6–9 for 个体工商户), check digit.
    registrationNumber: () =>
      unique(() => {
        const first14 = demoRegionCode + String(random.between(6, 9)) + chars(digits, 7)
        return first14 + registrationNumberCheckDigit(first14)
      })
  }
}
