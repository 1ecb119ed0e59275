import type { TargetFilter } from '../../../src-shared/domain/targets'
import type { CheckMethod, ChecklistCategory } from '../../../src-shared/domain/enums'
import { defaultPlanTitle } from '../../../src-shared/domain/plans'
import type { checklistItems, meetingDecisions, meetings, planAdjustments, planCoverageNotes, planItems, plans, planSubmissions, specialDirectories } from '../../db/schema'
import { addDays } from './addDays'
import type { DemoDepartmentKey } from './demoDepartments'
import type { DemoIds } from './demoIds'

export interface DemoPlanRows {
  plans: (typeof plans.$inferInsert)[]
  planItems: (typeof planItems.$inferInsert)[]
  planAdjustments: (typeof planAdjustments.$inferInsert)[]
  planCoverageNotes: (typeof planCoverageNotes.$inferInsert)[]
  planSubmissions: (typeof planSubmissions.$inferInsert)[]
}

export interface DemoPlansInput {
  ids: DemoIds
  departmentIds: Record<DemoDepartmentKey, number>
  checklistItems: readonly (typeof checklistItems.$inferInsert)[]
  specialDirectories: readonly (typeof specialDirectories.$inferInsert)[]
  meetings: readonly (typeof meetings.$inferInsert)[]
  decisions: readonly (typeof meetingDecisions.$inferInsert)[]
  countyName: string
  now: string
  today: string
}

interface DemoItem {
  name: string
  lead: DemoDepartmentKey
  with?: DemoDepartmentKey[]
  /** Checklist codes. */
  codes: string[]
  scope: TargetFilter | { directory: string }
  category?: ChecklistCategory
  method: CheckMethod
  months: [number, number]
  ratios?: { A: number; B: number; C: number; D: number }
  count?: number
  notes?: string
}

const usual = { A: 3, B: 4, C: 5, D: 6 }

/** issue 7 §7: the demo county's joint plan, several joint checks and key items among them. */
const demoItems: DemoItem[] = [
  { name: '餐饮服务单位食品安全和消防安全联合检查', lead: '市场监管', with: ['消防救援'], codes: ['SCJG-002', 'XFJY-001'], scope: { directory: '餐饮服务单位名录库' }, category: '重点', method: '实地核查', months: [3, 5], ratios: { A: 5, B: 8, C: 12, D: 15 } },
  { name: '特种设备使用单位安全联合检查', lead: '市场监管', with: ['应急管理'], codes: ['SCJG-004', 'YJGL-002'], scope: { directory: '特种设备使用单位名录库' }, category: '重点', method: '实地核查', months: [4, 6], ratios: { A: 5, B: 8, C: 10, D: 15 } },
  { name: '企业公示信息抽查', lead: '市场监管', codes: ['SCJG-005'], scope: { kind: '企业' }, method: '书面检查', months: [6, 10], ratios: usual },
  { name: '个体工商户登记事项和公共场所卫生联合检查', lead: '市场监管', with: ['卫生健康'], codes: ['SCJG-006', 'WSJK-001'], scope: { kind: '个体工商户' }, method: '实地核查', months: [5, 9], ratios: { A: 1, B: 2, C: 3, D: 5 } },
  { name: '食品销售者经营活动检查', lead: '市场监管', with: ['商务'], codes: ['SCJG-001', 'SW-001'], scope: { tag: '食品经营' }, category: '重点', method: '实地核查', months: [3, 11], ratios: { A: 5, B: 8, C: 10, D: 12 } },
  { name: '学校食堂食品安全联合检查', lead: '教育', with: ['市场监管'], codes: ['JYTY-002', 'SCJG-002'], scope: { tag: '学校食堂' }, category: '重点', method: '实地核查', months: [9, 10], count: 8, notes: '秋季开学后实施' },
  { name: '医疗机构依法执业和消防安全联合检查', lead: '卫生健康', with: ['消防救援', '市场监管'], codes: ['WSJK-002', 'XFJY-001'], scope: { tag: '医疗机构' }, category: '重点', method: '实地核查', months: [7, 8], count: 5 },
  { name: '养老机构服务安全联合检查', lead: '民政', with: ['消防救援', '市场监管'], codes: ['MZ-002', 'XFJY-001'], scope: { industry: '卫生和社会工作' }, category: '重点', method: '实地核查', months: [10, 11], ratios: { A: 10, B: 10, C: 15, D: 20 } },
  { name: '用人单位劳动保障守法情况检查', lead: '人力资源社会保障', with: ['税务'], codes: ['RSJ-001', 'SWJ-001'], scope: { kind: '企业', industry: '制造业' }, method: '书面检查', months: [4, 6], ratios: usual },
  { name: '排污单位排污许可执行情况检查', lead: '生态环境', codes: ['STHJ-001'], scope: { industry: '制造业' }, category: '重点', method: '实地核查', months: [5, 7], ratios: { A: 5, B: 6, C: 8, D: 10 } },
  { name: '城镇燃气经营企业联合检查', lead: '住房城乡建设', with: ['市场监管', '应急管理', '消防救援'], codes: ['ZJ-004', 'SCJG-004'], scope: { industry: '电力、热力、燃气及水生产和供应业' }, category: '重点', method: '实地核查', months: [4, 6], count: 2, notes: '落实联席会议议定事项，“进一次门、查多项事”' },
  { name: '道路运输和机动车维修经营者检查', lead: '交通运输', codes: ['JTYS-001', 'JTYS-002'], scope: { industry: '交通运输、仓储和邮政业' }, method: '实地核查', months: [8, 9], ratios: usual },
  { name: '娱乐场所经营活动和治安管理联合检查', lead: '文化和旅游', with: ['公安'], codes: ['WHLY-001', 'GA-002'], scope: { industry: '文化、体育和娱乐业' }, method: '实地核查', months: [6, 8], ratios: usual },
  { name: '网络交易经营者检查', lead: '市场监管', codes: ['SCJG-012'], scope: { tag: '网络交易' }, method: '网络监测', months: [3, 12], ratios: usual }
]

