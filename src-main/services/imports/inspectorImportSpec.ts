import { inspectorKinds, inspectorStatuses, type InspectorKind, type InspectorStatus } from '@shared/domain/enums'
import { inspectorStatusProblem } from '@shared/domain/inspectors'
import { normalizeUscc } from '@shared/domain/uscc'
import { cellText } from '../../io/cellText'
import { cellParsers } from '../../io/cellParsers'
import type { AnyColumnSpec, EntitySpec } from '../../io/columnSpec'
import type { DepartmentNames } from './departmentNames'

/** One row of the 执法检查人员 sheet (department by 简称; 回避对象 by their codes). */
export interface InspectorRecord {
  department: string
  name: string
  certNo: string
  kind: InspectorKind
  qualifications: string[]
  specialties: string[]
  post: string
  organization: string
  phone: string
  status: InspectorStatus
  statusFrom: string
  statusTo: string
  region: string
  avoidTargets: string[]
  avoidRules: string[]
}

export function normalizeCertNo(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase()
}

const plain = (value: string | number) => value
const joined = (items: string[]) => items.join('、')

/**
 * The 执法检查人员名录 sheet (issue 3 §3–4). `targetExists` tells whether a 统一社会信用代码 or
 * 注册号 is in the directory (回避对象 are given by code).
 */
