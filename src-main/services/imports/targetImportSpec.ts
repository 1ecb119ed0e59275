import {
  registrationStatuses,
  riskClasses,
  riskClassLabels,
  targetKinds,
  targetScales,
  type RegistrationStatus,
  type RiskClass,
  type TargetKind,
  type TargetScale
} from '@shared/domain/enums'
import { isValidRegistrationNumber, normalizeUscc, validateUscc } from '@shared/domain/uscc'
import { cellParsers } from '../../io/cellParsers'
import type { AnyColumnSpec, EntitySpec } from '../../io/columnSpec'
import type { DepartmentNames } from './departmentNames'

/** One row of the 检查对象 sheet, as imported and exported (departments by 简称, in id order). */
export interface TargetRecord {
  name: string
  uscc: string
  regNo: string
  kind: TargetKind | ''
  legalRep: string
  address: string
  phone: string
  town: string
  industry: string
  scale: TargetScale | null
  status: RegistrationStatus
  riskClass: RiskClass
  abnormal: boolean
  seriousViolation: boolean
  complaintCount: number
  tags: string[]
  departments: string[]
  forcedCodeReason: string
}

/** 产品、项目、行为 are checked without a registration code (seeds/001 三(二)2). */
const kindsWithoutCode: readonly TargetKind[] = ['产品', '项目', '行为']

/**
 * GB 32100-2015 §4: 登记管理部门码 (1st) and 机构类别码 (2nd) of the code say what kind of entity
 * it is — used when the sheet gives no 对象类型: 91 企业, 92 个体工商户, 93 农民专业合作社,
 * 1x 机关事业单位 (机构编制), 5x 社会组织 (民政).
 */
export function kindFromCode(uscc: string): TargetKind {
  if (uscc.startsWith('92')) return '个体工商户'
  if (uscc.startsWith('93')) return '农民专业合作社'
  if (uscc.startsWith('1')) return '机关事业单位'
  if (uscc.startsWith('5')) return '社会组织'
  return '企业'
}

// Issue 3 §4: 信用风险分类 as A/B/C/D or 低风险/一般风险/较高风险/高风险 (seeds/003 §(五)).
const riskSpellings: Record<string, RiskClass> = {}
for (const risk of riskClasses) {
  const label = riskClassLabels[risk]
  Object.assign(riskSpellings, { [risk]: risk, [`${risk}类`]: risk, [`${risk}级`]: risk, [label]: risk, [`${label}风险`]: risk, [`${label}风险类`]: risk })
}

// Issue 3 §4: 存续/在业/开业 all mean 存续.
const statusSpellings: Record<string, RegistrationStatus> = {
  存续: '存续',
  在业: '存续',
  开业: '存续',
  在营: '存续',
  '存续（在营、开业、在册）': '存续',
  注销: '注销',
  已注销: '注销',
  吊销: '吊销',
  已吊销: '吊销',
  吊销未注销: '吊销',
  '吊销，未注销': '吊销',
  迁出: '迁出',
  已迁出: '迁出'
}

const kindSpellings: Record<string, TargetKind> = {
  ...Object.fromEntries(targetKinds.map((kind) => [kind, kind])),
  个体户: '个体工商户',
  个体: '个体工商户',
  合作社: '农民专业合作社',
  农民合作社: '农民专业合作社',
  公司: '企业',
  有限责任公司: '企业',
  股份有限公司: '企业',
  个人独资企业: '企业',
  合伙企业: '企业',
  分公司: '企业',
  事业单位: '机关事业单位',
  机关: '机关事业单位'
}

const scaleSpellings: Record<string, TargetScale> = Object.fromEntries(
  targetScales.flatMap((scale) => [
    [scale, scale],
    [`${scale}企业`, scale],
    [scale.slice(0, 1), scale]
  ])
)

const plain = (value: string | number) => value
const yesNo = (value: boolean) => (value ? '是' : '否')

/**
 * The 检查对象 sheet (issue 3 §4), with the header synonyms clerks' sheets use. `departments`
 * resolves the 监管部门 column (全称 or 简称) and offers the 简称 as a dropdown.
 */