function monthRange(year: number, [from, to]: [number, number]): { periodStart: string; periodEnd: string } {
  const last = new Date(Date.UTC(year, to, 0)).getUTCDate()
  return { periodStart: `${year}-${String(from).padStart(2, '0')}-01`, periodEnd: `${year}-${String(to).padStart(2, '0')}-${last}` }
}

/**
 * The demo county's plans: this year's, published after the plenary that reviewed it, filed upward,
 * then adjusted twice (one item added after a decision of the plenary, one item cancelled); next
 * year's in 草拟 with a few items, for the November screen.
 */
export function buildDemoPlans(input: DemoPlansInput): DemoPlanRows {
  const { ids, departmentIds, now, today } = input
  const year = Number(today.slice(0, 4))
  const rows: DemoPlanRows = { plans: [], planItems: [], planAdjustments: [], planCoverageNotes: [], planSubmissions: [] }
  const code = (c: string) => {
    const found = input.checklistItems.find((i) => i.code === c)
    if (!found) throw new Error(`demo checklist item ${c} is missing`)
    return found.id as number
  }
  const directory = (name: string) => input.specialDirectories.find((d) => d.name === name)?.id as number
  const plenary = input.meetings.find((m) => m.kind === '全体会议')!
  const gasDecision = input.decisions.find((d) => d.meetingId === plenary.id && d.sortOrder === 3)
  const published = addDays(plenary.date, 3)

  const addItems = (planId: number, itemYear: number, items: DemoItem[], addedBy: number | null = null, firstSeq = 1) =>
    items.map((item, i) => {
      const id = ids('plan_items')
      rows.planItems.push({
        id,
        planId,
        seq: firstSeq + i,
        name: item.name,
        leadDepartmentId: departmentIds[item.lead],
        participatingDepartmentIds: (item.with ?? []).map((k) => departmentIds[k]),
        checklistItemIds: item.codes.map(code),
        targetScope: 'directory' in item.scope ? { specialDirectoryId: directory(item.scope.directory) } : item.scope,
        ratios: item.ratios ?? usual,
        fixedCount: item.count ?? null,
        addedByAdjustmentId: addedBy,
        category: item.category ?? '一般',
        method: item.method,
        ...monthRange(itemYear, item.months),
        notes: item.notes ?? '',
        isDemo: true
      })
      return id
    })

  const planId = ids('plans')
  rows.plans.push({
    id: planId,
    year,
    version: 3,
    title: defaultPlanTitle(input.countyName, year),
    status: '已报备',
    publishedAt: published,
    filedDate: addDays(published, 2),
    filedOffice: '市市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
    meetingLinkKind: 'meeting',
    meetingLinkId: plenary.id as number,
    isDemo: true,
    createdAt: now,
    updatedAt: now
  })
  const itemIds = addItems(planId, year, demoItems)

  // Adjustment 1 (增加): a pharmacy check asked for after complaints, approved at the plenary.
  const addedId = ids('plan_adjustments')
  const [pharmacyItem] = addItems(
    planId,
    year,
    [{ name: '药品零售企业经营行为检查', lead: '市场监管', codes: ['SCJG-014'], scope: { industry: '批发和零售业', tag: '投诉较多' }, category: '重点', method: '实地核查', months: [6, 7], count: 3 }],
    addedId,
    demoItems.length + 1
  )
  rows.planAdjustments.push({
    id: addedId,
    planId,
    planItemId: pharmacyItem,
    kind: '增加',
    reason: '群众对部分药店超范围经营的投诉增多，需增加药品零售企业专项抽查',
    date: addDays(published, 4),
    changes: { name: [null, '药品零售企业经营行为检查'] },
    published: true,
    publishedAt: addDays(published, 4),
    linkKind: gasDecision ? 'decision' : null,
    linkId: (gasDecision?.id as number | undefined) ?? null,
    operator: '联席办',
    isDemo: true
  })
  // Adjustment 2 (取消): the transport check is covered by the province's own campaign this year.
  rows.planAdjustments.push({
    id: ids('plan_adjustments'),
    planId,
    planItemId: itemIds[11],
    kind: '取消',
    reason: '省交通运输厅统一部署道路运输领域专项检查，已覆盖本项抽查内容，为避免重复检查予以取消',
    date: addDays(published, 8),
    changes: {},
    published: true,
    publishedAt: addDays(published, 8),
    linkKind: null,
    linkId: null,
    operator: '联席办',
    isDemo: true
  })
  // 004 §(十三): the items no joint check covers carry the reason the office typed; the two the
  // cancelled transport check leaves uncovered are still waiting for one.
  const covered = new Set([...demoItems.filter((_, i) => i !== 11).flatMap((i) => i.codes), 'SCJG-014'])
  for (const entry of input.checklistItems) {
    if (covered.has(entry.code) || entry.code.startsWith('JTYS-')) continue
    rows.planCoverageNotes.push({
      id: ids('plan_coverage_notes'),
      planId,
      checklistCode: entry.code,
      reason: entry.code.startsWith('TJ-')
        ? '由统计部门按国家统计执法检查计划实施，不纳入本县联合抽查'
        : '由本部门结合日常监管单独组织“双随机”抽查，本年度无需联合实施',
      isDemo: true,
      updatedAt: now
    })
  }

  // Next year's plan: a draft with the first units' items in.
  const draftId = ids('plans')
  rows.plans.push({ id: draftId, year: year + 1, version: 1, title: defaultPlanTitle(input.countyName, year + 1), status: '草拟', isDemo: true, createdAt: now, updatedAt: now })
  addItems(draftId, year + 1, [demoItems[0], demoItems[2], demoItems[5]])
  // issue 7 §3: the units leading those items sent their forms; one form came back for rework.
  const submission = (lead: DemoDepartmentKey, status: '已报送' | '已退回', daysAgo: number, reason = '') =>
    rows.planSubmissions.push({ year: year + 1, departmentId: departmentIds[lead], status, submittedAt: addDays(today, -daysAgo), reason, isDemo: true, updatedAt: now })
  submission('市场监管', '已报送', 6)
  submission('教育', '已报送', 3)
  submission('消防救援', '已退回', 4, '消防安全检查事项未纳入任何任务，也没有写明原因：请补充后重新报送')
  return rows
}
