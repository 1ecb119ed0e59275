import { describe, expect, it } from 'vitest'
import type { DrawRecordDto } from '../../../src-shared/domain/drawSession'
import { buildDrawRecordDocument } from '../../../src-main/documents/drawRecordDocument'
import { docxXml } from '../../support/docxXml'

const hex = (c: string) => c.repeat(64)

function draw(overrides: Partial<DrawRecordDto> = {}): DrawRecordDto {
  const member = (name: string, role: '组长' | '组员', replacedByName: string | null = null) => ({
    id: 1,
    inspectorId: 1,
    name,
    identifier: '37032201006',
    departmentId: 1,
    departmentName: '示范县市场监督管理局',
    departmentShortName: '市场监管',
    role,
    replacedByName,
    replacementReason: replacedByName ? '身体健康' : null,
    replacedAt: null
  })
  return {
    id: 7,
    kind: '对象',
    purpose: 'targets',
    at: '2026-03-02T01:30:00.000Z',
    operator: '联席办',
    witnesses: [{ name: '王见证', unit: '县纪委监委驻局纪检组' }],
    commitment: hex('a'),
    secret: hex('b'),
    entropy: '3 17 22 41',
    poolHash: hex('c'),
    poolSize: 4692,
    classes: [{ name: '全县企业', strata: [{ stratum: 'B', poolSize: 2383, poolHash: hex('d'), count: 96, percent: 4 }] }],
    supersedesDrawId: 5,
    redrawReason: '见证人未到场',
    supersededByDrawId: null,
    replacement: null,
    targets: [
      {
        order: 1,
        targetId: 1,
        identifier: '91370322MA3C5XYZ1K',
        name: '示范县鑫源食品有限公司',
        town: '城关街道',
        className: '全县企业',
        stratum: 'B',
        mergeWithTaskCodes: [],
        outcome: '待检查',
        group: [member('刘静庆', '组长', '赵峰洋'), member('赵峰洋', '组长'), member('乔立', '组员')]
      }
    ],
    ...overrides
  }
}

const task = {
  code: 'LHCC-2026-001',
  name: '2026年企业公示信息联合抽查',
  leadDepartmentName: '示范县市场监督管理局',
  participatingDepartmentNames: ['示范县应急管理局'],
  periodStart: '2026-04-01',
  periodEnd: '2026-05-31',
  checklistItems: []
}

describe('the 摇号记录 document', () => {
  it('prints the commitment, the pool, the parameters, the revealed secret, the re-draw reason and the groups in force', async () => {
    const bytes = await buildDrawRecordDocument({ officeName: '示范县联席会议办公室', task, draw: draw() })
    const xml = docxXml(bytes).part('word/document.xml')
    for (const text of ['联合抽查摇号记录', '王见证（县纪委监委驻局纪检组）', '4692 个检查对象', '全县企业：B 类，比例 4%，号池 2383 个，抽取 96 个', '3 17 22 41', '取代第 5 号摇号记录，理由：见证人未到场', '2026年4月1日至2026年5月31日', '示范县鑫源食品有限公司']) {
      expect(xml).toContain(text)
    }
    // Hashes in two lines of 32 digits.
    expect(xml).toContain('a'.repeat(32))
    expect(xml).not.toContain('a'.repeat(33))
    expect(xml).toContain('b'.repeat(32))
    // The replaced leader is left out; his replacement leads.
    expect(xml).toContain('组长：赵峰洋（市场监管）')
    expect(xml).not.toContain('组长：刘静庆')
  })
})
