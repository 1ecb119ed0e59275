import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxXml } from '../support/docxXml'
import { drawnTask, matchGroups, seedNoticeFixture, type NoticeFixture } from '../support/drawnTask'
import { openTempServices, type TempServices } from '../support/tempServices'

const visitOf = (s: TempServices, taskId: number, targetId: number) =>
  (s.host.deps.store.sqlite.prepare('SELECT visit_id AS v FROM task_targets WHERE task_id = ? AND target_id = ?').get(taskId, targetId) as { v: number }).v
const groupsOn = (s: TempServices, visitId: number) =>
  s.host.deps.store.sqlite.prepare('SELECT task_id AS taskId FROM inspection_groups WHERE visit_id = ?').all(visitId) as { taskId: number }[]

describe('merged visits (issue 8 §4, 004 §(二十))', () => {
  let s: TempServices
  let f: NoticeFixture
  let mine: number
  let other: number
  beforeEach(async () => {
    s = openTempServices()
    f = seedNoticeFixture(s, 4, 4)
    mine = await drawnTask(s, f, f.targets.slice(0, 2), { items: f.items.slice(0, 2) })
    other = await drawnTask(s, f, [f.targets[1], f.targets[2]], { name: '特种设备专项', items: f.items.slice(2, 4), periodStart: '2026-04-01', periodEnd: '2026-05-31' })
  })
  afterEach(() => s.close())

  it('lists a target another task checks in an overlapping window, but not one whose window does not overlap', async () => {
    const late = await drawnTask(s, f, [f.targets[0]], { name: '下半年任务', periodStart: '2026-09-01', periodEnd: '2026-09-30' })
    const overview = await s.call('visits:overview', { taskId: mine })
    expect(overview.candidates.map((c) => [c.targetName, c.otherTaskId])).toEqual([['示范县第2号商贸有限公司', other]])
    expect((await s.call('visits:overview', { taskId: late })).candidates).toEqual([])
  })

  it('merges onto the other task’s visit: its group serves both and this task’s group is deleted; the notice lists all items once', async () => {
    matchGroups(s, f, mine)
    matchGroups(s, f, other)
    const ownVisit = visitOf(s, mine, f.targets[1])
    const merged = await s.call('visits:merge', { taskId: mine, targetId: f.targets[1], otherTaskId: other })
    expect(merged.candidates).toEqual([])
    expect(merged.merged).toMatchObject([{ targetName: '示范县第2号商贸有限公司', otherTasks: [{ id: other }] }])
    const shared = visitOf(s, other, f.targets[1])
    expect(visitOf(s, mine, f.targets[1])).toBe(shared)
    expect(groupsOn(s, shared)).toEqual([{ taskId: other }])
    expect(s.host.deps.store.sqlite.prepare('SELECT id FROM visits WHERE id = ?').get(ownVisit)).toBeUndefined()

    // One notice for the shared visit, seen from both tasks, listing the items of both.
    const issued = await s.call('notices:issue', { taskId: mine })
    const sharedNotice = issued.notices.find((n) => n.visitId === shared)!
    expect(sharedNotice.sharedWith).toHaveLength(1)
    const seenByOther = await s.call('notices:list', { taskId: other })
    expect(seenByOther.notices.map((n) => n.numberText)).toEqual([sharedNotice.numberText])
    expect(seenByOther.pending).toBe(1)
    const file = await s.call('notices:export', { taskId: mine, noticeId: sharedNotice.id })
    const text = docxXml(Buffer.from(file.base64, 'base64')).part('word/document.xml').replace(/<[^>]+>/g, '')
    for (const [n, name] of [[1, '食品经营者'], [2, '危险化学品'], [3, '特种设备'], [4, '产品质量']]) expect(text).toContain(`${n}．${name}`)
    // The window both tasks share.
    expect(text).toContain('2026年4月1日至2026年4月30日期间')
    expect((await s.fail('visits:unmerge', { taskId: mine, targetId: f.targets[1] })).message).toContain('不能再取消合并')
  })

  it('moves this task’s group to the merged visit when the other visit has none', async () => {
    matchGroups(s, f, mine)
    await s.call('visits:merge', { taskId: mine, targetId: f.targets[1], otherTaskId: other })
    expect(groupsOn(s, visitOf(s, other, f.targets[1]))).toEqual([{ taskId: mine }])
  })

  it('unmerges: the group stays with its task and the task left without one goes back to 已抽取对象 for a supplementary draw', async () => {
    matchGroups(s, f, other)
    matchGroups(s, f, mine, [f.targets[0]])
    await s.call('visits:merge', { taskId: mine, targetId: f.targets[1], otherTaskId: other })
    const result = await s.call('visits:unmerge', { taskId: mine, targetId: f.targets[1] })
    expect(result.overview.merged).toEqual([])
    expect(result.message).toContain('补抽执法检查人员')
    expect(result.message).toContain('已抽取对象')
    expect(visitOf(s, mine, f.targets[1])).not.toBe(visitOf(s, other, f.targets[1]))
    expect(groupsOn(s, visitOf(s, other, f.targets[1]))).toEqual([{ taskId: other }])
    expect(groupsOn(s, visitOf(s, mine, f.targets[1]))).toEqual([])
    expect((await s.call('tasks:get', { id: mine })).status).toBe('已抽取对象')
    expect((await s.call('tasks:get', { id: other })).status).toBe('已匹配人员')
    expect((await s.fail('notices:issue', { taskId: mine })).message).toContain('还有 1 个检查对象没有检查组')
  })

  it('unmerges a visit served by this task’s group: the group goes with this task and the other task needs a supplementary draw', async () => {
    matchGroups(s, f, mine)
    await s.call('visits:merge', { taskId: mine, targetId: f.targets[1], otherTaskId: other })
    s.host.deps.store.sqlite.prepare(`UPDATE tasks SET status = '已匹配人员' WHERE id = ?`).run(other)
    const result = await s.call('visits:unmerge', { taskId: mine, targetId: f.targets[1] })
    expect(groupsOn(s, visitOf(s, mine, f.targets[1]))).toEqual([{ taskId: mine }])
    expect(groupsOn(s, visitOf(s, other, f.targets[1]))).toEqual([])
    expect(result.message).toContain((await s.call('tasks:get', { id: other })).code)
    expect((await s.call('tasks:get', { id: other })).status).toBe('已抽取对象')
    expect((await s.call('tasks:get', { id: mine })).status).toBe('已匹配人员')
  })

  it('refuses a merge once either visit’s notice is issued', async () => {
    matchGroups(s, f, other)
    await s.call('notices:issue', { taskId: other })
    expect((await s.call('visits:overview', { taskId: mine })).candidates).toEqual([])
    expect((await s.fail('visits:merge', { taskId: mine, targetId: f.targets[1], otherTaskId: other })).message).toContain('已印发行政检查通知书')
  })
})

