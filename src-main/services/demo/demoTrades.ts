import type { DemoDepartmentKey } from './demoDepartments'

/** The demo county's towns (fictional), with how many of the county's businesses each holds. */
export const demoTowns: readonly { name: string; weight: number; street: boolean }[] = [
  { name: '城关街道', weight: 18, street: true },
  { name: '东城街道', weight: 14, street: true },
  { name: '南湖街道', weight: 12, street: true },
  { name: '河口镇', weight: 9, street: false },
  { name: '柳林镇', weight: 8, street: false },
  { name: '石桥镇', weight: 8, street: false },
  { name: '清泉镇', weight: 8, street: false },
  { name: '白杨镇', weight: 7, street: false },
  { name: '黄庄镇', weight: 8, street: false },
  { name: '双河镇', weight: 8, street: false }
]

export const demoRoads = ['人民路', '建设路', '解放路', '中心街', '青年路', '商业街', '新华路', '文化路', '工业路', '兴业路', '滨河路', '府前街', '振兴路', '黄河路', '泰山路']
export const demoVillages = ['李家', '王庄', '东营', '西关', '北辛', '南坞', '张桥', '刘集', '后洼', '前屯', '杨柳', '白塔', '大吴', '小高', '孙家', '马店']

/** 字号 words: combined with a trade they give names like 示范县鑫源商贸有限公司. */
export const demoBrandWords = Array.from(
  '鑫源恒达宏盛金泰华信永兴瑞丰隆昌嘉禾盛世天成润泽恒通聚源宝丰兴旺德信广源众诚万福福瑞安泰康宁佳和顺达祥云锦程汇通泓硕新越荣昌昊天志远博雅' +
    '东升明辉和美金鼎鲁信鸿运同心富邦永盛恒昌正阳利民中兴汇丰腾达卓越凯旋骏驰星辰晨光益民乐家惠民春晖海岳开元裕丰金诺银河锦华大成' +
    '盛达隆泰清源朗润翔宇宏图远航君悦丰华新元浩瀚华泰天和厚德立信恒信泽丰振华昌盛景泰九州三和'
).reduce<string[]>((words, char, i, chars) => (i % 2 === 0 ? [...words, char + chars[i + 1]] : words), [])

/**
 * A line of business: the word it gives a company name (商贸) and a shop name (超市), its
 * industry (GB/T 4754 门类), the member units that supervise it besides market regulation
 * (“谁审批、谁监管，谁主管、谁监管”, seeds/001 三(二)2) and the tags it carries.
 */
export interface DemoTrade {
  company?: string
  shop?: string
  industry: string
  departments: DemoDepartmentKey[]
  tags: string[]
  weight: number
  /** Catering: member of the 餐饮服务单位 directory. */
  catering?: boolean
  /** Share of companies in the trade that use special equipment (boilers, lifts, cranes …). */
  specialEquipment?: number
  /** Share that are fire-safety key units (人员密集场所 …). */
  fireKey?: number
}

