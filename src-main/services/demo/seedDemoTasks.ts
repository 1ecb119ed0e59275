import { contract, type Channel, type ChannelInput, type ChannelOutput } from '@shared/contract'
import { localDate } from '@shared/domain/localDate'
import type { TaskDto } from '@shared/domain/tasks'
import type { Store } from '../../db/openStore'
import { handlers } from '../handlers'
import type { ServiceContext } from '../serviceContext'
import { readOperator } from '../settingsService'
import { addDays } from './addDays'
import { demoRandom } from './demoRandom'

/** Fixed, so every demo county draws the same targets and inspectors; only dates follow `now`. */
const drawSeed = 0xd2a0_2026
const dayMs = 86_400_000

const witnesses = [
  { name: '王立新', unit: '县纪委监委驻县市场监管局纪检监察组' },
  { name: '刘芳', unit: '县人大代表' }
]

export interface DemoTaskIds {
  /** 实施中: the joint catering check of three units, notices issued. */
  joint: number
  /** 已匹配人员: the 临时抽查 whose visit the joint task joined. */
  adHoc: number
  /** 已抽取对象: targets drawn and locked, inspectors not yet drawn. */
  drawn: number
  /** 草拟: its 实施方案 being drafted. */
  draft: number
}

/**
 * issue 8 §8: the demo county's joint tasks, made by the real services (tasks:create, draw:commit,
 * draw:run, draw:lock, visits:merge, visits:decide, draw:commitInspectors, draw:runInspectors,
 * tasks:scheduleRoute, notices:issue, tasks:savePlan, tasks:planStep) inside the seeding transaction, so every draw is a
 * real one with its commitment and proof. The draw secrets come from a fixed generator: the same
 * `now` gives the same county. A task is marked is_demo right after it is created; every row the
 * services hang on it (draws, targets, visits, groups, notices, approvals) inherits the mark.
 * No audit rows: the seed's one 'demo:seed' row stands for them.
 */
