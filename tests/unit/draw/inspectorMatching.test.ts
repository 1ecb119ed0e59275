import { describe, expect, it } from 'vitest'
import { hashCounterRandom } from '../../../src-main/draw/hashCounterRandom'
import type { InspectorRecord } from '../../../src-main/draw/inspectorCandidates'
import { inspectorMatching, type MatchingTask, type MatchingVisit } from '../../../src-main/draw/inspectorMatching'

function inspector(id: string, departmentId: string, over: Partial<InspectorRecord> = {}): InspectorRecord {
  return { id, departmentId, kind: '执法人员', status: '在岗', qualifications: [], specialties: [], avoidTargetIds: [], ...over }
}

function staff(departmentId: string, n: number, over: Partial<InspectorRecord> = {}): InspectorRecord[] {
  return Array.from({ length: n }, (_, i) => inspector(`${departmentId}-${String(i).padStart(2, '0')}`, departmentId, over))
}

function visit(id: string, over: Partial<MatchingVisit> = {}): MatchingVisit {
  return { id, targetIds: [id], ...over }
}

const task: MatchingTask = {
  leadDepartmentId: 'scj',
  participatingDepartmentIds: ['scj', 'yjj', 'wjj'],
  departmentNames: { scj: '县市场监管局', yjj: '县应急管理局', wjj: '县卫生健康局' }
}

const random = () => hashCounterRandom(Buffer.alloc(32, 9))

