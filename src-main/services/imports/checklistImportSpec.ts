import { checklistCodePattern } from '@shared/domain/checklist'
import { checkMethods, checklistCategories, type CheckMethod, type ChecklistCategory } from '@shared/domain/enums'
import { cellText } from '../../io/cellText'
import { cellParsers } from '../../io/cellParsers'
import type { AnyColumnSpec, EntitySpec } from '../../io/columnSpec'
import type { DepartmentNames } from './departmentNames'

/** One row of the 抽查事项清单 sheet (departments by 简称). */
export interface ChecklistRecord {
  code: string
  department: string
  name: string
  category: ChecklistCategory
  targetType: string
  methods: CheckMethod[]
  basis: string
  content: string
  qualification: string
  jointDepartments: string[]
  validFrom: string
  validTo: string
}

const plain = (value: string | number) => value
const joined = (items: string[]) => items.join('、')

/** Every spelling of the methods clerks write, folded to the five of seeds/002 四(七). */
const methodSpellings: Record<string, CheckMethod> = {
  实地核查: '实地核查',
  现场检查: '实地核查',
  实地检查: '实地核查',
  书面检查: '书面检查',
  书面核查: '书面检查',
  网络监测: '网络监测',
  网络核查: '网络监测',
  抽样检测: '抽样检测',
  抽样检验: '抽样检测',
  委托第三方: '委托第三方',
  委托第三方机构: '委托第三方'
}

/**
 * The 抽查事项清单 sheet (issue 3 §1, §4; seeds/004 §(八): 抽查事项、检查对象、事项类别、检查方式、
 * 检查主体和检查依据). The key is the 事项编码: a row whose code is on file updates that item (a new
 * version when tasks used it), otherwise it adds one. `today` is the default start of validity.
 */
