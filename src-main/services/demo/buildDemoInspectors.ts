import type { InspectorStatus } from '../../../src-shared/domain/enums'
import type { inspectors, targets } from '../../db/schema'
import { addDays } from './addDays'
import { demoRegionCode } from './demoCodes'
import { demoDepartments, type DemoDepartmentKey } from './demoDepartments'
import type { DemoIds } from './demoIds'
import type { DemoPeople } from './demoPeople'
import type { DemoRandom } from './demoRandom'
import { demoTowns } from './demoTrades'

export interface DemoInspectorsInput {
  random: DemoRandom
  people: DemoPeople
  ids: DemoIds
  departmentIds: Record<DemoDepartmentKey, number>
  /** Targets an inspector may have to avoid (seeds/004 §(二十三) 利害关系). */
  targets: readonly (typeof targets.$inferInsert)[]
  now: string
  today: string
}

/**
 * 专家库 (seeds/004 §(十一): 检测机构、科研院所、行业专家): no 执法证, a 工作单位, and the
 * qualification that makes them useful on a team.
 */
const experts: readonly { department: DemoDepartmentKey; organization: string; post: string; qualifications: string[]; specialties: string[] }[] = [
  { department: '市场监管', organization: '示范县检验检测中心', post: '高级工程师', qualifications: ['食品检验工程师'], specialties: ['食品安全', '抽样检验'] },
  { department: '市场监管', organization: '市特种设备检验研究院示范县分院', post: '高级工程师', qualifications: ['特种设备检验员'], specialties: ['特种设备', '压力容器', '电梯'] },
  { department: '市场监管', organization: '示范县人民医院药剂科', post: '主任药师', qualifications: ['执业药师'], specialties: ['药品', '医疗器械'] },
  { department: '应急管理', organization: '示范县安全生产技术服务中心', post: '高级工程师', qualifications: ['注册安全工程师'], specialties: ['危险化学品', '工贸安全'] },
  { department: '应急管理', organization: '市化工职业学院', post: '副教授', qualifications: ['注册安全工程师'], specialties: ['粉尘防爆', '有限空间'] },
  { department: '生态环境', organization: '示范县环境监测站', post: '工程师', qualifications: ['环境监测工程师'], specialties: ['大气污染防治', '水污染防治'] },
  { department: '住房城乡建设', organization: '示范县建设工程质量检测中心', post: '高级工程师', qualifications: ['一级注册建造师'], specialties: ['建筑施工安全', '起重机械'] },
  { department: '消防救援', organization: '市消防技术服务协会', post: '工程师', qualifications: ['一级注册消防工程师'], specialties: ['消防设施', '电气火灾'] },
  { department: '卫生健康', organization: '示范县疾病预防控制中心', post: '副主任医师', qualifications: ['公共卫生执业医师'], specialties: ['公共场所卫生', '生活饮用水'] },
  { department: '农业农村', organization: '示范县农业技术推广中心', post: '高级农艺师', qualifications: ['农艺师'], specialties: ['农药', '种子'] }
]

const enforcementPosts = ['一级科员', '二级科员', '四级主任科员', '三级主任科员', '副科长', '科长', '一级行政执法员', '二级行政执法员', '执法队员']
const assistantPosts = ['协管员', '辅助执法人员', '网格监管员']
const avoidanceRelations = ['配偶在{name}任职', '近亲属为{name}的股东', '曾在{name}任职，离职未满三年', '本人与{name}负责人有其他利害关系']

/** 执法检查人员名录库: 190 staff of the member units and 10 experts, 200 in all. */
export function buildDemoInspectors(input: DemoInspectorsInput): (typeof inspectors.$inferInsert)[] {
  const { random, people, ids, departmentIds, targets, now, today } = input
  const rows: (typeof inspectors.$inferInsert)[] = []
  const status = (): { status: InspectorStatus; statusFrom: string | null; statusTo: string | null } => {
    const roll = random.next()
    if (roll < 0.05) return { status: '请假', statusFrom: addDays(today, -random.between(1, 10)), statusTo: addDays(today, random.between(3, 20)) }
    if (roll < 0.08) return { status: '调离', statusFrom: addDays(today, -random.between(20, 200)), statusTo: null }
    return { status: '在岗', statusFrom: null, statusTo: null }
  }

  for (const department of demoDepartments) {
    for (let seq = 1; seq <= department.inspectorCount; seq++) {
      // 执法人员 hold a 行政执法证 (seeds/001 三(二)2); 辅助人员 assist and never lead a check.
      const enforcement = seq <= 2 || random.chance(0.85)
      const marketRegulationStation = department.key === '市场监管' && random.chance(0.6)
      const town = random.pick(demoTowns).name
      rows.push({
        id: ids('inspectors'),
        departmentId: departmentIds[department.key],
        name: people.name(),
        certNo: enforcement ? `${demoRegionCode}${department.certCode}${String(seq).padStart(3, '0')}` : null,
        kind: enforcement ? '执法人员' : '辅助人员',
        qualifications: enforcement ? qualificationsOf(department.qualifications, random) : [],
        specialties: random.sample(department.specialties, random.between(1, Math.min(2, department.specialties.length))),
        post: marketRegulationStation
          ? `${town.replace(/(街道|镇)$/, '')}市场监管所${enforcement ? random.pick(['所长', '副所长', '科员', '科员', '科员']) : '协管员'}`
          : enforcement
            ? random.pick(enforcementPosts)
            : random.pick(assistantPosts),
        organization: '',
        phone: people.mobile(),
        ...status(),
        region: marketRegulationStation ? town : '',
        avoidance: { targetIds: [], rules: [] },
        isDemo: true,
        createdAt: now,
        updatedAt: now
      })
    }
  }

  for (const expert of experts) {
    rows.push({
      id: ids('inspectors'),
      departmentId: departmentIds[expert.department],
      name: people.name(),
      certNo: null,
      kind: '专家',
      qualifications: expert.qualifications,
      specialties: expert.specialties,
      post: expert.post,
      organization: expert.organization,
      phone: people.mobile(),
      status: '在岗',
      region: '',
      avoidance: { targetIds: [], rules: [] },
      isDemo: true,
      createdAt: now,
      updatedAt: now
    })
  }

  // A few declared conflicts of interest (回避范围, seeds/003; seeds/004 §(二十三)).
  for (const inspector of random.sample(rows, 8)) {
    const target = random.pick(targets)
    inspector.avoidance = {
      targetIds: [target.id as number],
      rules: [random.pick(avoidanceRelations).replace('{name}', target.name)]
    }
  }
  return rows
}

/** Market regulation staff hold one to three of the bureau's qualifications; other units have one. */
function qualificationsOf(available: readonly string[], random: DemoRandom): string[] {
  if (available.length === 1) return available.slice()
  return random.sample(available, random.between(1, 3))
}