export const demoTrades: readonly DemoTrade[] = [
  { company: '商贸', shop: '超市', industry: '批发和零售业', departments: ['商务'], tags: ['食品经营'], weight: 9, fireKey: 0.05 },
  { company: '百货', shop: '便利店', industry: '批发和零售业', departments: ['商务'], tags: ['食品经营'], weight: 7 },
  { company: '食品销售', shop: '副食店', industry: '批发和零售业', departments: [], tags: ['食品经营'], weight: 5 },
  { company: '建材', shop: '建材店', industry: '批发和零售业', departments: [], tags: [], weight: 4 },
  { company: '五金机电', shop: '五金店', industry: '批发和零售业', departments: [], tags: [], weight: 3 },
  { company: '农资', shop: '农资店', industry: '批发和零售业', departments: ['农业农村'], tags: ['农药经营'], weight: 3 },
  { company: '医药连锁', shop: '大药房', industry: '批发和零售业', departments: ['卫生健康'], tags: ['药品零售'], weight: 2 },
  { company: '电子商务', shop: '网店', industry: '批发和零售业', departments: ['商务'], tags: ['网络交易'], weight: 3 },
  { company: '化妆品', shop: '化妆品店', industry: '批发和零售业', departments: [], tags: ['化妆品经营'], weight: 1.5 },
  { company: '再生资源回收', shop: '废品收购站', industry: '批发和零售业', departments: ['商务', '公安'], tags: ['再生资源回收'], weight: 1 },
  { shop: '烟花爆竹零售点', industry: '批发和零售业', departments: ['应急管理', '公安'], tags: ['烟花爆竹'], weight: 0.4 },
  { company: '餐饮管理', shop: '饭店', industry: '住宿和餐饮业', departments: ['消防救援'], tags: ['餐饮服务'], weight: 9, catering: true, fireKey: 0.08 },
  { shop: '小吃部', industry: '住宿和餐饮业', departments: [], tags: ['餐饮服务'], weight: 4, catering: true },
  { company: '酒店管理', shop: '宾馆', industry: '住宿和餐饮业', departments: ['公安', '卫生健康', '消防救援'], tags: ['旅馆业', '公共场所'], weight: 2, specialEquipment: 0.5, fireKey: 0.6 },
  { company: '机械制造', shop: '机械加工部', industry: '制造业', departments: ['应急管理', '生态环境'], tags: ['工贸企业'], weight: 4, specialEquipment: 0.6 },
  { company: '化工', industry: '制造业', departments: ['应急管理', '生态环境'], tags: ['危险化学品', '工贸企业'], weight: 1.5, specialEquipment: 0.9, fireKey: 0.7 },
  { company: '食品', shop: '食品加工坊', industry: '制造业', departments: [], tags: ['食品生产'], weight: 2, specialEquipment: 0.4 },
  { company: '纺织', industry: '制造业', departments: ['应急管理'], tags: ['工贸企业'], weight: 2, specialEquipment: 0.3, fireKey: 0.3 },
  { company: '塑料制品', industry: '制造业', departments: ['应急管理', '生态环境'], tags: ['工贸企业', '排污单位'], weight: 1.5, specialEquipment: 0.3 },
  { company: '木业', shop: '木器加工部', industry: '制造业', departments: ['应急管理', '消防救援'], tags: ['工贸企业', '粉尘涉爆'], weight: 1.5, specialEquipment: 0.2 },
  { company: '新材料科技', industry: '制造业', departments: ['生态环境', '工业信息化'], tags: ['重点用能单位'], weight: 1, specialEquipment: 0.7 },
  { company: '建筑工程', industry: '建筑业', departments: ['住房城乡建设', '应急管理'], tags: ['建筑施工'], weight: 3, specialEquipment: 0.5 },
  { company: '装饰工程', shop: '装饰部', industry: '建筑业', departments: ['住房城乡建设'], tags: [], weight: 2 },
  { company: '房地产开发', industry: '房地产业', departments: ['住房城乡建设'], tags: ['预售商品房'], weight: 1, specialEquipment: 0.6 },
  { company: '物业管理', industry: '房地产业', departments: ['住房城乡建设'], tags: ['物业服务'], weight: 1, specialEquipment: 0.8 },
  { company: '物流', shop: '货运部', industry: '交通运输、仓储和邮政业', departments: ['交通运输'], tags: ['道路货物运输'], weight: 3, specialEquipment: 0.3 },
  { company: '汽车服务', shop: '汽车修理部', industry: '居民服务、修理和其他服务业', departments: ['交通运输', '生态环境'], tags: ['机动车维修'], weight: 3 },
  { company: '驾驶员培训', industry: '教育', departments: ['交通运输'], tags: ['驾驶员培训'], weight: 0.4 },
  { company: '文化传媒', shop: '广告部', industry: '租赁和商务服务业', departments: [], tags: ['广告'], weight: 2 },
  { company: '文化娱乐', shop: '歌厅', industry: '文化、体育和娱乐业', departments: ['文化和旅游', '公安', '消防救援'], tags: ['娱乐场所', '人员密集场所'], weight: 1, fireKey: 0.8 },
  { shop: '网吧', industry: '文化、体育和娱乐业', departments: ['文化和旅游', '公安', '消防救援'], tags: ['互联网上网服务', '人员密集场所'], weight: 0.6, fireKey: 0.6 },
  { company: '网络科技', industry: '信息传输、软件和信息技术服务业', departments: [], tags: ['网络交易'], weight: 2 },
  { company: '教育咨询', industry: '教育', departments: ['教育', '消防救援'], tags: ['校外培训'], weight: 1, fireKey: 0.3 },
  { company: '人力资源', industry: '租赁和商务服务业', departments: ['人力资源社会保障'], tags: ['劳务派遣'], weight: 1 },
  { company: '旅行社', industry: '租赁和商务服务业', departments: ['文化和旅游'], tags: ['旅行社'], weight: 0.3 },
  { company: '美容美发', shop: '理发店', industry: '居民服务、修理和其他服务业', departments: ['卫生健康'], tags: ['公共场所'], weight: 3 },
  { company: '洗浴', shop: '浴池', industry: '居民服务、修理和其他服务业', departments: ['卫生健康', '消防救援'], tags: ['公共场所'], weight: 1, specialEquipment: 0.5, fireKey: 0.4 },
  { company: '农业科技', shop: '家庭农场', industry: '农、林、牧、渔业', departments: ['农业农村'], tags: [], weight: 2 },
  { company: '燃气', industry: '电力、热力、燃气及水生产和供应业', departments: ['住房城乡建设', '应急管理'], tags: ['城镇燃气'], weight: 0.3, specialEquipment: 1, fireKey: 1 },
  { company: '供水', industry: '电力、热力、燃气及水生产和供应业', departments: ['卫生健康', '住房城乡建设'], tags: ['集中式供水'], weight: 0.2 }
]

