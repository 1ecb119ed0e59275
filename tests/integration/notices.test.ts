import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxXml } from '../support/docxXml'
import { drawnTask, matchGroups, seedNoticeFixture, type NoticeFixture } from '../support/drawnTask'
import { openTempServices, type TempServices } from '../support/tempServices'

const numbers = (list: { numberText: string }[]) => list.map((n) => n.numberText)
const bodyText = (base64: string) =>
  docxXml(Buffer.from(base64, 'base64'))
    .part('word/document.xml')
    .replace(/<[^>]+>/g, '')

describe('行政检查通知书 字号 register (issue 8 §6)', () => {
  let s: TempServices
  let f: NoticeFixture
  beforeEach(() => {
    s = openTempServices()
    f = seedNoticeFixture(s, 5)
  })
  afterEach(() => s.close())

  it('numbers notices from one office-wide register per year, in sequence across tasks, and puts the task 实施中', async () => {
    const first = await drawnTask(s, f, f.targets.slice(0, 2))
    const second = await drawnTask(s, f, f.targets.slice(2, 5), { name: '第二个任务', periodStart: '2026-06-01', periodEnd: '2026-06-30' })
    matchGroups(s, f, first)
    matchGroups(s, f, second)
    const a = await s.call('notices:issue', { taskId: first })
    const b = await s.call('notices:issue', { taskId: second })
    expect(numbers(a.notices)).toEqual(['部门联合双随机抽检字【2026】第 1 号', '部门联合双随机抽检字【2026】第 2 号'])
    expect(b.notices.map((n) => n.seq)).toEqual([3, 4, 5])
    expect((await s.call('tasks:get', { id: first })).status).toBe('实施中')
    const sql = s.host.deps.store.sqlite
    expect(() => sql.prepare("INSERT INTO notices (year, seq, number_text, task_id, issued_at) VALUES (2026, 3, 'x', ?, 'x')").run(first)).toThrow(/UNIQUE/)
  })

  it('prints the office’s own 依据 and closing wording (文书措辞) on the next notices, and the default after 恢复默认', async () => {
    const task = await drawnTask(s, f, f.targets.slice(0, 1))
    matchGroups(s, f, task)
    await s.call('notices:issue', { taskId: task })
    const basis = '根据《示范县市场监管领域部门联合抽查工作细则》（示监联〔2026〕2号）'
    await s.call('templates:update', { kind: 'inspectionNotice', values: { basis, cooperation: '如有疑问，请致电0533-6966123。' } })
    const custom = bodyText((await s.call('notices:export', { taskId: task })).base64)
    expect(custom).toContain(`${basis}，我单位定于`)
    expect(custom).toContain('如有疑问，请致电0533-6966123。')
    expect(custom).not.toContain('国发〔2019〕5号')
    await s.call('templates:reset', { kind: 'inspectionNotice' })
    const standard = bodyText((await s.call('notices:export', { taskId: task })).base64)
    expect(standard).toContain('（国发〔2019〕5号）等相关要求，我单位定于')
    expect(standard).toContain('请你单位对行政检查工作予以积极配合。')
  })

  it('refuses notices before groups, naming how many targets lack one, and issues nothing', async () => {
    const task = await drawnTask(s, f, f.targets.slice(0, 3))
    matchGroups(s, f, task, [f.targets[0]])
    const error = await s.fail('notices:issue', { taskId: task })
    expect(error.message).toContain('还有 2 个检查对象没有检查组')
    expect(error.message).toContain('摇号')
    expect((await s.call('notices:list', { taskId: task })).notices).toEqual([])
    expect((await s.call('tasks:get', { id: task })).status).toBe('已匹配人员')
  })

  it('keeps the number on reprint; a void keeps it marked 作废 and the visit is issued anew with a new number', async () => {
    const task = await drawnTask(s, f, f.targets.slice(0, 2))
    matchGroups(s, f, task)
    const issued = await s.call('notices:issue', { taskId: task })
    const [one] = issued.notices
    const reprint = await s.call('notices:export', { taskId: task, noticeId: one.id })
    expect(reprint.fileName).toBe('行政检查通知书部门联合双随机抽检字【2026】第 1 号.docx')
    expect(bodyText(reprint.base64)).toContain('部门联合双随机抽检字【2026】第 1 号')
    expect(numbers((await s.call('notices:list', { taskId: task })).notices)).toEqual(numbers(issued.notices))

    expect((await s.fail('notices:void', { id: one.id, reason: '' })).field).toBe('reason')
    const voided = await s.call('notices:void', { id: one.id, reason: '检查日期变更，重新印发' })
    expect(voided.notices[0]).toMatchObject({ status: '作废', voidReason: '检查日期变更，重新印发', numberText: one.numberText })
    expect(voided.pending).toBe(1)
    expect((await s.fail('notices:export', { taskId: task, noticeId: one.id })).message).toContain('已作废')
    const again = await s.call('notices:issue', { taskId: task })
    expect(again.notices.map((n) => [n.seq, n.status])).toEqual([
      [1, '作废'],
      [2, '有效'],
      [3, '有效']
    ])
    expect(again.notices[2].targetId).toBe(one.targetId)
  })

  it('exports all the task’s notices in one document and records it in the register', async () => {
    const task = await drawnTask(s, f, f.targets.slice(0, 3))
    matchGroups(s, f, task)
    expect((await s.fail('notices:export', { taskId: task })).message).toContain('印发通知书')
    await s.call('notices:issue', { taskId: task })
    const file = await s.call('notices:export', { taskId: task })
    const text = bodyText(file.base64)
    for (const n of [1, 2, 3]) expect(text).toContain(`部门联合双随机抽检字【2026】第 ${n} 号`)
    expect(text).toContain('检查员甲（县市场监督管理局，执法证号：37030020190000）组长')
    expect(text).toContain('联系电话：0533-6961234')
    expect(text).toContain('我单位定于2026年3月10日至2026年4月30日期间，对你单位实施行政检查')
    expect(text).toContain('1．食品经营者经营条件检查（县市场监督管理局）')
    const registered = s.host.deps.store.sqlite.prepare("SELECT kind, file_name AS fileName FROM issued_documents WHERE kind = 'inspectionNotices'").all()
    expect(registered).toEqual([{ kind: 'inspectionNotices', fileName: file.fileName }])
    const forms = await s.call('notices:exportRecordForms', { taskId: task })
    const formText = bodyText(forms.base64)
    expect(formText).toContain('示范县第1号商贸有限公司')
    expect(formText).toContain('示范县城关街道')
    expect(formText).toContain('通知书：部门联合双随机抽检字【2026】第 1 号')
  })
})
