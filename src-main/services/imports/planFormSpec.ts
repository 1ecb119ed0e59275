import { checkMethods, checklistCategories, targetKinds, type CheckMethod, type ChecklistCategory, type TargetKind } from '@shared/domain/enums'
import { defaultStratumRatios } from '@shared/domain/drawSession'
import { cellText } from '../../io/cellText'
import { cellParsers } from '../../io/cellParsers'
import type { AnyColumnSpec, CellResult, CellValue, EntitySpec } from '../../io/columnSpec'
import type { DepartmentNames } from './departmentNames'

/**
 * One row of a unit's 年度计划填报表 (issue 7 §3): one current checklist item of the unit and the
 * plan columns of the 抽查任务 it goes into. Rows with the same 抽查任务名称 make one plan item; a
 * row with no task name is an item the unit does not plan this year (then 未纳入原因 says why,
 * 004 §(十三)).
 */
export interface PlanFormRecord {
  code: string
  checklistName: string
  taskName: string
  category: ChecklistCategory | ''
  /** The other units of the task (简称, in the office's id order). */
  participating: string[]
  kind: TargetKind | ''
  directory: string
  industry: string
  tag: string
  mode: '按比例' | '按数量' | ''
  ratioA: number | null
  ratioB: number | null
  ratioC: number | null
  ratioD: number | null
  fixedCount: number | null
  method: CheckMethod | ''
  periodStart: string
  periodEnd: string
  notes: string
  reason: string
}

/** What a form knows about its unit, read from the database for the form's unit and year. */
export interface PlanFormLookups {
  year: number
  departmentName: string
  /** This unit's current checklist items: code → name and category. */
  checklist: Map<string, { name: string; category: ChecklistCategory }>
  departments: DepartmentNames
  /** Special directory names. */
  directories: string[]
}

/** The columns that must agree on every row of one task: they are the task's fields. */
export const taskColumns = [
  ['category', '事项类别'],
  ['participating', '参与部门'],
  ['kind', '对象类型'],
  ['directory', '专项名录库'],
  ['industry', '行业'],
  ['tag', '对象标签'],
  ['mode', '抽取方式'],
  ['ratioA', 'A类比例(%)'],
  ['ratioB', 'B类比例(%)'],
  ['ratioC', 'C类比例(%)'],
  ['ratioD', 'D类比例(%)'],
  ['fixedCount', '抽取数量'],
  ['method', '检查方式'],
  ['periodStart', '开始日期'],
  ['periodEnd', '结束日期'],
  ['notes', '备注']
] as const satisfies readonly (readonly [keyof PlanFormRecord, string])[]

const plain = (value: string | number) => value
const optionalNumber = (value: number | null) => (value === null ? '' : value)
const joined = (items: string[]) => items.join('、')
type Cell = Exclude<CellValue, null>

function percentCell(label: string) {
  return (cell: Cell): CellResult<number | null> => {
    const text = typeof cell === 'number' ? String(cell) : cellText(cell).trim().replace(/[%％]$/, '')
    const value = Number(text)
    if (text === '' || !Number.isFinite(value) || value < 0 || value > 100) return { error: `${label}请填写0到100之间的数字（百分数，如 5 表示5%），现为“${cellText(cell)}”` }
    if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return { error: `${label}最多两位小数，现为“${cellText(cell)}”` }
    return { value }
  }
}

function choiceOf<T extends string>(label: string, values: readonly T[]) {
  return cellParsers.choice(label, Object.fromEntries(values.map((v) => [v, v])) as Record<string, T>, values)
}

/**
 * The 年度计划填报表 sheet. The key is the 事项编码 (prefilled; only this unit's current items are
 * accepted); 抽查事项 is for reading and is always taken from the checklist.
 */
