import type { RegistrationStatus, RiskClass, TargetKind, TargetScale } from '../../../src-shared/domain/enums'
import type { specialDirectories, specialDirectoryMembers, targetDepartments, targets, targetStatusHistory } from '../../db/schema'
import { addDays } from './addDays'
import type { DemoCodes } from './demoCodes'
import type { DemoDepartmentKey } from './demoDepartments'
import type { DemoIds } from './demoIds'
import type { DemoPeople } from './demoPeople'
import type { DemoRandom } from './demoRandom'
import { demoBrandWords, demoCooperativeTrades, demoInstitutions, demoRoads, demoTowns, demoTrades, demoVillages, type DemoTrade } from './demoTrades'

export const demoTargetCount = 5000
const companyCount = 2700
const cooperativeCount = 150
/** Individual businesses registered before 2016 that still carry only a 15-digit 注册号. */
const registrationNumberOnlyCount = 75

/** 信用风险分类 shares (seeds/003 §(五)): most entities low or ordinary risk. */
const riskShares: Record<RiskClass, number> = { A: 30, B: 50, C: 15, D: 5 }
/** 经营异常名录 and 严重违法失信 concentrate in the higher risk classes. */
const abnormalChance: Record<RiskClass, number> = { A: 0, B: 0.006, C: 0.05, D: 0.2 }
const seriousViolationChance: Record<RiskClass, number> = { A: 0, B: 0, C: 0, D: 0.06 }
const companyScales: Record<TargetScale, number> = { 大型: 1, 中型: 6, 小型: 28, 微型: 65 }

export interface DemoTargetRows {
  targets: (typeof targets.$inferInsert)[]
  statusHistory: (typeof targetStatusHistory.$inferInsert)[]
  targetDepartments: (typeof targetDepartments.$inferInsert)[]
  specialDirectories: (typeof specialDirectories.$inferInsert)[]
  specialDirectoryMembers: (typeof specialDirectoryMembers.$inferInsert)[]
}

export interface DemoTargetsInput {
  random: DemoRandom
  people: DemoPeople
  codes: DemoCodes
  ids: DemoIds
  departmentIds: Record<DemoDepartmentKey, number>
  now: string
  today: string
}

interface Draft {
  kind: TargetKind
  name: string
  uscc: string | null
  regNo: string | null
  town: string
  industry: string
  scale: TargetScale | null
  departments: DemoDepartmentKey[]
  tags: string[]
  catering: boolean
  specialEquipment: boolean
  fireKey: boolean
}

/**
 * The target directory of the demo county: 5,000 market entities and institutions with valid
 * codes, responsible departments (seeds/001 三(二)2), credit risk classes (seeds/003 §(五)) and
 * three special directories (seeds/004 §(十) 分类专项名录库).
 */
