import { describe, expect, it } from 'vitest'
import type { InspectionGroup } from '../../../src-shared/domain/draw'
import type { InspectorRecord } from '../../../src-main/draw/inspectorCandidates'
import type { MatchingTask, MatchingVisit } from '../../../src-main/draw/inspectorMatching'
import { replaceInspector, type ReplaceInspectorInput } from '../../../src-main/draw/replaceInspector'
import { verifyProof } from '../../../src-main/draw/verifyProof'

function inspector(id: string, departmentId: string, over: Partial<InspectorRecord> = {}): InspectorRecord {
  return { id, departmentId, kind: '执法人员', status: '在岗', qualifications: [], specialties: [], avoidTargetIds: [], ...over }
}

const task: MatchingTask = {
  leadDepartmentId: 'scj',
  participatingDepartmentIds: ['scj', 'yjj'],
  departmentNames: { scj: '县市场监管局', yjj: '县应急管理局' }
}
const visit: MatchingVisit = { id: 't1', targetIds: ['t1'] }
const group: InspectionGroup = {
  visitId: 't1',
  members: [
    { inspectorId: 'scj-1', departmentId: 'scj', role: '组长' },
    { inspectorId: 'yjj-1', departmentId: 'yjj', role: '组员' }
  ]
}
const inspectors = [
  inspector('scj-1', 'scj'),
  inspector('scj-2', 'scj'),
  inspector('scj-3', 'scj', { status: '请假' }),
  inspector('scj-4', 'scj', { avoidTargetIds: ['t1'] }),
  inspector('scj-5', 'scj'),
  inspector('yjj-1', 'yjj')
]

function input(over: Partial<ReplaceInspectorInput> = {}): ReplaceInspectorInput {
  return { task, visit, group, inspectors, replacedId: 'scj-1', reason: { kind: '工作冲突' }, secretHex: '3c'.repeat(32), entropy: '12 7', ...over }
}

describe('replacing an inspector', () => {
  it('draws the replacement from the same department’s remaining eligible inspectors and keeps the seat’s role', () => {
    const outcome = replaceInspector(input())
    expect(['scj-2', 'scj-5']).toContain(outcome.replacement.inspectorId)
    expect(outcome.replacement.role).toBe('组长')
    expect(outcome.group.members[0]).toEqual(outcome.replacement)
    expect(outcome.replaced).toEqual(group.members[0])
    // The pool excludes the replaced inspector, the one on leave and the one who must avoid t1.
    expect(outcome.proof.pool).toEqual(['scj-2', 'scj-5'])
    expect(outcome.proof.parameters).toMatchObject({ count: 1, purpose: 'replacement', replacedId: 'scj-1', reason: '工作冲突' })
  })

  it('leaves the original group untouched for the history', () => {
    const before = JSON.stringify(group)
    replaceInspector(input())
    expect(JSON.stringify(group)).toBe(before)
  })

  it('publishes a proof that verifies like any other draw', () => {
    expect(verifyProof(replaceInspector(input()).proof)).toEqual({ ok: true })
  })

  it('prefers the least loaded candidates', () => {
    const outcome = replaceInspector(input({ load: { 'scj-2': 2, 'scj-5': 1 } }))
    expect(outcome.replacement.inspectorId).toBe('scj-5')
    expect(outcome.proof.pool).toEqual(['scj-5'])
  })

  it('accepts only the listed reasons, and 其他 only with a written reason', () => {
    for (const kind of ['岗位调整', '工作冲突', '身体健康', '回避'] as const) {
      expect(replaceInspector(input({ reason: { kind } })).reason.kind).toBe(kind)
    }
    expect(() => replaceInspector(input({ reason: { kind: '其他' } }))).toThrow('须写明具体原因')
    expect(() => replaceInspector(input({ reason: { kind: '其他', text: '  ' } }))).toThrow('须写明具体原因')
    expect(replaceInspector(input({ reason: { kind: '其他', text: ' 借调外地 ' } })).reason).toEqual({ kind: '其他', text: '借调外地' })
    expect(() => replaceInspector(input({ reason: { kind: '想换' as never } }))).toThrow('更换理由须为')
  })

  it('says which department has nobody left to draw', () => {
    expect(() => replaceInspector(input({ replacedId: 'yjj-1' }))).toThrow('县应急管理局没有可替换的人员')
    expect(() => replaceInspector(input({ replacedId: 'nobody' }))).toThrow('不在检查对象 t1 的检查组中')
  })
})
