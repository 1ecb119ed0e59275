import { describe, expect, it } from 'vitest'
import { buildMeetingNoticeDocument, meetingTimeText, noticeTitleLines } from '../../../src-main/documents/meetingNoticeDocument'
import { buildDecisionsReportDocument } from '../../../src-main/documents/decisionsReportDocument'
import { docxXml, elementAttributes, runs } from '../../support/docxXml'

const text = (xml: string) => runs(xml).map((r) => r.text).join('')
const tableRows = (xml: string) =>
  [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => text(cell[0])))

describe('the meeting notice (会议通知)', () => {
  it('states time with the weekday, place, attendees by unit and the agenda, and ends with a 回执 table of the units', async () => {
    const xml = docxXml(
      await buildMeetingNoticeDocument({
        countyName: '示范县',
        officeName: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室',
        issuedOn: '2026-03-16',
        title: '示范县市场监管领域部门联合“双随机、一公开”监管联席会议2026年第一次全体会议',
        date: '2026-03-20',
        time: '09:00',
        place: '县政府第三会议室',
        host: '刘文博',
        attendees: [
          { unitName: '示范县人民政府', personName: '刘文博', post: '副县长' },
          { unitName: '示范县市场监督管理局', personName: '周立新', post: '副局长' },
          { unitName: '示范县市场监督管理局', personName: '韩雪', post: '' }
        ],
        topics: ['审议2026年度抽查工作计划', '审议抽查事项清单调整意见']
      })
    ).part('word/document.xml')
    const all = text(xml)
    expect(all).toContain('经研究，定于2026年3月20日（星期五）上午9:00在县政府第三会议室召开')
    expect(all).toContain('示范县市场监督管理局：周立新（副局长）、韩雪。')
    expect(all).toContain('1.审议2026年度抽查工作计划。2.审议抽查事项清单调整意见。')
    expect(all).toContain('附件：参会回执')
    const rows = tableRows(xml)
    expect(rows[0]).toEqual(['单位名称', '姓名', '职务', '联系电话', '备注'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(['示范县人民政府', '示范县市场监督管理局'])
    // The 回执 starts a page of its own.
    expect(elementAttributes(xml, 'w:pgSz')).toHaveLength(2)
  })

  it('breaks a long title where the meaning allows, twenty 二号 characters to the line at most', () => {
    expect(noticeTitleLines('关于召开示范县市场监管领域部门联合“双随机、一公开”监管联席会议2026年第一次全体会议的通知')).toEqual([
      '关于召开示范县市场监管领域部门联合',
      '“双随机、一公开”监管联席会议',
      '2026年第一次全体会议的通知'
    ])
    expect(meetingTimeText('2026-03-21', '14:30')).toBe('2026年3月21日（星期六）下午14:30')
    expect(meetingTimeText('2026-03-21', '')).toBe('2026年3月21日（星期六）')
  })
})

describe('the decisions report (议定事项落实情况通报)', () => {
  it('counts decisions by status, names the overdue ones with days overdue and tabulates all on a landscape page', async () => {
    const xml = docxXml(
      await buildDecisionsReportDocument({
        countyName: '示范县',
        officeName: '示范县联席会议办公室',
        asOf: '2026-05-01',
        decisions: [
          {
            meetingTitle: '全体会议',
            meetingDate: '2026-03-20',
            content: '更新两库。',
            ownerNames: ['示范县商务局'],
            dueDate: '2026-04-20',
            status: '逾期',
            latestProgress: { date: '2026-04-10', note: '已完成一半' }
          },
          { meetingTitle: '全体会议', meetingDate: '2026-03-20', content: '公示计划', ownerNames: ['示范县市场监督管理局'], dueDate: null, status: '已完成', latestProgress: null }
        ]
      })
    ).part('word/document.xml')
    const all = text(xml)
    expect(all).toContain('联席会议共议定事项2项，其中已完成1项，推进中0项，未开始0项，逾期未完成1项')
    expect(all).toContain('（一）更新两库。责任单位：示范县商务局；完成期限：2026年4月20日，已逾期11天。')
    const rows = tableRows(xml)
    expect(rows[0]).toEqual(['序号', '议定事项', '责任单位', '完成期限', '落实状态', '最新进展'])
    expect(rows[1]).toEqual(['1', '更新两库。（2026年3月20日会议议定）', '示范县商务局', '2026年4月20日', '逾期（11天）', '2026年4月10日：已完成一半'])
    expect(rows[2].slice(3)).toEqual(['未定', '已完成', '暂无'])
    expect(elementAttributes(xml, 'w:pgSz').map((s) => s['w:orient'])).toEqual(['portrait', 'landscape'])
  })
})