export function buildDemoTargets(input: DemoTargetsInput): DemoTargetRows {
  const { random, people, codes, ids, departmentIds, now, today } = input
  const names = new Set<string>()
  const townWeights = Object.fromEntries(demoTowns.map((t) => [t.name, t.weight])) as Record<string, number>
  const pickTown = () => random.weighted(townWeights)
  const tradeWeights = (filter: (t: DemoTrade) => boolean) =>
    Object.fromEntries(demoTrades.map((t, i) => [String(i), filter(t) ? t.weight : 0])) as Record<string, number>
  const companyTrades = tradeWeights((t) => t.company !== undefined)
  const shopTrades = tradeWeights((t) => t.shop !== undefined)
  const shortTown = (town: string) => town.replace(/(街道|镇)$/, '')

  // `make` gets the attempt number, so a crowded trade can widen the name (town, longer 字号).
  const uniqueName = (make: (attempt: number) => string): string => {
    for (let attempt = 0; ; attempt++) {
      const name = make(attempt)
      if (!names.has(name)) {
        names.add(name)
        return name
      }
    }
  }

  const drafts: Draft[] = []
  for (let i = 0; i < companyCount; i++) {
    const trade = demoTrades[Number(random.weighted(companyTrades))]
    const scale = random.weighted(companyScales)
    const big = scale === '大型' || scale === '中型'
    const suffix = big && random.chance(0.3) ? '股份有限公司' : random.chance(0.15) ? '有限责任公司' : '有限公司'
    drafts.push({
      kind: '企业',
      // Prefix + trade + suffix (seeds/003 名称 as on a licence): 示范县鑫源商贸有限公司.
      name: uniqueName((attempt) =>
        attempt < 8
          ? `示范县${random.pick(demoBrandWords)}${trade.company}${suffix}`
          : `示范县${shortTown(random.pick(demoTowns).name)}${random.pick(demoBrandWords)}${trade.company}${suffix}`
      ),
      uscc: codes.uscc('91'),
      regNo: null,
      town: pickTown(),
      industry: trade.industry,
      scale,
      departments: tradeDepartments(trade, big, random),
      tags: trade.tags.slice(),
      catering: trade.catering === true,
      specialEquipment: random.chance((trade.specialEquipment ?? 0) * (scale === '微型' ? 0.4 : 1)),
      fireKey: random.chance((trade.fireKey ?? 0) * (big ? 1.5 : 1)) || scale === '大型'
    })
  }

  const shopCount = demoTargetCount - companyCount - cooperativeCount - institutionCount()
  for (let i = 0; i < shopCount; i++) {
    const trade = demoTrades[Number(random.weighted(shopTrades))]
    const town = pickTown()
    const oldRegistration = i < registrationNumberOnlyCount
    drafts.push({
      kind: '个体工商户',
      name: uniqueName((attempt) =>
        attempt > 8 || random.chance(0.3)
          ? `示范县${shortTown(town)}${random.pick(demoBrandWords)}${trade.shop}`
          : `示范县${random.pick(demoBrandWords)}${trade.shop}`
      ),
      uscc: oldRegistration ? null : codes.uscc('92'),
      regNo: oldRegistration ? codes.registrationNumber() : null,
      town,
      industry: trade.industry,
      scale: null,
      departments: tradeDepartments(trade, false, random),
      tags: trade.tags.slice(),
      catering: trade.catering === true,
      specialEquipment: random.chance((trade.specialEquipment ?? 0) * 0.2),
      fireKey: random.chance((trade.fireKey ?? 0) * 0.5)
    })
  }

  for (let i = 0; i < cooperativeCount; i++) {
    const trade = random.pick(demoCooperativeTrades)
    const town = demoTowns.filter((t) => !t.street)[i % 7].name
    drafts.push({
      kind: '农民专业合作社',
      name: uniqueName(() => `示范县${town}${random.pick(demoBrandWords)}${trade.word}专业合作社`),
      uscc: codes.uscc('93'),
      regNo: null,
      town,
      industry: '农、林、牧、渔业',
      scale: random.chance(0.2) ? '小型' : '微型',
      departments: ['市场监管', '农业农村'],
      tags: trade.tags.slice(),
      catering: false,
      specialEquipment: false,
      fireKey: false
    })
  }

  for (const institution of demoInstitutions) {
    const towns = institution.perTown ? demoTowns.map((t) => t.name) : [random.pick(demoTowns.filter((t) => t.street)).name]
    for (const town of towns) {
      const hospitalOrSchool = institution.tags.includes('医疗机构') || institution.tags.includes('学校食堂')
      drafts.push({
        kind: institution.kind,
        name: uniqueName(() => (institution.perTown ? `示范县${town}${institution.name}` : `示范县${institution.name}`)),
        uscc: codes.uscc(institution.code),
        regNo: null,
        town,
        industry: institution.industry,
        scale: null,
        departments: institution.departments.slice(),
        tags: institution.tags.slice(),
        catering: false,
        specialEquipment: institution.tags.includes('医疗机构') || (hospitalOrSchool && random.chance(0.3)),
        fireKey: hospitalOrSchool || institution.tags.includes('人员密集场所') || institution.tags.includes('养老机构')
      })
    }
  }

  // Shuffle so ids do not group by kind, as in a directory built from several imports.
  const ordered = random.sample(drafts, drafts.length)
  const rows: DemoTargetRows = { targets: [], statusHistory: [], targetDepartments: [], specialDirectories: [], specialDirectoryMembers: [] }
  const directory = (name: string, department: DemoDepartmentKey, criteria: string) => {
    const id = ids('special_directories')
    rows.specialDirectories.push({ id, name, departmentId: departmentIds[department], targetKind: null, criteria, isDemo: true, createdAt: now, updatedAt: now })
    return id
  }
  // seeds/004 §(十): 餐饮服务单位名录库、特种设备使用单位名录库 …
  const cateringId = directory('餐饮服务单位名录库', '市场监管', '取得食品经营许可、从事餐饮服务的企业和个体工商户（含单位食堂以外的各类餐饮服务提供者）。')
  const equipmentId = directory('特种设备使用单位名录库', '市场监管', '使用锅炉、压力容器（含气瓶）、压力管道、电梯、起重机械、场（厂）内专用机动车辆等特种设备并已办理使用登记的单位。')
  const fireId = directory('消防安全重点单位名录库', '消防救援', '人员密集场所、易燃易爆单位、医院、学校、养老机构等依法界定的消防安全重点单位。')

  for (const draft of ordered) {
    const id = ids('targets')
    const risk = random.weighted(riskShares)
    const status = registrationStatus(draft.kind, risk, random)
    const complaints = risk === 'A' ? 0 : random.chance(risk === 'B' ? 0.06 : 0.3) ? random.between(1, risk === 'D' ? 8 : 3) : 0
    const tags = draft.tags.slice()
    if (draft.specialEquipment) tags.push('特种设备使用')
    if (draft.fireKey) tags.push('消防安全重点单位')
    if (draft.scale === '大型' || draft.scale === '中型') tags.push('规模以上企业')
    if (complaints >= 3) tags.push('投诉较多')
    const statusDate = status === '存续' ? null : addDays(today, -random.between(15, 720))
    rows.targets.push({
      id,
      kind: draft.kind,
      name: draft.name,
      uscc: draft.uscc,
      regNo: draft.regNo,
      legalRep: people.name(),
      address: address(draft.town, draft.industry, random),
      phone: random.chance(0.6) ? people.mobile() : random.chance(0.6) ? people.landline() : '',
      town: draft.town,
      industry: draft.industry,
      scale: draft.scale,
      status,
      statusDate,
      riskClass: risk,
      // 经营异常名录 and 严重违法失信名单 hold market entities only.
      abnormal: marketEntity(draft.kind) && random.chance(abnormalChance[risk]),
      seriousViolation: marketEntity(draft.kind) && random.chance(seriousViolationChance[risk]),
      complaintCount: complaints,
      tags,
      isDemo: true,
      createdAt: now,
      updatedAt: now
    })
    if (statusDate) {
      rows.statusHistory.push({
        id: ids('target_status_history'),
        targetId: id,
        fromStatus: '存续',
        toStatus: status,
        date: statusDate,
        reason: statusReasons[status],
        at: now,
        isDemo: true
      })
    }
    const departments = new Set(draft.departments)
    if (draft.specialEquipment) departments.add('市场监管')
    if (draft.fireKey) departments.add('消防救援')
    if (draft.scale === '大型' || draft.scale === '中型') departments.add('统计')
    for (const key of departments) rows.targetDepartments.push({ targetId: id, departmentId: departmentIds[key], isDemo: true })

    // Only entities still in business are listed in the special directories.
    if (status !== '存续') continue
    const member = (directoryId: number) => rows.specialDirectoryMembers.push({ directoryId, targetId: id, addedAt: now, isDemo: true })
    if (draft.catering) member(cateringId)
    if (draft.specialEquipment) member(equipmentId)
    if (draft.fireKey) member(fireId)
  }
  return rows
}