export function inspectorImportSpec(departments: DepartmentNames, targetExists: (code: string) => boolean): EntitySpec<InspectorRecord> {
  const columns: AnyColumnSpec<InspectorRecord>[] = [
    {
      field: 'department',
      header: '所属部门',
      synonyms: ['部门', '单位', '所在单位', '执法部门', '所属单位', '成员单位'],
      required: true,
      empty: '',
      parse: (cell) => {
        const names = departments.resolve([cellText(cell).trim()])
        return 'error' in names ? names : { value: names.value[0] }
      },
      format: plain,
      choices: departments.shortNames,
      note: '成员单位的简称或全称（见“成员单位”页面）。',
      width: 14
    },
    {
      field: 'name',
      header: '姓名',
      synonyms: ['人员姓名', '执法人员姓名', '名字'],
      required: true,
      empty: '',
      parse: cellParsers.text('姓名', 20),
      format: plain,
      note: '',
      width: 10
    },
    {
      field: 'certNo',
      header: '执法证号',
      synonyms: ['行政执法证号', '执法证件号', '执法证编号', '执法证件号码', '证件号码', '执法证号码'],
      empty: '',
      parse: (cell) => {
        const parsed = cellParsers.code('执法证号', 40)(cell)
        return 'error' in parsed ? parsed : { value: normalizeCertNo(parsed.value) }
      },
      format: plain,
      textFormat: true,
      note: '行政执法证号，不可重复；执法人员必填，辅助人员、专家没有的留空。请保持文本格式。',
      width: 18
    },
    {
      field: 'kind',
      header: '人员类别',
      synonyms: ['类别', '人员类型', '类型'],
      empty: '执法人员',
      parse: cellParsers.choice('人员类别', { 执法人员: '执法人员', 辅助人员: '辅助人员', 专家: '专家', 辅助执法人员: '辅助人员', 协管员: '辅助人员' }, inspectorKinds),
      format: plain,
      choices: inspectorKinds,
      note: '执法人员、辅助人员、专家之一，不填为执法人员。',
      width: 10
    },
    {
      field: 'qualifications',
      header: '执法资质',
      synonyms: ['资质', '执法类别', '执法领域', '执法资格'],
      empty: [],
      parse: cellParsers.list('执法资质', 30, 30),
      format: joined,
      // seeds/003: 执法资质 decides which checklist items a person may check.
      note: '多个用顿号分隔，如“食品安全、特种设备”。',
      width: 20
    },
    {
      field: 'specialties',
      header: '业务专长',
      synonyms: ['专长', '专业特长', '业务特长', '专业'],
      empty: [],
      parse: cellParsers.list('业务专长', 30, 30),
      format: joined,
      note: '多个用顿号分隔。',
      width: 20
    },
    {
      field: 'post',
      header: '职务',
      synonyms: ['职务职级', '岗位', '职级', '职称'],
      empty: '',
      parse: cellParsers.text('职务', 40),
      format: plain,
      note: '',
      width: 12
    },
    {
      field: 'organization',
      header: '工作单位',
      synonyms: ['专家工作单位', '所在机构'],
      empty: '',
      parse: cellParsers.text('工作单位', 60),
      format: plain,
      note: '专家、辅助人员在部门之外的工作单位（检测机构、科研院所等），可不填。',
      width: 20
    },
    {
      field: 'phone',
      header: '联系电话',
      synonyms: ['电话', '手机', '联系方式', '手机号码'],
      empty: '',
      parse: cellParsers.phone('联系电话', 40),
      format: plain,
      textFormat: true,
      note: '11位手机号或带区号的座机号。',
      width: 14
    },
    {
      field: 'status',
      header: '状态',
      synonyms: ['人员状态', '在岗状态', '在岗情况'],
      empty: '在岗',
      parse: cellParsers.choice('状态', { 在岗: '在岗', 请假: '请假', 调离: '调离', 休假: '请假', 已调离: '调离' }, inspectorStatuses),
      format: plain,
      choices: inspectorStatuses,
      // seeds/004 §(二十三): only 在岗 people are drawn.
      note: '在岗、请假、调离之一，不填为在岗。请假须填开始和结束日期，调离须填调离日期。',
      width: 8
    },
    {
      field: 'statusFrom',
      header: '状态开始日期',
      synonyms: ['请假开始日期', '调离日期', '开始日期'],
      empty: '',
      parse: cellParsers.date('状态开始日期'),
      format: plain,
      note: '请假的第一天或调离的日期，如 2026-03-01。',
      width: 12
    },
    {
      field: 'statusTo',
      header: '状态结束日期',
      synonyms: ['请假结束日期', '结束日期'],
      empty: '',
      parse: cellParsers.date('状态结束日期'),
      format: plain,
      note: '请假的最后一天。',
      width: 12
    },
    {
      field: 'region',
      header: '负责区域',
      synonyms: ['区域', '片区', '所属区域', '分管片区', '所属乡镇（街道）', '乡镇（街道）'],
      empty: '',
      parse: cellParsers.text('负责区域', 40),
      format: plain,
      note: '通常负责的乡镇（街道）或监管所。',
      width: 12
    },
    {
      field: 'avoidTargets',
      header: '回避对象',
      synonyms: ['回避对象代码', '回避企业', '回避对象（统一社会信用代码）'],
      empty: [],
      parse: (cell) => {
        const parsed = cellParsers.list('回避对象', 200, 40)(cell)
        if ('error' in parsed) return parsed
        const codes = parsed.value.map(normalizeUscc)
        const unknown = codes.filter((code) => !targetExists(code))
        if (unknown.length > 0) return { error: `检查对象名录库中没有代码为${unknown.map((c) => `“${c}”`).join('、')}的对象：请先录入该对象，或核对代码` }
        return { value: codes }
      },
      format: joined,
      // seeds/004 §(二十三): 与检查对象有利害关系的应当回避.
      note: '须回避的检查对象的统一社会信用代码（或注册号），多个用顿号分隔。',
      width: 24
    },
    {
      field: 'avoidRules',
      header: '回避情形',
      synonyms: ['回避范围', '回避说明', '其他回避情形'],
      empty: [],
      parse: (cell) => {
        const rules = cellText(cell)
          .split(/[；;\n\r]+/)
          .map((rule) => rule.trim())
          .filter(Boolean)
        const long = rules.find((rule) => [...rule].length > 100)
        return long ? { error: `回避情形“${long.slice(0, 20)}…”太长：每条不超过100个字` } : { value: [...new Set(rules)] }
      },
      format: (rules: string[]) => rules.join('；'),
      note: '其他须回避的情形，如“配偶在某公司任职”“与居住地同一乡镇的对象”；多条用分号“；”分隔。',
      width: 30
    }
  ]

  return {
    sheetName: '执法检查人员名录',
    rowLabel: '人员',
    columns,
    keyColumn: '执法证号',
    keyOf: inspectorKey,
    complete: (record) => ({
      ...record,
      statusFrom: record.status === '在岗' ? '' : record.statusFrom,
      statusTo: record.status === '请假' ? record.statusTo : ''
    }),
    check(record) {
      const issues: { column: string; message: string }[] = []
      if (record.kind === '执法人员' && !record.certNo) {
        issues.push({ column: '执法证号', message: '执法人员请填写行政执法证号；没有执法证的请把人员类别填为“辅助人员”或“专家”' })
      }
      const problem = inspectorStatusProblem(record.status, record.statusFrom || null, record.statusTo || null)
      if (problem) issues.push({ column: problem.field === 'statusFrom' ? '状态开始日期' : '状态结束日期', message: problem.message })
      return issues
    }
  }
}

/** The same person: by 执法证号, else (experts without one) by department and name. */
export function inspectorKey(record: InspectorRecord): string {
  return record.certNo ? `cert:${record.certNo}` : `name:${record.department}:${record.name}`
}
