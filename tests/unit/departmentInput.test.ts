import { describe, expect, it } from 'vitest'
import { departmentInput } from '../../src-shared/domain/departments'

const unit = (overrides: Record<string, unknown> = {}) => ({ name: '县市场监督管理局', shortName: '市场监管局', ...overrides })

function errorsOf(input: unknown): Record<string, string> {
  const parsed = departmentInput.safeParse(input)
  if (parsed.success) return {}
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('the member unit form', () => {
  it('accepts mobile and landline numbers, with full-width digits and spaces cleaned up', () => {
    const parsed = departmentInput.parse(unit({ liaisonPhone: '１３８ 0533 1234', leaderPhone: '0533－6966123' }))
    expect(parsed.liaisonPhone).toBe('13805331234')
    expect(parsed.leaderPhone).toBe('0533-6966123')
  })

  it('names the phone field and says what a valid number looks like', () => {
    expect(errorsOf(unit({ liaisonPhone: '12345' }))).toEqual({
      liaisonPhone: '联络员电话格式不对：请填写11位手机号或带区号的座机号，如 0533-6966123'
    })
  })

  it('asks for the unit name and short name when they are blank', () => {
    const errors = errorsOf({ name: '   ', shortName: '' })
    expect(errors.name).toBe('请填写单位名称')
    expect(errors.shortName).toBe('请填写简称')
  })

  it('fills sensible defaults: active, not lead, ordered after the others', () => {
    const parsed = departmentInput.parse(unit())
    expect(parsed).toMatchObject({ active: true, isLead: false, sortOrder: 100, liaisonName: '' })
  })
})
