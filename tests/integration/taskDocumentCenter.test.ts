import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxXml } from '../support/docxXml'
import { drawnTask, matchGroups, seedNoticeFixture, type NoticeFixture } from '../support/drawnTask'
import { openTempServices, type TempServices } from '../support/tempServices'

const bodyText = (base64: string) =>
  docxXml(Buffer.from(base64, 'base64'))
    .part('word/document.xml')
    .replace(/<[^>]+>/g, '')

describe('the task’s documents in the 文书中心 (issue 9 §1)', () => {
  let s: TempServices
  let f: NoticeFixture
  let task: number
  beforeEach(async () => {
    s = openTempServices()
    f = seedNoticeFixture(s, 3)
    task = await drawnTask(s, f, f.targets)
    matchGroups(s, f, task)
    await s.call('notices:issue', { taskId: task })
  })
  afterEach(() => s.close())

  it('offers the task by code and name and its valid notices, and previews the first notice only without registering it', async () => {
    const { code, name } = await s.call('tasks:get', { id: task })
    const options = await s.call('documents:options')
    expect(options.tasks).toEqual([{ id: task, label: `${code} ${name}` }])
    expect(options.notices.map((n) => n.label)).toEqual([1, 2, 3].map((n) => expect.stringContaining(`部门联合双随机抽检字【2026】第 ${n} 号`)))
    expect((await s.fail('documents:preview', { kind: 'inspectionNotices' })).field).toBe('taskId')

    const preview = await s.call('documents:preview', { kind: 'inspectionNotices', taskId: task })
    const text = bodyText(preview.base64)
    expect(text).toContain('第 1 号')
    expect(text).not.toContain('第 2 号')
    expect(preview.fileName).toBe(`${code}行政检查通知书（3份）.docx`)
    expect(await s.call('documents:register')).toEqual([])
  })

  it('issues all the notices, one notice, the record forms, the 实施方案 and the 检查组名单 through the register', async () => {
    const notice = (await s.call('documents:options')).notices[1]
    const all = await s.call('documents:issue', { kind: 'inspectionNotices', taskId: task })
    const one = await s.call('documents:issue', { kind: 'inspectionNotices', taskId: task, noticeId: notice.id })
    expect(bodyText(one.base64)).toContain('第 2 号')
    expect(bodyText(one.base64)).not.toContain('第 1 号')
    await s.call('documents:issue', { kind: 'recordForms', taskId: task })
    await s.call('documents:issue', { kind: 'taskPlan', taskId: task })
    await s.call('documents:issue', { kind: 'inspectionGroups', taskId: task })
    const register = await s.call('documents:register')
    expect(register.map((r) => [r.kind, r.kindLabel, r.number])).toEqual([
      ['inspectionGroups', '检查组名单', null],
      ['taskPlan', '抽查任务实施方案', null],
      ['recordForms', '实地核查记录表', null],
      ['inspectionNotices', '行政检查通知书', '部门联合双随机抽检字【2026】第 2 号'],
      ['inspectionNotices', '行政检查通知书', null]
    ])
    expect(register.at(-1)!.sha256).toBe(all.sha256)
    // The 抽查任务公告 needs a locked draw: the error says what to do, beside nothing.
    expect((await s.fail('documents:preview', { kind: 'taskAnnouncement', taskId: task })).message).toContain('确认锁定')
  })
})