/** 农民专业合作社 lines: 示范县柳林镇鑫源果蔬种植专业合作社. */
export const demoCooperativeTrades: readonly { word: string; tags: string[] }[] = [
  { word: '果蔬种植', tags: ['农产品质量安全'] },
  { word: '粮食种植', tags: [] },
  { word: '畜禽养殖', tags: ['畜禽养殖'] },
  { word: '水产养殖', tags: [] },
  { word: '农机服务', tags: [] },
  { word: '苗木花卉', tags: [] },
  { word: '食用菌种植', tags: [] }
]

/** 机关事业单位 and 社会组织 that are checked as well (校园食堂、医院特种设备 …). */
export const demoInstitutions: readonly {
  name: string
  kind: '机关事业单位' | '社会组织'
  /** Second character of the uscc: 1 机关 / 2 事业单位 under 机构编制 (1); 1 社会团体 / 2 民办非企业单位 under 民政 (5). */
  code: '11' | '12' | '51' | '52'
  industry: string
  departments: DemoDepartmentKey[]
  tags: string[]
  perTown?: boolean
}[] = [
  { name: '中心卫生院', kind: '机关事业单位', code: '12', industry: '卫生和社会工作', departments: ['市场监管', '卫生健康', '消防救援'], tags: ['医疗机构', '单位食堂'], perTown: true },
  { name: '中心小学', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'], perTown: true },
  { name: '初级中学', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'], perTown: true },
  { name: '中心幼儿园', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'], perTown: true },
  { name: '人民医院', kind: '机关事业单位', code: '12', industry: '卫生和社会工作', departments: ['市场监管', '卫生健康', '消防救援'], tags: ['医疗机构', '单位食堂'] },
  { name: '中医医院', kind: '机关事业单位', code: '12', industry: '卫生和社会工作', departments: ['市场监管', '卫生健康', '消防救援'], tags: ['医疗机构', '单位食堂'] },
  { name: '妇幼保健院', kind: '机关事业单位', code: '12', industry: '卫生和社会工作', departments: ['卫生健康'], tags: ['医疗机构'] },
  { name: '第一中学', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'] },
  { name: '第二中学', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'] },
  { name: '职业教育中心', kind: '机关事业单位', code: '12', industry: '教育', departments: ['市场监管', '教育', '消防救援'], tags: ['学校食堂'] },
  { name: '图书馆', kind: '机关事业单位', code: '12', industry: '文化、体育和娱乐业', departments: ['文化和旅游', '消防救援'], tags: ['人员密集场所'] },
  { name: '机关事务服务中心', kind: '机关事业单位', code: '12', industry: '公共管理、社会保障和社会组织', departments: ['市场监管'], tags: ['单位食堂'] },
  { name: '个体劳动者协会', kind: '社会组织', code: '51', industry: '公共管理、社会保障和社会组织', departments: ['民政'], tags: [] },
  { name: '餐饮行业协会', kind: '社会组织', code: '51', industry: '公共管理、社会保障和社会组织', departments: ['民政'], tags: [] },
  { name: '建筑业协会', kind: '社会组织', code: '51', industry: '公共管理、社会保障和社会组织', departments: ['民政'], tags: [] },
  { name: '物流行业协会', kind: '社会组织', code: '51', industry: '公共管理、社会保障和社会组织', departments: ['民政'], tags: [] },
  { name: '养老服务中心', kind: '社会组织', code: '52', industry: '卫生和社会工作', departments: ['民政', '消防救援'], tags: ['养老机构'], perTown: true },
  { name: '职业培训学校', kind: '社会组织', code: '52', industry: '教育', departments: ['人力资源社会保障'], tags: ['民办学校'] }
]
