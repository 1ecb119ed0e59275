import type { MembersDocumentData } from '../../src-main/documents/membersDocument'

export type MemberUnit = MembersDocumentData['departments'][number]

/** One member unit with its member (分管领导) and liaison officer; every person is fictional. */
export function memberUnit(overrides: Partial<MemberUnit> = {}): MemberUnit {
  return {
    name: '示范县商务局',
    isLead: false,
    leaderName: '蒋丽华',
    leaderPost: '副局长',
    leaderPhone: '0533-6966101',
    liaisonName: '方明',
    liaisonPost: '市场运行科科长',
    liaisonPhone: '13805331234',
    ...overrides
  }
}

/**
 * A county's full membership as the demo county has it (seeds/002's 18 units plus 行政审批 from
 * seeds/001 附件 §二), lead unit first: long unit names, long posts and landline numbers, to see a
 * realistic list laid out.
 */
export function countyMemberUnits(): MemberUnit[] {
  const rows: [string, string, string, string, string][] = [
    ['示范县市场监督管理局', '周立新', '党组成员、副局长，联席会议办公室主任', '韩雪', '0533-6966123'],
    ['示范县发展和改革局', '孙建国', '副局长', '杜晓明', '13805330101'],
    ['示范县教育和体育局', '钱玉兰', '党组成员', '冯可欣', '13905330102'],
    ['示范县工业和信息化局', '李志强', '副局长', '卢鹏', '0533-6966104'],
    ['示范县公安局', '吴海涛', '副政委', '曹磊', '15805330105'],
    ['示范县民政局', '郑慧敏', '副局长', '袁静', '13705330106'],
    ['示范县人力资源和社会保障局', '王春晖', '副局长', '许晨', '0533-6966107'],
    ['市生态环境局示范县分局', '冯国栋', '副局长', '蒋文', '13605330108'],
    ['示范县住房和城乡建设局', '陈红梅', '党组成员', '沈涛', '13505330109'],
    ['示范县交通运输局', '褚卫东', '党组成员', '魏婷', '13805330110'],
    ['示范县农业农村局', '欧阳明辉', '党组成员、副局长', '蔡宏伟', '13905330111'],
    ['示范县商务局', '蒋丽华', '副局长', '方明', '0533-6966112'],
    ['示范县文化和旅游局', '沈国强', '党组成员', '潘悦', '15905330113'],
    ['示范县卫生健康局', '韩振宇', '党组成员', '郭佳', '13805330114'],
    ['示范县应急管理局', '杨德胜', '副局长', '宋凯', '13605330115'],
    ['示范县统计局', '朱晓燕', '副局长', '唐亮', '13705330116'],
    ['国家税务总局示范县税务局', '秦立军', '副局长', '邹琳', '0533-6966117'],
    ['示范县消防救援大队', '尤建华', '副大队长', '谢鹏飞', '18905330118'],
    ['示范县行政审批服务局', '何雅琴', '副局长', '吕博', '13805330119']
  ]
  return rows.map(([name, leaderName, leaderPost, liaisonName, liaisonPhone], i) =>
    memberUnit({ name, isLead: i === 0, leaderName, leaderPost, liaisonName, liaisonPhone })
  )
}
