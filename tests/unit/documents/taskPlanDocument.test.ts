import { describe, expect, it } from 'vitest'
import { buildTaskPlanDocument, type TaskPlanDocumentData } from '../../../src-main/documents/taskPlanDocument'
import { docxXml, runs } from '../../support/docxXml'

function planData(overrides: Partial<TaskPlanDocumentData> = {}): TaskPlanDocumentData {
  return {
    officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
    taskCode: 'LHCC-2026-001',
    taskName: '餐饮服务单位食品安全和消防安全联合检查',
    basis: '根据《示范县2026年度抽查工作计划》的安排，由示范县市场监督管理局牵头开展本次抽查。',
    leadDepartmentName: '示范县市场监督管理局',
    participatingNames: ['示范县消防救援大队'],
    checklistItems: ['SCJG-002 餐饮服务提供者经营活动的检查（示范县市场监督管理局）'],
    targetCount: 0,
    scope: '全县餐饮服务单位',
    content: '1. 许可证照公示\n2. 原料控制',
    methodLines: ['信用风险低（A类）的对象采取书面检查', 'B类、C类、D类对象采取实地核查', '通过网络开展经营活动的对象采取网络监测'],
    drawDate: '2026-03-03',
    noticeDate: '2026-03-05',
    periodStart: '2026-03-09',
    periodEnd: '2026-04-30',
    resultsDue: '2026-05-29',
    requirements: '1. 出示执法证件。',
    approvalLine: '',
    approved: false,
    signedOn: '2026-03-02',
    route: [],
    ...overrides
  }
}

const textOf = (xml: string) => runs(xml).map((r) => r.text).join('')

describe('the 实施方案 document (issue 8 §5)', () => {
  it('before a draw: a portrait 公文 marked 送审稿, time nodes as Chinese dates, no 附件', async () => {
    const xml = docxXml(await buildTaskPlanDocument(planData())).part('word/document.xml')
    const text = textOf(xml)
    expect(text).toContain('（送审稿）')
    expect(text).toContain('（一）摇号抽取检查对象和执法检查人员：2026年3月3日。')
    expect(text).toContain('（四）检查结果录入和公示：2026年5月29日前。')
    expect(text).toContain('信用风险低（A类）的对象采取书面检查')
    expect(text).not.toContain('附件')
    expect(xml).not.toContain('w:orient="landscape"')
  })

  it('approved with a route: no 送审稿 mark, the approval line, and the route as a landscape table with a repeated header', async () => {
    const route = Array.from({ length: 40 }, (_, i) => ({
      date: `2026-03-${String(9 + (i % 5)).padStart(2, '0')}`,
      group: `组长 张${i}\n组员 李${i}`,
      town: i % 2 ? '城关街道' : '东关镇',
      targetName: `示范县测试餐饮店${i}`,
      address: `示范县城关街道测试路${i}号`
    }))
    const xml = docxXml(
      await buildTaskPlanDocument(planData({ approved: true, targetCount: 40, route, approvalLine: '拟稿：张明（2026年3月2日）；批准：李局长（2026年3月3日）' }))
    ).part('word/document.xml')
    const text = textOf(xml)
    expect(text).not.toContain('送审稿')
    expect(text).toContain('拟稿：张明（2026年3月2日）')
    expect(text).toContain('共40户，检查路线和时间见附件')
    expect(text).toContain('3月9日（周一）')
    expect(xml).toContain('w:orient="landscape"')
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1)
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>')
  })
})
