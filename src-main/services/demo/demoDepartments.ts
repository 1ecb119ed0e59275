/**
 * The member units of the demo county's liaison meeting. The list follows seeds/002 (the 18 units
 * addressed by the Yubei rules) plus the 行政审批 unit of seeds/001 附件 §二; the lead unit is the
 * market regulation bureau (seeds/001 三(一) “县市场监督管理局作为……牵头单位”). All people are
 * fictional.
 */
export interface DemoDepartment {
  /** Key used by the other demo tables. */
  key: DemoDepartmentKey
  name: string
  shortName: string
  isLead: boolean
  /** Prefix of its checklist item codes. */
  codePrefix: string
  /** Two digits inside its inspectors' 执法证号. */
  certCode: string
  leaderName: string
  leaderPost: string
  liaisonName: string
  liaisonPost: string
  /** How many of the 190 enforcement and assistant staff it puts in the directory (plus 10 experts). */
  inspectorCount: number
  /** 执法资质 its staff hold; checklist items ask for one of these. */
  qualifications: readonly string[]
  /** 业务专长 tags its staff may carry. */
  specialties: readonly string[]
}

export type DemoDepartmentKey =
  | '市场监管'
  | '发展改革'
  | '教育'
  | '工业信息化'
  | '公安'
  | '民政'
  | '人力资源社会保障'
  | '生态环境'
  | '住房城乡建设'
  | '交通运输'
  | '农业农村'
  | '商务'
  | '文化和旅游'
  | '卫生健康'
  | '应急管理'
  | '统计'
  | '税务'
  | '消防救援'
  | '行政审批'