export function planFormSpec(lookups: PlanFormLookups): EntitySpec<PlanFormRecord> {
  const { year, departmentName, checklist, departments, directories } = lookups
  const date = cellParsers.date
  const columns: AnyColumnSpec<PlanFormRecord>[] = [
    {
      field: 'code',
      header: '事项编码',
      synonyms: ['编码', '抽查事项编码'],
      required: true,
      empty: '',
      parse: (cell) => {
        const code = cellText(cell).replace(/[\s\u3000]+/g, '').toUpperCase()
        return checklist.has(code) ? { value: code } : { error: `“${code}”不是${departmentName}现行抽查事项清单中的编码：请保留导出时预填的编码，不要改动或新增编码` }
      },
      format: plain,
      textFormat: true,
      note: `预填：${departmentName}现行抽查事项清单的编码，一行一个事项。请不要改动。`,
      width: 12
    },
    {
      field: 'checklistName',
      header: '抽查事项',
      empty: '',
      parse: cellParsers.text('抽查事项', 500),
      format: plain,
      note: '预填：抽查事项名称，仅供对照，导入时以清单为准。',
      width: 28
    },
    {
      field: 'taskName',
      header: '抽查任务名称',
      synonyms: ['任务名称', '计划任务名称'],
      empty: '',
      parse: cellParsers.text('抽查任务名称', 100),
      format: plain,
      note: '本事项纳入哪个抽查任务。同一任务的几个事项填写相同的任务名称，其余各栏也要填写一致。不纳入本年度计划的事项留空，并在“未纳入原因”中写明原因。',
      width: 28
    },
    {
      field: 'category',
      header: '事项类别',
      empty: '',
      parse: choiceOf('事项类别', checklistCategories),
      format: plain,
      choices: checklistCategories,
      note: '一般或重点；留空时任务中有重点事项即为重点，否则为一般。重点事项不受抽查比例上限限制（004 §(十五)）。',
      width: 10
    },
    {
      field: 'participating',
      header: '参与部门',
      synonyms: ['联合部门', '配合部门'],
      empty: [],
      parse: (cell) => {
        const list = cellParsers.list('参与部门', 30, 30)(cell)
        return 'error' in list ? list : departments.resolve(list.value)
      },
      format: joined,
      note: '与本单位联合检查的其他成员单位，简称或全称，多个用顿号分隔；单独检查留空。',
      width: 18
    },
    {
      field: 'kind',
      header: '对象类型',
      empty: '',
      parse: choiceOf('对象类型', targetKinds),
      format: plain,
      choices: targetKinds,
      note: '抽查对象的类型，如企业、个体工商户；留空表示不限类型。',
      width: 12
    },
    {
      field: 'directory',
      header: '专项名录库',
      synonyms: ['分类专项名录库'],
      empty: '',
      parse: choiceOf('专项名录库', directories),
      format: plain,
      choices: directories,
      note: '从分类专项名录库中抽取时选择名录库，如餐饮服务单位名录库；留空表示从全县名录库中抽取。',
      width: 18
    },
    { field: 'industry', header: '行业', empty: '', parse: cellParsers.text('行业', 60), format: plain, note: '限定行业时填写（与名录库中的行业一致，如 制造业）；不限留空。', width: 14 },
    { field: 'tag', header: '对象标签', empty: '', parse: cellParsers.text('对象标签', 30), format: plain, note: '限定名录库标签时填写，如 食品经营；不限留空。', width: 12 },
    {
      field: 'mode',
      header: '抽取方式',
      empty: '',
      parse: choiceOf('抽取方式', ['按比例', '按数量'] as const),
      format: plain,
      choices: ['按比例', '按数量'],
      note: '按比例（按信用风险分类填写A/B/C/D类比例）或按数量（填写抽取数量）；留空按比例。',
      width: 10
    },
    ...(['A', 'B', 'C', 'D'] as const).map(
      (risk): AnyColumnSpec<PlanFormRecord> => ({
        field: `ratio${risk}` as const,
        header: `${risk}类比例(%)`,
        empty: null,
        parse: percentCell(`${risk}类比例`),
        format: optionalNumber,
        note: `信用风险${risk}类对象的抽查比例（%），按比例抽取时填写；留空按默认${defaultStratumRatios[risk]}%。`,
        width: 9
      })
    ),
    {
      field: 'fixedCount',
      header: '抽取数量',
      empty: null,
      parse: (cell) => {
        const parsed = cellParsers.count('抽取数量', 100000)(cell)
        return 'error' in parsed ? parsed : parsed.value < 1 ? { error: '抽取数量至少为1' } : parsed
      },
      format: optionalNumber,
      note: '按数量抽取时填写抽取的户数。',
      width: 9
    },
    {
      field: 'method',
      header: '检查方式',
      empty: '',
      parse: choiceOf('检查方式', checkMethods),
      format: plain,
      choices: checkMethods,
      note: `${checkMethods.join('、')}之一。`,
      width: 12
    },
    { field: 'periodStart', header: '开始日期', empty: '', parse: date('开始日期'), format: plain, textFormat: true, note: `实施开始日期，如 ${year}-03-01。`, width: 12 },
    { field: 'periodEnd', header: '结束日期', empty: '', parse: date('结束日期'), format: plain, textFormat: true, note: `实施结束日期，如 ${year}-05-31。`, width: 12 },
    { field: 'notes', header: '备注', empty: '', parse: cellParsers.text('备注', 300), format: plain, note: '需要说明的事项。', width: 16 },
    {
      field: 'reason',
      header: '未纳入原因',
      synonyms: ['未纳入计划原因'],
      empty: '',
      parse: cellParsers.text('未纳入原因', 200),
      format: plain,
      note: '不纳入本年度计划的事项写明原因（004 §(十三)：计划应覆盖全部抽查事项）。',
      width: 20
    }
  ]
  return {
    sheetName: '计划填报表',
    rowLabel: '抽查事项',
    columns,
    keyOf: (record) => record.code || null,
    keyColumn: '事项编码',
    complete(record) {
      const entry = checklist.get(record.code)
      const full = { ...record, checklistName: entry?.name ?? record.checklistName }
      if (full.taskName === '') return full
      if (full.mode === '') full.mode = full.fixedCount !== null && full.ratioA === null ? '按数量' : '按比例'
      if (full.mode === '按比例') {
        full.fixedCount = null
        full.ratioA ??= defaultStratumRatios.A
        full.ratioB ??= defaultStratumRatios.B
        full.ratioC ??= defaultStratumRatios.C
        full.ratioD ??= defaultStratumRatios.D
      } else {
        full.ratioA = full.ratioB = full.ratioC = full.ratioD = null
      }
      full.participating = full.participating.filter((name) => departments.idOf(name) !== departments.idOf(departmentName))
      return full
    },
    check(record) {
      const issues: { column: string; message: string }[] = []
      if (record.taskName === '') {
        const filled = taskColumns.find(([field]) => {
          const value = record[field]
          return Array.isArray(value) ? value.length > 0 : value !== '' && value !== null
        })
        if (filled) issues.push({ column: filled[1], message: `填写了“${filled[1]}”但没有填写抽查任务名称：请填写任务名称，或清空本行的计划栏目` })
        return issues
      }
      if (record.reason !== '') issues.push({ column: '未纳入原因', message: '本事项已纳入抽查任务，不需要填写未纳入原因：请清空这一格，或清空任务名称' })
      if (record.mode === '按数量' && record.fixedCount === null) issues.push({ column: '抽取数量', message: '按数量抽取时请填写抽取数量' })
      if (record.periodStart === '') issues.push({ column: '开始日期', message: `请填写实施开始日期，如 ${year}-03-01` })
      if (record.periodEnd === '') issues.push({ column: '结束日期', message: `请填写实施结束日期，如 ${year}-05-31` })
      for (const [field, label] of [['periodStart', '开始日期'], ['periodEnd', '结束日期']] as const) {
        if (record[field] !== '' && !record[field].startsWith(`${year}-`)) issues.push({ column: label, message: `${label}应在${year}年内（本表是${year}年度计划填报表）` })
      }
      if (record.periodStart !== '' && record.periodEnd !== '' && record.periodEnd < record.periodStart) {
        issues.push({ column: '结束日期', message: '结束日期不能早于开始日期' })
      }
      return issues
    },
    checkRows(rows) {
      const first = new Map<string, { row: number; record: PlanFormRecord }>()
      const issues: { row: number; column: string; message: string }[] = []
      for (const entry of rows) {
        const name = entry.record.taskName
        if (name === '') continue
        const earlier = first.get(name)
        if (!earlier) {
          first.set(name, entry)
          continue
        }
        const differing = taskColumns.find(([field]) => JSON.stringify(earlier.record[field]) !== JSON.stringify(entry.record[field]))
        if (differing) {
          issues.push({
            row: entry.row,
            column: differing[1],
            message: `与第${earlier.row}行同属抽查任务“${name}”，但“${differing[1]}”不同：同一任务各行的计划栏目要填写一致`
          })
        }
      }
      return issues
    }
  }
}