function marketEntity(kind: TargetKind): boolean {
  return kind === '企业' || kind === '个体工商户' || kind === '农民专业合作社'
}

function institutionCount(): number {
  return demoInstitutions.reduce((n, institution) => n + (institution.perTown ? demoTowns.length : 1), 0)
}

/** Market regulation supervises every registered market entity; tax and others by line of business. */
function tradeDepartments(trade: DemoTrade, big: boolean, random: DemoRandom): DemoDepartmentKey[] {
  const keys: DemoDepartmentKey[] = ['市场监管', ...trade.departments]
  if (big || random.chance(0.15)) keys.push('税务')
  if (random.chance(0.1)) keys.push('人力资源社会保障')
  return keys
}

const statusReasons: Record<RegistrationStatus, string> = {
  存续: '',
  注销: '申请注销登记，已核准',
  吊销: '连续六个月以上未开业或停业，依法吊销营业执照',
  迁出: '住所迁往外县（市），已办理迁移登记'
}

/** 注销 and 迁出 happen to anyone; 吊销 follows a long record, so only C and D entities get it. */
function registrationStatus(kind: TargetKind, risk: RiskClass, random: DemoRandom): RegistrationStatus {
  if (!marketEntity(kind)) return '存续'
  const roll = random.next()
  if (roll < 0.04) return '注销'
  if (roll < 0.05) return '迁出'
  if ((risk === 'C' || risk === 'D') && roll < 0.13) return '吊销'
  return '存续'
}

function address(town: string, industry: string, random: DemoRandom): string {
  const street = demoTowns.find((t) => t.name === town)?.street ?? false
  if (industry === '制造业' && random.chance(0.5)) return `示范县经济开发区${random.pick(demoRoads)}${random.between(1, 399)}号`
  if (street) return `示范县${town}${random.pick(demoRoads)}${random.between(1, 599)}号`
  return random.chance(0.5)
    ? `示范县${town}${random.pick(demoRoads)}${random.between(1, 199)}号`
    : `示范县${town}${random.pick(demoVillages)}村${random.between(1, 120)}号`
}
