import { localDate } from '../../../src-shared/domain/localDate'
import type { checklistItems, departments, inspectors } from '../../db/schema'
import { buildDemoInspectors } from './buildDemoInspectors'
import { buildDemoMeetings, type DemoMeetingRows } from './buildDemoMeetings'
import { buildDemoPlans, type DemoPlanRows } from './buildDemoPlans'
import { buildDemoTargets, type DemoTargetRows } from './buildDemoTargets'
import { demoChecklistItems } from './demoChecklist'
import { demoCodes } from './demoCodes'
import { demoDepartments, type DemoDepartmentKey } from './demoDepartments'
import type { DemoIds } from './demoIds'
import { demoPeople } from './demoPeople'
import { demoRandom } from './demoRandom'

/** Fixed, so every demo county has the same units, names and codes; only dates follow `now`. */
const demoSeed = 0x5eed_2026

export interface DemoCountyRows extends DemoTargetRows, DemoMeetingRows, DemoPlanRows {
  departments: (typeof departments.$inferInsert)[]
  checklistItems: (typeof checklistItems.$inferInsert)[]
  inspectors: (typeof inspectors.$inferInsert)[]
}

export interface DemoCountyInput {
  now: Date
  ids: DemoIds
  /** 会议纪要编号前缀 from the office settings. */
  minutesPrefix: string
  /** 县（区）名称 from the office settings, for the plan titles. */
  countyName?: string
}

/** Every row of the demo county, ids included, built in memory: the same input gives the same rows. */
export function buildDemoCounty({ now: at, ids, minutesPrefix, countyName = '示范县' }: DemoCountyInput): DemoCountyRows {
  const now = at.toISOString()
  const today = localDate(at)
  const year = Number(today.slice(0, 4))
  const random = demoRandom(demoSeed)
  const people = demoPeople(random)

  const departmentIds = {} as Record<DemoDepartmentKey, number>
  const departmentRows = demoDepartments.map((department, i) => {
    const id = ids('departments')
    departmentIds[department.key] = id
    return {
      id,
      name: department.name,
      shortName: department.shortName,
      isLead: department.isLead,
      leaderName: department.leaderName,
      leaderPost: department.leaderPost,
      leaderPhone: people.mobile(),
      liaisonName: department.liaisonName,
      liaisonPost: department.liaisonPost,
      // Liaison officers are reached at their desk as often as on their mobile.
      liaisonPhone: i % 3 === 0 ? people.landline() : people.mobile(),
      sortOrder: (i + 1) * 10,
      active: true,
      isDemo: true,
      createdAt: now,
      updatedAt: now
    }
  })

  const codeCounters = new Map<string, number>()
  const checklistRows = demoChecklistItems.map((item) => {
    const department = demoDepartments.find((d) => d.key === item.department)!
    const n = (codeCounters.get(department.codePrefix) ?? 0) + 1
    codeCounters.set(department.codePrefix, n)
    return {
      id: ids('checklist_items'),
      rootId: null,
      version: 1,
      code: `${department.codePrefix}-${String(n).padStart(3, '0')}`,
      departmentId: departmentIds[item.department],
      name: item.name,
      category: item.category,
      targetType: item.targetType,
      methods: item.methods,
      basis: item.basis,
      content: item.content,
      qualification: item.qualification,
      jointDepartmentIds: (item.joint ?? []).map((key) => departmentIds[key]),
      validFrom: `${year}-01-01`,
      validTo: null,
      isDemo: true,
      createdAt: now,
      updatedAt: now
    }
  })

  const targetRows = buildDemoTargets({ random, people, codes: demoCodes(random), ids, departmentIds, now, today })
  const inspectorRows = buildDemoInspectors({ random, people, ids, departmentIds, targets: targetRows.targets, now, today })
  const meetingRows = buildDemoMeetings({ ids, departmentIds, now, today, minutesPrefix })
  // issue 7: the year's published and adjusted plan, next year's draft.
  const planRows = buildDemoPlans({
    ids,
    departmentIds,
    checklistItems: checklistRows,
    specialDirectories: targetRows.specialDirectories,
    meetings: meetingRows.meetings,
    decisions: meetingRows.decisions,
    countyName,
    now,
    today
  })
  return { departments: departmentRows, checklistItems: checklistRows, ...targetRows, inspectors: inspectorRows, ...meetingRows, ...planRows }
}
