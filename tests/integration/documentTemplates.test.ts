import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readPlanSettings } from '../../src-main/services/plans/planSettings'
import { docxXml, runs } from '../support/docxXml'
import { openTempServices, type TempServices } from '../support/tempServices'

const text = (base64: string) =>
  runs(docxXml(Buffer.from(base64, 'base64')).part('word/document.xml'))
    .map((r) => r.text)
    .join('')

describe('文书措辞: editable wording per document kind (issue 9 §5)', () => {
  let s: TempServices
  beforeEach(() => {
    s = openTempServices()
  })
  afterEach(() => s.close())

  it('lists each kind at its default wording, the plan preamble citing the State Council opinion among them', async () => {
    const list = await s.call('templates:list')
    expect(list.map((t) => t.kind)).toEqual(['plan', 'meetingNotice', 'decisionsReport', 'inspectionNotice', 'taskAnnouncement', 'publicKeyNotice'])
    expect(list.every((t) => t.isDefault)).toBe(true)
    expect(list[0].fields[0].value).toContain('《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》')
  })

  it('puts the office’s wording into the next document and restores the default on 恢复默认', async () => {
    const custom = '请各责任单位每月5日前报送进展，联系电话：0533-6966123。'
    const saved = await s.call('templates:update', {
      kind: 'decisionsReport',
      values: { requirementsOverdue: '逾期事项请于3个工作日内说明原因。', requirementsOnTrack: custom }
    })
    expect(saved.isDefault).toBe(false)
    expect(text((await s.call('meetings:exportDecisionsReport')).base64)).toContain(custom)

    const reset = await s.call('templates:reset', { kind: 'decisionsReport' })
    expect(reset.isDefault).toBe(true)
    const body = text((await s.call('meetings:exportDecisionsReport')).base64)
    expect(body).not.toContain(custom)
    expect(body).toContain('请各责任单位按期推进议定事项')
  })

  it('fills {办公室} in the public key notice and shares the plan preamble with the plan settings', async () => {
    await s.call('templates:update', { kind: 'publicKeyNotice', values: { intro: '{办公室}出具的文书印有二维码。', howTo: '咨询电话：0533-1234567。' } })
    const notice = text((await s.call('keys:exportNotice')).base64)
    expect(notice).toContain('示范县市场监管领域部门联合“双随机、一公开”监管联席会议办公室出具的文书印有二维码。')
    expect(notice).toContain('咨询电话：0533-1234567。')
    await s.call('templates:update', { kind: 'plan', values: { preamble: '各成员单位：\n现将{县}{年度}年度计划印发给你们。' } })
    expect(readPlanSettings(s.host.deps.store.db).preamble).toBe('各成员单位：\n现将{县}{年度}年度计划印发给你们。')
  })

  it('names an emptied field and keeps the saved wording', async () => {
    const error = await s.fail('templates:update', { kind: 'meetingNotice', values: { requirements: '' } })
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'values.requirements', message: expect.stringContaining('恢复默认') })
    expect((await s.call('templates:list'))[1].isDefault).toBe(true)
  })
})