describe('预查比对 (issue 8 §5, 004 §(二十八)1, §(三十))', () => {
  let s: TempServices
  let f: NoticeFixture
  beforeEach(() => {
    s = openTempServices()
    f = seedNoticeFixture(s, 3)
  })
  afterEach(() => s.close())

  it('shows registration status, 经营异常, earlier results and open follow-ups', async () => {
    const sql = s.host.deps.store.sqlite
    sql.prepare("UPDATE targets SET status = '注销', abnormal = 1 WHERE id = ?").run(f.targets[0])
    const earlier = await drawnTask(s, f, [f.targets[0]], { name: '去年的任务', periodStart: '2026-01-05', periodEnd: '2026-01-31' })
    const result = sql
      .prepare("INSERT INTO results (task_id, target_id, checklist_item_id, category, checked_date, entered_at) VALUES (?, ?, ?, '发现问题已责令改正', '2026-01-20', 'x')")
      .run(earlier, f.targets[0], f.items[0]).lastInsertRowid
    sql.prepare("INSERT INTO follow_ups (result_id, handover_kind, handed_over_at) VALUES (?, '本部门', '2026-01-21')").run(result)
    const task = await drawnTask(s, f, f.targets)
    const rows = await s.call('visits:precheck', { taskId: task })
    const first = rows.find((r) => r.targetId === f.targets[0])!
    expect(first).toMatchObject({ registrationStatus: '注销', abnormal: true, openFollowUps: 1, outcome: '待检查', precheckedAt: null })
    expect(first.earlierResults[0]).toContain('2026-01-20')
  })

  it('records 不再检查 with its reason as the target’s outcome, keeps it in the task, and leaves it out of the notices', async () => {
    const task = await drawnTask(s, f, f.targets)
    matchGroups(s, f, task)
    expect((await s.fail('visits:decide', { taskId: task, targetId: f.targets[0], decision: '注销/吊销', note: '' })).field).toBe('note')
    const rows = await s.call('visits:decide', { taskId: task, targetId: f.targets[0], decision: '注销/吊销', note: '2026年2月10日已注销' })
    expect(rows.find((r) => r.targetId === f.targets[0])).toMatchObject({ outcome: '已注销吊销', note: '2026年2月10日已注销' })
    await s.call('visits:decide', { taskId: task, targetId: f.targets[1], decision: '无法联系', note: '三次上门均无人' })
    await s.call('visits:decide', { taskId: task, targetId: f.targets[1], decision: '迁出', note: '已迁往邻县' })
    expect((await s.call('visits:precheck', { taskId: task })).map((r) => r.outcome).sort()).toEqual(['已注销吊销', '已迁出', '待检查'].sort())
    expect((await s.call('tasks:get', { id: task })).targetCount).toBe(3)
    const issued = await s.call('notices:issue', { taskId: task })
    expect(issued.notices.map((n) => n.targetId)).toEqual([f.targets[2]])
    const refused = await s.fail('visits:decide', { taskId: task, targetId: f.targets[2], decision: '无法联系', note: '电话停机' })
    expect(refused.message).toContain('已印发行政检查通知书')
    // The decision of a target without a notice can still change.
    await s.call('visits:decide', { taskId: task, targetId: f.targets[1], decision: '继续检查', note: '' })
  })
})