describe('inspector matching', () => {
  it('seats a leader from the lead department and one member from each participating department', () => {
    const outcome = inspectorMatching(task, [visit('t1'), visit('t2')], [...staff('scj', 3), ...staff('yjj', 2), ...staff('wjj', 2)], random())
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    for (const group of outcome.groups) {
      expect(group.members.map((m) => [m.role, m.departmentId])).toEqual([
        ['组长', 'scj'],
        ['组员', 'wjj'],
        ['组员', 'yjj']
      ])
      expect(new Set(group.members.map((m) => m.inspectorId)).size).toBe(3)
    }
  })

  it('puts at least two enforcement officers on every target even when only the lead department takes part', () => {
    const solo = { ...task, participatingDepartmentIds: ['scj'] }
    const outcome = inspectorMatching(solo, [visit('t1')], staff('scj', 4), random())
    expect(outcome.ok && outcome.groups[0].members.map((m) => m.role)).toEqual(['组长', '组员'])
  })

  it('draws only 在岗 inspectors holding the qualification the items need', () => {
    const inspectors = [
      inspector('scj-a', 'scj', { qualifications: ['特种设备安全监察'] }),
      inspector('scj-b', 'scj', { qualifications: ['特种设备安全监察'], status: '请假' }),
      inspector('scj-c', 'scj'),
      inspector('scj-d', 'scj', { qualifications: ['特种设备安全监察'] }),
      inspector('scj-e', 'scj', { qualifications: ['特种设备安全监察'], status: '调离' }),
      inspector('scj-f', 'scj', { qualifications: ['特种设备安全监察'], kind: '辅助人员' })
    ]
    const solo = { ...task, participatingDepartmentIds: ['scj'] }
    const outcome = inspectorMatching(solo, [visit('t1', { qualifications: { scj: ['特种设备安全监察'] } })], inspectors, random())
    expect(outcome.ok && outcome.groups[0].members.map((m) => m.inspectorId).sort()).toEqual(['scj-a', 'scj-d'])
  })

  it('never seats an inspector whose avoidance covers the target', () => {
    const inspectors = [...staff('scj', 3), inspector('yjj-x', 'yjj', { avoidTargetIds: ['t1'] }), inspector('yjj-y', 'yjj')]
    const pair = { ...task, participatingDepartmentIds: ['scj', 'yjj'] }
    for (let s = 0; s < 20; s++) {
      const outcome = inspectorMatching(pair, [visit('t1')], inspectors, hashCounterRandom(Buffer.alloc(32, s)))
      expect(outcome.ok && outcome.groups[0].members.find((m) => m.departmentId === 'yjj')?.inspectorId).toBe('yjj-y')
    }
  })

  it('draws an expert from the expert pool where an item needs one', () => {
    const experts = [
      inspector('zj-1', 'none', { kind: '专家', specialties: ['食品检验'] }),
      inspector('zj-2', 'none', { kind: '专家', specialties: ['电梯'] })
    ]
    const pair = { ...task, participatingDepartmentIds: ['scj'] }
    const outcome = inspectorMatching(pair, [visit('t1', { expertSpecialties: ['电梯'] })], [...staff('scj', 2), ...experts], random())
    expect(outcome.ok && outcome.groups[0].members.at(-1)).toEqual({ inspectorId: 'zj-2', departmentId: 'none', role: '专家', specialty: '电梯' })
  })

  it('gives nobody a second target before every eligible inspector has one', () => {
    const inspectors = [...staff('scj', 5), ...staff('yjj', 4)]
    const pair = { ...task, participatingDepartmentIds: ['scj', 'yjj'] }
    const visits = Array.from({ length: 9 }, (_, i) => visit(`t${i}`))
    for (let s = 0; s < 10; s++) {
      const outcome = inspectorMatching(pair, visits, inspectors, hashCounterRandom(Buffer.alloc(32, s)))
      if (!outcome.ok) throw new Error('unexpected shortfall')
      const scj = inspectors.filter((i) => i.departmentId === 'scj').map((i) => outcome.load[i.id] ?? 0)
      const yjj = inspectors.filter((i) => i.departmentId === 'yjj').map((i) => outcome.load[i.id] ?? 0)
      // 9 leaders over 5 people: loads 2,2,2,2,1; 9 members over 4 people: 3,2,2,2.
      expect(Math.max(...scj) - Math.min(...scj)).toBeLessThanOrEqual(1)
      expect(Math.max(...yjj) - Math.min(...yjj)).toBeLessThanOrEqual(1)
      // And in draw order: the first five targets have five different leaders.
      expect(new Set(outcome.groups.slice(0, 5).map((g) => g.members[0].inspectorId)).size).toBe(5)
    }
  })

  it('is a pure function of its inputs and the seed, whatever order the inputs come in', () => {
    const inspectors = [...staff('scj', 4), ...staff('yjj', 3), ...staff('wjj', 3)]
    const visits = [visit('t2'), visit('t1'), visit('t3')]
    const a = inspectorMatching(task, visits, inspectors, random())
    const b = inspectorMatching(task, [...visits].reverse(), [...inspectors].reverse(), random())
    expect(a).toEqual(b)
  })

  it('names the department and the shortfall before drawing anything', () => {
    const inspectors = [...staff('scj', 3), inspector('yjj-1', 'yjj', { qualifications: ['危化品'] }), ...staff('wjj', 2)]
    let drawn = 0
    const counting = { randInt: (n: number) => (drawn++, n - 1) }
    const demanding = { ...task, membersPerDepartment: { yjj: 2 } }
    const outcome = inspectorMatching(demanding, [visit('t1', { qualifications: { yjj: ['危化品'] } })], inspectors, counting)
    expect(drawn).toBe(0)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.shortfalls).toHaveLength(1)
    expect(outcome.shortfalls[0]).toMatchObject({ departmentId: 'yjj', departmentName: '县应急管理局', needed: 2, available: 1 })
    expect(outcome.shortfalls[0].message).toContain('县应急管理局人员不足')
    expect(outcome.shortfalls[0].message).toContain('“危化品”')
    expect(outcome.shortfalls[0].message).toContain('缺 1 名')
  })

  it('reports a shortfall caused by avoidance, and the expert pool when no expert fits', () => {
    const inspectors = [inspector('scj-1', 'scj'), inspector('scj-2', 'scj', { avoidTargetIds: ['t2'] })]
    const solo = { ...task, participatingDepartmentIds: ['scj'] }
    const outcome = inspectorMatching(solo, [visit('t1'), visit('t2', { expertSpecialties: ['电梯'] })], inspectors, random())
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.shortfalls.map((s) => [s.departmentName, s.visitId, s.needed, s.available])).toEqual([
      ['县市场监管局', 't2', 2, 1],
      ['专家库', 't2', 1, 0]
    ])
  })
})
