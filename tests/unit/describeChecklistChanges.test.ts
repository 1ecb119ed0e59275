import { describe, expect, it } from 'vitest'
import { describeChecklistChanges, type ChecklistValues } from '../../src-main/services/checklist/describeChecklistChanges'
import { checklistStatus } from '../../src-main/services/checklist/readChecklistItems'

const values = (overrides: Partial<ChecklistValues> = {}): ChecklistValues => ({
  code: 'SCJG-001',
  departmentId: 1,
  name: '食品销售者经营活动的检查',
  category: '重点',
  targetType: '食品销售者',
  methods: ['实地核查'],
  basis: '《食品安全法》第一百一十条',
  content: '进货查验',
  qualification: '食品安全执法',
  jointDepartmentIds: [],
  validFrom: '2026-01-01',
  validTo: null,
  ...overrides
})
const names = (id: number) => ({ 1: '市场监管', 2: '消防救援', 3: '应急管理' })[id] ?? `#${id}`

describe('the 调整记录 of a checklist edit', () => {
  it('names only the fields that changed, in words a clerk reads', () => {
    const changes = describeChecklistChanges(values(), values({ methods: ['实地核查', '抽样检测'], jointDepartmentIds: [2, 3], validTo: '2026-12-31' }), names)
    expect(changes).toEqual({
      methods: ['实地核查', '实地核查、抽样检测'],
      jointDepartmentIds: ['', '消防救援、应急管理'],
      validTo: ['', '2026-12-31']
    })
  })

  it('records every filled field of a new item as added', () => {
    const changes = describeChecklistChanges(null, values(), names)
    expect(changes.departmentId).toEqual(['', '市场监管'])
    expect(changes.validTo).toBeUndefined()
  })

  it('finds nothing to record when nothing changed', () => {
    expect(describeChecklistChanges(values(), values(), names)).toEqual({})
  })
})

describe('the state of a checklist version on a day', () => {
  it('is 未生效 before it starts, 现行 through its last day, 已废止 after', () => {
    expect(checklistStatus('2026-04-01', null, '2026-03-31')).toBe('未生效')
    expect(checklistStatus('2026-01-01', '2026-03-31', '2026-03-31')).toBe('现行')
    expect(checklistStatus('2026-01-01', '2026-03-31', '2026-04-01')).toBe('已废止')
  })
})