export function seedDemoTasks(store: Store, now: Date): DemoTaskIds {
  const random = demoRandom(drawSeed)
  const randomBytes = (length: number) => Uint8Array.from({ length }, () => random.int(256))
  const today = localDate(now)
  const year = Number(today.slice(0, 4))
  const yearStart = new Date(`${year}-01-01T09:00:00`).getTime()
  /** The context of a call made `daysAgo` days before `now` (never before 1 January of the year). */
  const ctxAt = (daysAgo: number): ServiceContext => {
    const at = new Date(Math.max(now.getTime() - daysAgo * dayMs, yearStart))
    return {
      store,
      clock: () => at,
      dataDir: '',
      resourcesDir: '',
      randomBytes,
      db: store.db,
      sqlite: store.sqlite,
      now: at.toISOString(),
      today: localDate(at),
      operator: readOperator(store.db),
      auditDetail: () => {},
      transaction: (fn) => fn()
    }
  }
  const call = <C extends Channel>(daysAgo: number, channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
    const handler = handlers[channel] as { tx?: (ctx: ServiceContext, input: unknown) => ChannelOutput<C> }
    if (!handler.tx) throw new Error(`${channel} cannot run inside the demo seed`)
    return handler.tx(ctxAt(daysAgo), contract[channel].input.parse(input))
  }
  const { sqlite } = store
  const period = (fromDays: number, toDays: number) => {
    const clamp = (date: string) => (date < `${year}-01-01` ? `${year}-01-01` : date > `${year}-12-31` ? `${year}-12-31` : date)
    return { periodStart: clamp(addDays(today, fromDays)), periodEnd: clamp(addDays(today, toDays)) }
  }
  const unit = (shortName: string) => (sqlite.prepare('SELECT id FROM departments WHERE short_name = ?').get(shortName) as { id: number }).id
  const item = (code: string) => (sqlite.prepare('SELECT id FROM checklist_items WHERE code = ?').get(code) as { id: number }).id
  const planItem = (name: string) =>
    sqlite.prepare('SELECT p.id FROM plan_items p JOIN plans l ON l.id = p.plan_id WHERE p.name = ? AND l.year = ?').get(name, year) as { id: number }
  const create = (daysAgo: number, input: ChannelInput<'tasks:create'>): TaskDto => {
    const task = call(daysAgo, 'tasks:create', input)
    sqlite.prepare('UPDATE tasks SET is_demo = 1 WHERE id = ?').run(task.id)
    return task
  }
  const drawTargets = (daysAgo: number, input: ChannelInput<'draw:commit'>, entropy: string) => {
    const commitment = call(daysAgo, 'draw:commit', input)
    call(daysAgo, 'draw:run', { commitmentId: commitment.id, witnesses, entropy })
    call(daysAgo, 'draw:lock', { taskId: input.taskId })
  }
  const drawInspectors = (daysAgo: number, taskId: number, entropy: string) => {
    const commitment = call(daysAgo, 'draw:commitInspectors', { taskId })
    call(daysAgo, 'draw:runInspectors', { commitmentId: commitment.id, witnesses, entropy })
  }
  const defaults = (taskId: number) => call(0, 'draw:defaults', { taskId }).classes

  // 1. The joint check of three units from the plan's catering item, with the 商务局 checking
  // prepaid cards: 实施方案 approved, targets drawn and locked, one target 注销 found in 预查.
  const cateringItem = planItem('餐饮服务单位食品安全和消防安全联合检查')
  const joint = create(12, {
    name: `${year}年餐饮服务单位食品安全、消防安全和预付卡经营联合抽查`,
    planItemId: cateringItem.id,
    leadDepartmentId: unit('市场监管局'),
    participatingDepartmentIds: [unit('消防大队'), unit('商务局')],
    checklistItemIds: [item('SCJG-002'), item('XFJY-001'), item('SW-001')],
    ...period(-2, 28)
  })
  const jointPeriod = period(-2, 28)
  call(11, 'tasks:savePlan', {
    taskId: joint.id,
    scope: '纳入本县餐饮服务单位名录库的餐饮服务提供者，按信用风险分类确定抽取比例',
    content: '餐饮服务提供者食品安全管理制度、从业人员健康管理、原料进货查验、加工制作过程；消防设施器材、疏散通道和安全出口；单用途商业预付卡发卡备案和资金管理',
    drawDate: addDays(today, -7),
    noticeDate: addDays(today, -2),
    resultsDue: addDays(jointPeriod.periodEnd, 15),
    requirements: '检查人员应出示执法证件，一次进门完成三个部门的检查事项；检查结果于结束后20个工作日内录入并公示。'
  })
  const plenary = sqlite.prepare("SELECT id FROM meetings WHERE kind = '全体会议' AND is_demo = 1").get() as { id: number } | undefined
  call(11, 'tasks:planStep', { taskId: joint.id, step: '拟稿', name: '张明', date: addDays(today, -11) })
  call(10, 'tasks:planStep', { taskId: joint.id, step: '审核', name: '李红梅', date: addDays(today, -10) })
  call(9, 'tasks:planStep', { taskId: joint.id, step: '批准', name: '赵国强', date: addDays(today, -9), meetingId: plenary?.id ?? null })
  drawTargets(7, { taskId: joint.id, classes: defaults(joint.id) }, '07 12 25 31 33 06')

  // 2. A 临时抽查 (004 §(十五)) after complaints: every high-risk catering unit of one town, among
  // them one the joint task drew, so the two tasks go through one door (004 §(二十)).
  const jointTargets = sqlite
    .prepare(
      `SELECT t.id, t.town, t.risk_class AS riskClass FROM task_targets tt JOIN targets t ON t.id = tt.target_id
        WHERE tt.task_id = ? ORDER BY CASE t.risk_class WHEN 'D' THEN 0 WHEN 'C' THEN 1 ELSE 2 END, t.id`
    )
    .all(joint.id) as { id: number; town: string; riskClass: string }[]
  const shared = jointTargets[0]
  const catering = (sqlite.prepare("SELECT id FROM special_directories WHERE name = '餐饮服务单位名录库'").get() as { id: number }).id
  const adHoc = create(6, {
    name: `${shared.town}${shared.riskClass}类餐饮服务单位明码标价专项抽查`,
    planItemId: null,
    adHocReason: `12315平台近期集中收到反映${shared.town}餐饮服务单位菜品未明码标价、收费不透明的投诉举报，经局务会研究，对该区域信用风险${shared.riskClass}类餐饮服务单位开展临时抽查`,
    leadDepartmentId: unit('市场监管局'),
    participatingDepartmentIds: [],
    checklistItemIds: [item('SCJG-013')],
    ...period(0, 20)
  })
  const filter = { specialDirectoryId: catering, town: shared.town, riskClass: shared.riskClass as 'A' | 'B' | 'C' | 'D' }
  const preview = call(6, 'draw:preview', { taskId: adHoc.id, classes: [{ name: '被投诉区域餐饮服务单位', filter, mode: 'count', count: 1 }], targeted: true })
  drawTargets(6, { taskId: adHoc.id, classes: [{ name: '被投诉区域餐饮服务单位', filter, mode: 'count', count: preview.poolSize }], targeted: true }, '19 04 27')
  // The whole pool is drawn, so the shared unit is in it; the guard only keeps a first run from failing.
  if (sqlite.prepare('SELECT 1 FROM task_targets WHERE task_id = ? AND target_id = ?').get(adHoc.id, shared.id)) {
    call(5, 'visits:merge', { taskId: joint.id, targetId: shared.id, otherTaskId: adHoc.id })
  }

  // 预查比对 (004 §(二十八)1): one drawn unit was deregistered after the draw (004 §(三十)).
  const gone = jointTargets[jointTargets.length - 1]
  const goneOn = addDays(today, -6)
  call(5, 'directory:changeTargetStatus', { id: gone.id, status: '注销', date: goneOn, reason: '申请注销登记' })
  sqlite.prepare('UPDATE target_status_history SET is_demo = 1 WHERE target_id = ?').run(gone.id)
  call(4, 'visits:decide', { taskId: joint.id, targetId: gone.id, decision: '注销/吊销', note: `经国家企业信用信息公示系统查询，该单位已于${goneOn}注销登记` })
  drawInspectors(4, joint.id, '28 03 15')
  drawInspectors(3, adHoc.id, '11 30 08')
  // 路线图、时间表 (002 §三): the visits on working days of the window, four a day per group.
  call(3, 'tasks:scheduleRoute', { taskId: joint.id, perDay: 4 })
  call(2, 'notices:issue', { taskId: joint.id })

  // 3. Targets drawn and locked; inspectors still to be drawn.
  const equipment = create(3, {
    name: `${year}年特种设备使用单位安全联合抽查`,
    planItemId: planItem('特种设备使用单位安全联合检查').id,
    leadDepartmentId: unit('市场监管局'),
    participatingDepartmentIds: [unit('应急局')],
    checklistItemIds: [item('SCJG-004'), item('YJGL-002')],
    ...period(10, 50)
  })
  drawTargets(1, { taskId: equipment.id, classes: defaults(equipment.id) }, '05 21 14')

  // 4. 草拟: created from the plan, its 实施方案 being written.
  const schools = create(1, {
    name: `${year}年学校食堂食品安全联合抽查`,
    planItemId: planItem('学校食堂食品安全联合检查').id,
    leadDepartmentId: unit('教体局'),
    participatingDepartmentIds: [unit('市场监管局')],
    checklistItemIds: [item('JYTY-002'), item('SCJG-002')],
    ...period(20, 60)
  })
  call(0, 'tasks:savePlan', {
    taskId: schools.id,
    scope: '全县中小学校、幼儿园食堂',
    content: '食堂食品安全管理制度落实、从业人员健康证明、食材采购查验和留样、餐用具清洗消毒',
    requirements: ''
  })
  return { joint: joint.id, adHoc: adHoc.id, drawn: equipment.id, draft: schools.id }
}