export function checklistImportSpec(departments: DepartmentNames, today: string): EntitySpec<ChecklistRecord> {
  const department = (cell: Parameters<AnyColumnSpec<ChecklistRecord>['parse']>[0]) => {
    const names = departments.resolve([cellText(cell).trim()])
    return 'error' in names ? names : { value: names.value[0] }
  }
  const columns: AnyColumnSpec<ChecklistRecord>[] = [
    {
      field: 'code',
      header: '事项编码',
      synonyms: ['编码', '事项编号', '编号', '抽查事项编码'],
      required: true,
      empty: '',
      parse: (cell) => {
        const parsed = cellParsers.code('事项编码', 30)(cell)
        if ('error' in parsed) return parsed
        const code = parsed.value.replace(/[\s\u3000]+/g, '').toUpperCase()
        return checklistCodePattern.test(code) ? { value: code } : { error: `事项编码“${parsed.value}”只能由字母、数字和“-”组成，如“SCJG-001”` }
      },
      format: plain,
      textFormat: true,
      note: '每个抽查事项一个编码，如“SCJG-001”；已有编码的行更新该事项，新编码的行新增事项。',
      width: 12
    },
    {
      field: 'department',
      header: '实施部门',
      synonyms: ['检查主体', '部门', '责任部门', '抽查主体', '成员单位', '实施主体'],
      required: true,
      empty: '',
      parse: department,
      format: plain,
      choices: departments.shortNames,
      note: '检查主体：成员单位的简称或全称（见“成员单位”页面）。',
      width: 14
    },
    {
      field: 'name',
      header: '抽查事项',
      synonyms: ['事项名称', '抽查事项名称', '检查事项'],
      required: true,
      empty: '',
      parse: cellParsers.text('抽查事项', 100),
      format: plain,
      note: '如“食品销售者经营活动的检查”。',
      width: 30
    },
    {
      field: 'category',
      header: '事项类别',
      synonyms: ['类别', '事项类型'],
      empty: '一般',
      parse: cellParsers.choice('事项类别', { 一般: '一般', 重点: '重点', 一般事项: '一般', 重点事项: '重点', 一般检查事项: '一般', 重点检查事项: '重点' }, checklistCategories),
      format: plain,
      choices: checklistCategories,
      // seeds/004 §(九): 重点检查事项 have no ratio ceiling, 一般 a strict one.
      note: '一般或重点，不填为一般。',
      width: 8
    },
    {
      field: 'targetType',
      header: '检查对象',
      synonyms: ['抽查对象', '对象', '检查对象类型'],
      required: true,
      empty: '',
      parse: cellParsers.text('检查对象', 100),
      format: plain,
      note: '如“食品销售者”。',
      width: 18
    },
    {
      field: 'methods',
      header: '检查方式',
      synonyms: ['抽查方式', '方式'],
      required: true,
      empty: [],
      parse: (cell) => {
        const parsed = cellParsers.list('检查方式', 5, 10)(cell)
        if ('error' in parsed) return parsed
        const unknown = parsed.value.filter((m) => !(m in methodSpellings))
        if (unknown.length > 0) return { error: `检查方式${unknown.map((m) => `“${m}”`).join('、')}无法识别：请填写${checkMethods.join('、')}，多个用顿号分隔` }
        const methods = new Set(parsed.value.map((m) => methodSpellings[m]))
        return { value: checkMethods.filter((m) => methods.has(m)) }
      },
      format: joined,
      note: `${checkMethods.join('、')}中的一种或几种，用顿号分隔。`,
      width: 16
    },
    {
      field: 'basis',
      header: '检查依据',
      synonyms: ['抽查依据', '依据', '法律依据'],
      required: true,
      empty: '',
      parse: cellParsers.text('检查依据', 500),
      format: plain,
      note: '法律法规条款。',
      width: 36
    },
    {
      field: 'content',
      header: '检查内容',
      synonyms: ['抽查内容', '内容'],
      empty: '',
      parse: cellParsers.text('检查内容', 1000),
      format: plain,
      note: '',
      width: 36
    },
    {
      field: 'qualification',
      header: '执法资质',
      synonyms: ['资质要求', '执法资格'],
      empty: '',
      parse: cellParsers.text('执法资质', 60),
      format: plain,
      note: '执法检查人员须具备的资质，与人员名录的“执法资质”对应，如“食品安全执法”。',
      width: 14
    },
    {
      field: 'jointDepartments',
      header: '联合部门',
      synonyms: ['联合检查部门', '配合部门', '参与部门'],
      empty: [],
      parse: (cell) => {
        const parsed = cellParsers.list('联合部门', 30, 30)(cell)
        return 'error' in parsed ? parsed : departments.resolve(parsed.value)
      },
      format: joined,
      note: '联合检查的成员单位，多个用顿号分隔，可不填。',
      width: 18
    },
    {
      field: 'validFrom',
      header: '有效期起',
      synonyms: ['生效日期', '施行日期', '起始日期'],
      empty: today,
      parse: cellParsers.date('有效期起'),
      format: plain,
      note: '如 2026-01-01；不填为导入当天。已被抽查任务使用的事项改动后，自这一天（晚于原版本起始日期时）或导入当天起施行新版本。',
      width: 12
    },
    {
      field: 'validTo',
      header: '有效期止',
      synonyms: ['截止日期', '失效日期'],
      empty: '',
      parse: cellParsers.date('有效期止'),
      format: plain,
      note: '长期有效的不填。',
      width: 12
    }
  ]

  return {
    sheetName: '抽查事项清单',
    rowLabel: '抽查事项',
    columns,
    keyColumn: '事项编码',
    keyOf: (record) => record.code || null,
    keyMissing: '请填写事项编码：每个抽查事项一个编码，如“SCJG-001”',
    check(record) {
      const issues: { column: string; message: string }[] = []
      if (record.jointDepartments.includes(record.department)) issues.push({ column: '联合部门', message: '联合部门不必再填实施部门本身，请去掉它' })
      if (record.validTo && record.validTo < record.validFrom) issues.push({ column: '有效期止', message: `有效期止（${record.validTo}）早于有效期起（${record.validFrom}），请改正` })
      return issues
    }
  }
}