export function targetImportSpec(departments: DepartmentNames): EntitySpec<TargetRecord> {
  const columns: AnyColumnSpec<TargetRecord>[] = [
    {
      field: 'name',
      header: '对象名称',
      synonyms: ['企业名称', '市场主体名称', '单位名称', '名称', '主体名称', '企业（个体户）名称', '检查对象名称'],
      required: true,
      empty: '',
      parse: cellParsers.text('对象名称', 100),
      format: plain,
      note: '营业执照上的名称（个体户为字号名称，无字号的写经营者姓名）。',
      width: 32
    },
    {
      field: 'uscc',
      header: '统一社会信用代码',
      synonyms: ['社会统一信用代码', '信用代码', '统一代码', '统一社会信用代码（注册号）'],
      empty: '',
      parse: (cell) => {
        const parsed = cellParsers.code('统一社会信用代码', 40)(cell)
        return 'error' in parsed ? parsed : { value: normalizeUscc(parsed.value) }
      },
      format: plain,
      textFormat: true,
      note: '18位，按 GB 32100-2015 校验；全角字符、空格会自动去掉。没有代码的老个体户填“注册号”。请保持文本格式。',
      width: 22
    },
    {
      field: 'regNo',
      header: '注册号',
      synonyms: ['注册号码', '工商注册号', '营业执照注册号'],
      empty: '',
      parse: (cell) => {
        const parsed = cellParsers.code('注册号', 40)(cell)
        return 'error' in parsed ? parsed : { value: normalizeUscc(parsed.value) }
      },
      format: plain,
      textFormat: true,
      note: '15位数字，仅限没有统一社会信用代码的个体工商户。',
      width: 18
    },
    {
      field: 'kind',
      header: '对象类型',
      synonyms: ['主体类型', '类型', '市场主体类型', '企业类型', '对象类别'],
      empty: '',
      parse: cellParsers.choice('对象类型', kindSpellings, targetKinds),
      format: plain,
      choices: targetKinds,
      note: `${targetKinds.join('、')}之一；不填时按统一社会信用代码第1、2位判断（92 个体工商户，93 农民专业合作社，其余企业）。`,
      width: 14
    },
    {
      field: 'legalRep',
      header: '法定代表人（负责人）',
      synonyms: ['法定代表人', '负责人', '经营者', '法人代表', '法人', '法定代表人/负责人', '法定代表人（经营者）'],
      empty: '',
      parse: cellParsers.text('法定代表人（负责人）', 40),
      format: plain,
      note: '个体户填经营者。',
      width: 14
    },
    {
      field: 'address',
      header: '经营地址',
      synonyms: ['住所', '经营场所', '住所（经营场所）', '地址', '注册地址', '经营地点', '住所地'],
      empty: '',
      parse: cellParsers.text('经营地址', 200),
      format: plain,
      note: '住所或经营场所。',
      width: 36
    },
    {
      field: 'phone',
      header: '联系电话',
      synonyms: ['电话', '联系方式', '手机', '手机号码', '联系电话（手机）'],
      empty: '',
      parse: cellParsers.phone('联系电话', 40),
      format: plain,
      textFormat: true,
      note: '11位手机号或带区号的座机号，如 0533-6966123。',
      width: 16
    },
    {
      field: 'town',
      header: '所属乡镇（街道）',
      synonyms: ['乡镇', '街道', '属地', '乡镇（街道）', '所属乡镇', '所属街道', '乡镇街道', '所在乡镇'],
      empty: '',
      parse: cellParsers.text('所属乡镇（街道）', 40),
      format: plain,
      note: '如“城关镇”“东城街道”。',
      width: 14
    },
    {
      field: 'industry',
      header: '行业',
      synonyms: ['行业类别', '所属行业', '行业分类', '行业门类'],
      empty: '',
      parse: cellParsers.text('行业', 60),
      format: plain,
      note: '如“餐饮服务”“食品销售”。',
      width: 14
    },
    {
      field: 'scale',
      header: '企业规模',
      synonyms: ['规模'],
      empty: null,
      parse: cellParsers.choice('企业规模', scaleSpellings, targetScales),
      format: (value: TargetScale | null) => value ?? '',
      choices: targetScales,
      note: `${targetScales.join('、')}之一，可不填。`,
      width: 10
    },
    {
      field: 'status',
      header: '登记状态',
      synonyms: ['状态', '经营状态', '企业状态', '登记状态（存续/注销/吊销/迁出）'],
      empty: '存续',
      parse: cellParsers.choice('登记状态', statusSpellings, registrationStatuses),
      format: plain,
      choices: registrationStatuses,
      note: '存续、注销、吊销、迁出之一；“在业”“开业”按存续导入。不填为存续。',
      width: 10
    },
    {
      field: 'riskClass',
      header: '信用风险分类',
      synonyms: ['信用风险等级', '风险等级', '风险分类', '信用风险分类结果', '信用等级'],
      empty: 'B',
      parse: cellParsers.choice('信用风险分类', riskSpellings, ['A', 'B', 'C', 'D', '低风险', '一般风险', '较高风险', '高风险']),
      format: plain,
      choices: riskClasses,
      note: 'A（低风险）、B（一般风险）、C（较高风险）、D（高风险），也可直接写“低风险”等。不填为 B。',
      width: 12
    },
    {
      field: 'abnormal',
      header: '经营异常',
      synonyms: ['经营异常名录', '列入经营异常名录', '是否列入经营异常名录', '异常名录'],
      empty: false,
      parse: cellParsers.yesNo('经营异常'),
      format: yesNo,
      choices: ['是', '否'],
      note: '是否列入经营异常名录：是/否，不填为否。',
      width: 10
    },
    {
      field: 'seriousViolation',
      header: '严重违法失信',
      synonyms: ['严重违法失信名单', '列入严重违法失信名单', '是否列入严重违法失信名单'],
      empty: false,
      parse: cellParsers.yesNo('严重违法失信'),
      format: yesNo,
      choices: ['是', '否'],
      note: '是否列入严重违法失信名单：是/否，不填为否。',
      width: 12
    },
    {
      field: 'complaintCount',
      header: '投诉举报次数',
      synonyms: ['投诉举报', '投诉次数', '投诉举报件数'],
      empty: 0,
      parse: cellParsers.count('投诉举报次数', 99999),
      format: plain,
      note: '整数，不填为0。',
      width: 12
    },
    {
      field: 'tags',
      header: '标签',
      synonyms: ['标签（多个用顿号分隔）'],
      empty: [],
      parse: cellParsers.list('标签', 30, 20),
      format: (tags: string[]) => tags.join('、'),
      // 003 §二(一): 标签化管理.
      note: '多个标签用顿号“、”分隔，如“学校周边、网络订餐”；每个不超过20个字。',
      width: 20
    },
    {
      field: 'departments',
      header: '监管部门',
      synonyms: ['主管部门', '监管单位', '监管部门（简称）', '行业主管部门'],
      empty: [],
      parse: (cell) => {
        const parsed = cellParsers.list('监管部门', 30, 60)(cell)
        return 'error' in parsed ? parsed : departments.resolve(parsed.value)
      },
      format: (names: string[]) => names.join('、'),
      // 001 §三(二)2: 谁审批、谁监管，谁主管、谁监管.
      note: `成员单位的简称或全称，多个用顿号分隔，如“${departments.shortNames.slice(0, 2).join('、') || '市场监管、应急管理'}”。`,
      width: 18
    },
    {
      field: 'forcedCodeReason',
      header: '代码强制接受理由',
      synonyms: ['强制接受理由', '代码存疑说明'],
      empty: '',
      parse: cellParsers.text('代码强制接受理由', 200),
      format: plain,
      note: '仅当代码未通过校验、但确是登记机关发放的历史代码时填写（至少4个字，如“登记机关发放的旧代码，已电话核实”），其余留空。',
      width: 24
    }
  ]

  return {
    sheetName: '检查对象名录',
    rowLabel: '检查对象',
    columns,
    keyColumn: '统一社会信用代码',
    keyOf: targetKey,
    complete: completeTarget,
    check: checkTargetCodes
  }
}