export const demoDepartments: readonly DemoDepartment[] = [
  {
    key: '市场监管',
    name: '示范县市场监督管理局',
    shortName: '市场监管局',
    isLead: true,
    codePrefix: 'SCJG',
    certCode: '01',
    leaderName: '周立新',
    leaderPost: '党组成员、副局长，联席会议办公室主任',
    liaisonName: '韩雪',
    liaisonPost: '信用监管科科长',
    inspectorCount: 42,
    qualifications: ['食品安全执法', '特种设备安全监察', '产品质量执法', '计量执法', '市场主体登记监管', '广告与网络交易监管', '价格监督检查', '药品化妆品监管'],
    specialties: ['食品安全', '特种设备', '产品质量', '计量', '广告', '网络交易', '价格', '药品', '化妆品', '企业信息公示', '知识产权']
  },
  {
    key: '发展改革',
    name: '示范县发展和改革局',
    shortName: '发改局',
    isLead: false,
    codePrefix: 'FZGG',
    certCode: '02',
    leaderName: '孙建国',
    leaderPost: '副局长',
    liaisonName: '杜晓明',
    liaisonPost: '法规科科长',
    inspectorCount: 7,
    qualifications: ['发展改革行政执法'],
    specialties: ['招标投标', '粮食流通', '投资项目管理']
  },
  {
    key: '教育',
    name: '示范县教育和体育局',
    shortName: '教体局',
    isLead: false,
    codePrefix: 'JYTY',
    certCode: '03',
    leaderName: '钱玉兰',
    leaderPost: '党组成员',
    liaisonName: '冯可欣',
    liaisonPost: '民办教育科科长',
    inspectorCount: 6,
    qualifications: ['教育行政执法'],
    specialties: ['民办教育', '校外培训', '校园安全']
  },
  {
    key: '工业信息化',
    name: '示范县工业和信息化局',
    shortName: '工信局',
    isLead: false,
    codePrefix: 'GYXX',
    certCode: '04',
    leaderName: '李志强',
    leaderPost: '副局长',
    liaisonName: '卢鹏',
    liaisonPost: '节能科科长',
    inspectorCount: 6,
    qualifications: ['节能监察'],
    specialties: ['工业节能', '民用爆炸物品', '电力']
  },
  {
    key: '公安',
    name: '示范县公安局',
    shortName: '公安局',
    isLead: false,
    codePrefix: 'GA',
    certCode: '05',
    leaderName: '吴海涛',
    leaderPost: '副政委',
    liaisonName: '曹磊',
    liaisonPost: '治安管理大队副大队长',
    inspectorCount: 12,
    qualifications: ['治安管理执法'],
    specialties: ['旅馆业', '娱乐场所', '印章刻制', '危险物品']
  },
  {
    key: '民政',
    name: '示范县民政局',
    shortName: '民政局',
    isLead: false,
    codePrefix: 'MZ',
    certCode: '06',
    leaderName: '郑慧敏',
    leaderPost: '副局长',
    liaisonName: '袁静',
    liaisonPost: '社会组织管理股股长',
    inspectorCount: 6,
    qualifications: ['民政行政执法'],
    specialties: ['社会组织', '养老服务', '殡葬管理']
  },
  {
    key: '人力资源社会保障',
    name: '示范县人力资源和社会保障局',
    shortName: '人社局',
    isLead: false,
    codePrefix: 'RSJ',
    certCode: '07',
    leaderName: '王春晖',
    leaderPost: '副局长',
    liaisonName: '许晨',
    liaisonPost: '劳动保障监察大队队长',
    inspectorCount: 9,
    qualifications: ['劳动保障监察'],
    specialties: ['劳动用工', '工资支付', '人力资源市场', '劳务派遣']
  },
  {
    key: '生态环境',
    name: '市生态环境局示范县分局',
    shortName: '生态环境分局',
    isLead: false,
    codePrefix: 'STHJ',
    certCode: '08',
    leaderName: '冯国栋',
    leaderPost: '副局长',
    liaisonName: '蒋文',
    liaisonPost: '执法大队副大队长',
    inspectorCount: 11,
    qualifications: ['生态环境执法'],
    specialties: ['大气污染防治', '水污染防治', '危险废物', '排污许可', '环境影响评价']
  },
  {
    key: '住房城乡建设',
    name: '示范县住房和城乡建设局',
    shortName: '住建局',
    isLead: false,
    codePrefix: 'ZJ',
    certCode: '09',
    leaderName: '陈红梅',
    leaderPost: '党组成员',
    liaisonName: '沈涛',
    liaisonPost: '建筑业管理科科长',
    inspectorCount: 10,
    qualifications: ['住房城乡建设执法'],
    specialties: ['建筑施工安全', '房地产开发', '物业管理', '城镇燃气']
  },
  {
    key: '交通运输',
    name: '示范县交通运输局',
    shortName: '交通局',
    isLead: false,
    codePrefix: 'JTYS',
    certCode: '10',
    leaderName: '褚卫东',
    leaderPost: '党组成员',
    liaisonName: '魏婷',
    liaisonPost: '运输管理科科长',
    inspectorCount: 10,
    qualifications: ['交通运输综合执法'],
    specialties: ['道路运输', '机动车维修', '驾驶员培训', '危险货物运输']
  },
  {
    key: '农业农村',
    name: '示范县农业农村局',
    shortName: '农业农村局',
    isLead: false,
    codePrefix: 'NYNC',
    certCode: '11',
    leaderName: '卫明辉',
    leaderPost: '党组成员',
    liaisonName: '蔡宏伟',
    liaisonPost: '农业综合行政执法大队大队长',
    inspectorCount: 10,
    qualifications: ['农业综合行政执法'],
    specialties: ['农药', '兽药', '种子', '饲料', '农产品质量安全']
  },
  {
    key: '商务',
    name: '示范县商务局',
    shortName: '商务局',
    isLead: false,
    codePrefix: 'SW',
    certCode: '12',
    leaderName: '蒋丽华',
    leaderPost: '副局长',
    liaisonName: '方明',
    liaisonPost: '市场运行科科长',
    inspectorCount: 7,
    qualifications: ['商务行政执法'],
    specialties: ['单用途预付卡', '报废机动车回收', '再生资源回收', '二手车流通']
  },
  {
    key: '文化和旅游',
    name: '示范县文化和旅游局',
    shortName: '文旅局',
    isLead: false,
    codePrefix: 'WHLY',
    certCode: '13',
    leaderName: '沈国强',
    leaderPost: '党组成员',
    liaisonName: '潘悦',
    liaisonPost: '文化市场综合执法大队副大队长',
    inspectorCount: 9,
    qualifications: ['文化市场综合执法'],
    specialties: ['娱乐场所', '网吧', '旅行社', '出版物市场']
  },
  {
    key: '卫生健康',
    name: '示范县卫生健康局',
    shortName: '卫健局',
    isLead: false,
    codePrefix: 'WSJK',
    certCode: '14',
    leaderName: '韩振宇',
    leaderPost: '党组成员',
    liaisonName: '郭佳',
    liaisonPost: '卫生健康监督所副所长',
    inspectorCount: 11,
    qualifications: ['卫生健康监督执法'],
    specialties: ['公共场所卫生', '医疗机构执业', '生活饮用水', '职业卫生']
  },
  {
    key: '应急管理',
    name: '示范县应急管理局',
    shortName: '应急局',
    isLead: false,
    codePrefix: 'YJGL',
    certCode: '15',
    leaderName: '杨德胜',
    leaderPost: '副局长',
    liaisonName: '宋凯',
    liaisonPost: '执法大队大队长',
    inspectorCount: 11,
    qualifications: ['安全生产执法'],
    specialties: ['危险化学品', '工贸安全', '烟花爆竹', '粉尘防爆', '有限空间']
  },
  {
    key: '统计',
    name: '示范县统计局',
    shortName: '统计局',
    isLead: false,
    codePrefix: 'TJ',
    certCode: '16',
    leaderName: '朱晓燕',
    leaderPost: '副局长',
    liaisonName: '唐亮',
    liaisonPost: '统计执法检查股股长',
    inspectorCount: 5,
    qualifications: ['统计执法'],
    specialties: ['统计数据质量', '统计调查']
  },
  {
    key: '税务',
    name: '国家税务总局示范县税务局',
    shortName: '税务局',
    isLead: false,
    codePrefix: 'SWJ',
    certCode: '17',
    leaderName: '秦立军',
    leaderPost: '副局长',
    liaisonName: '邹琳',
    liaisonPost: '法制股股长',
    inspectorCount: 9,
    qualifications: ['税务检查'],
    specialties: ['发票管理', '纳税申报', '出口退税']
  },
  {
    key: '消防救援',
    name: '示范县消防救援大队',
    shortName: '消防大队',
    isLead: false,
    codePrefix: 'XFJY',
    certCode: '18',
    leaderName: '尤建华',
    leaderPost: '副大队长',
    liaisonName: '谢鹏飞',
    liaisonPost: '防火监督员',
    inspectorCount: 8,
    qualifications: ['消防监督检查'],
    specialties: ['人员密集场所', '消防安全重点单位', '消防产品', '高层建筑']
  },
  {
    key: '行政审批',
    name: '示范县行政审批服务局',
    shortName: '审批局',
    isLead: false,
    codePrefix: 'XZSP',
    certCode: '19',
    leaderName: '何雅琴',
    leaderPost: '副局长',
    liaisonName: '吕博',
    liaisonPost: '审管联动科科长',
    inspectorCount: 1,
    qualifications: ['审批事项核查'],
    specialties: ['告知承诺核查', '市场主体登记']
  }
]

/** 召集人 and 副召集人 from outside the member units (seeds/001 附件 §二). */
export const demoConvener = { personName: '刘文博', post: '县政府副县长', unitName: '示范县人民政府' } as const
export const demoDeputyConveners = [
  { personName: '赵启明', post: '县政府办公室副主任', unitName: '示范县人民政府办公室', departmentKey: null },
  { personName: '郑国华', post: '县市场监督管理局局长', unitName: '', departmentKey: '市场监管' }
] as const