/** The same entity in the file and in the directory: its code, else its 注册号, else kind + name. */
export function targetKey(record: TargetRecord): string {
  if (record.uscc) return `uscc:${record.uscc}`
  if (record.regNo) return `reg:${record.regNo}`
  return `name:${record.kind || '企业'}:${record.name}`
}

/** Fills 对象类型 from the code when the sheet leaves it empty; drops a reason no code needs. */
function completeTarget(record: TargetRecord): TargetRecord {
  const kind = record.kind === '' ? (record.uscc ? kindFromCode(record.uscc) : '企业') : record.kind
  const uscc = record.uscc ? validateUscc(record.uscc).ok : true
  const regNo = record.regNo ? isValidRegistrationNumber(record.regNo) : true
  return { ...record, kind, forcedCodeReason: uscc && regNo ? '' : record.forcedCodeReason.trim() }
}

const importForceHint = '；如确是登记机关发放的历史代码，请在“代码强制接受理由”列写明理由（至少4个字）'

/**
 * The code rules of the target form (resolveTargetCodes), as row issues: a malformed code is
 * refused; one failing its check digit only with a written reason in the sheet.
 */
function checkTargetCodes(record: TargetRecord): { column: string; message: string }[] {
  const issues: { column: string; message: string }[] = []
  const reason = record.forcedCodeReason.trim()
  let forced = false
  if (record.uscc) {
    const verdict = validateUscc(record.uscc)
    if (!verdict.ok) {
      if (!/^[0-9A-Z]{18}$/.test(record.uscc)) {
        issues.push({ column: '统一社会信用代码', message: `统一社会信用代码“${record.uscc}”有误：${verdict.reason}。请对照营业执照重新填写` })
      } else if (!reason) {
        issues.push({ column: '统一社会信用代码', message: `统一社会信用代码“${record.uscc}”未通过校验：${verdict.reason}。请对照营业执照核对${importForceHint}` })
      } else {
        forced = true
      }
    }
  }
  if (record.regNo) {
    if (!/^\d{15}$/.test(record.regNo)) {
      issues.push({ column: '注册号', message: `注册号应为15位数字，“${record.regNo}”是${record.regNo.length}位。18位的统一社会信用代码请填在“统一社会信用代码”列` })
    } else if (!isValidRegistrationNumber(record.regNo)) {
      if (!reason) issues.push({ column: '注册号', message: `注册号“${record.regNo}”的校验位不对：请对照营业执照核对${importForceHint}` })
      else forced = true
    }
  }
  const kind = record.kind || '企业'
  if (!record.uscc && !record.regNo && !kindsWithoutCode.includes(kind)) {
    issues.push({ column: '统一社会信用代码', message: '请填写统一社会信用代码；2016年以前登记、没有代码的个体工商户可改填15位注册号' })
  }
  if (forced && reason.length < 4) {
    issues.push({ column: '代码强制接受理由', message: '强制接受的理由请写清楚（至少4个字），如“登记机关发放的旧代码，已电话核实”' })
  }
  return issues
}
