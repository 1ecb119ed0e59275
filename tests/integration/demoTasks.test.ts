import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/runCli'
import { openTempServices, type TempServices } from '../support/tempServices'

const count = (sqlite: Database.Database, sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { n: number }).n

describe('the demo county’s joint tasks (issue 8 §8)', () => {
  let s: TempServices
  let sqlite: Database.Database
  let dir: string
  beforeAll(() => {
    s = openTempServices({ seedDemo: true })
    sqlite = s.host.deps.store.sqlite
    dir = mkdtempSync(join(tmpdir(), 'spotcheck-demo-tasks-'))
  })
  afterAll(() => {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const tasks = () => s.call('tasks:list')
  const jointTask = async () => (await tasks()).find((t) => t.status === '实施中')!

  it('has tasks in 草拟, 已抽取对象, 已匹配人员 and 实施中, from the published plan’s items and one 临时抽查 with its reason', async () => {
    const list = await tasks()
    expect(new Set(list.map((t) => t.status))).toEqual(new Set(['草拟', '已抽取对象', '已匹配人员', '实施中']))
    const full = await Promise.all(list.map((t) => s.call('tasks:get', { id: t.id })))
    const adHoc = full.filter((t) => t.adHoc)
    expect(adHoc).toHaveLength(1)
    expect(adHoc[0].adHocReason).toContain('投诉举报')
    const planned = full.filter((t) => !t.adHoc)
    expect(planned.length).toBeGreaterThanOrEqual(3)
    const options = (await s.call('tasks:formOptions')).planItems
    for (const task of planned) expect(options.find((o) => o.id === task.planItemId)?.planTitle, task.name).toContain('2026')
  })

  it('runs the joint task of three units with 20+ drawn targets, an approved 实施方案 and a group for every visit', async () => {
    const task = await s.call('tasks:get', { id: (await jointTask()).id })
    expect(1 + task.participatingDepartmentIds.length).toBeGreaterThanOrEqual(3)
    expect(task.targetCount).toBeGreaterThanOrEqual(20)
    const plan = await s.call('tasks:plan', { taskId: task.id })
    expect(plan.status).toBe('已批准')
    expect(plan.steps.map((step) => step.step)).toEqual(['拟稿', '审核', '批准'])
    const withoutGroup = count(
      sqlite,
      `SELECT count(*) AS n FROM task_targets tt WHERE tt.task_id = ? AND tt.outcome = '待检查'
          AND NOT EXISTS (SELECT 1 FROM inspection_groups g WHERE g.visit_id = tt.visit_id)`,
      task.id
    )
    expect(withoutGroup).toBe(0)
    const draws = await s.call('draw:taskDraws', { taskId: task.id })
    expect(draws.current?.targets.length).toBe(task.targetCount)
    // 路线图、时间表: every visit to be made has its day.
    expect((await s.call('tasks:route', { taskId: task.id })).unscheduled).toBe(0)
  })

  it('shares one visit with the 临时抽查 whose on-site window overlaps, and both tasks see its one notice', async () => {
    const joint = await jointTask()
    const overview = await s.call('visits:overview', { taskId: joint.id })
    expect(overview.merged).toHaveLength(1)
    const [merged] = overview.merged
    const other = merged.otherTasks[0]
    expect((await s.call('tasks:get', { id: other.id })).adHoc).toBe(true)
    expect(count(sqlite, 'SELECT count(DISTINCT task_id) AS n FROM task_targets WHERE visit_id = ?', merged.visitId)).toBe(2)
    expect(merged.noticeNumber).not.toBeNull()
    expect((await s.call('notices:list', { taskId: other.id })).notices.map((n) => n.numberText)).toEqual([merged.noticeNumber])
  })

  it('keeps one target 不再检查 as 已注销吊销 with its reason, without a notice', async () => {
    const joint = await jointTask()
    const rows = await s.call('visits:precheck', { taskId: joint.id })
    const gone = rows.filter((r) => r.outcome === '已注销吊销')
    expect(gone).toHaveLength(1)
    expect(gone[0]).toMatchObject({ registrationStatus: '注销', noticeNumber: null })
    expect(gone[0].note).toContain('注销')
  })

  it('issues the joint task’s notices with sequential 字号 of the year', async () => {
    const joint = await jointTask()
    const notices = (await s.call('notices:list', { taskId: joint.id })).notices
    const task = await s.call('tasks:get', { id: joint.id })
    expect(notices).toHaveLength(task.targetCount - 1)
    const seqs = sqlite.prepare('SELECT seq FROM notices WHERE year = 2026 ORDER BY seq').all() as { seq: number }[]
    expect(seqs.map((r) => r.seq)).toEqual(seqs.map((_, i) => i + 1))
    expect(notices.map((n) => n.numberText)).toContain('部门联合双随机抽检字【2026】第 1 号')
    for (const notice of notices) expect(notice.status).toBe('有效')
  })

  it('exports the joint task’s target draw and inspector draw as proofs that spotcheck verify passes', async () => {
    const joint = await jointTask()
    const draws = await s.call('draw:taskDraws', { taskId: joint.id })
    for (const draw of [draws.current!, draws.history.find((d) => d.purpose === 'inspectors')!]) {
      const file = await s.call('draw:exportProof', { drawId: draw.id })
      const path = join(dir, `proof-${draw.id}.json`)
      writeFileSync(path, Buffer.from(file.base64, 'base64'))
      expect(runCli(['verify', path])).toMatchObject({ code: 0, stdout: '通过\n' })
    }
  })

  it('goes with demo:clear: no task, draw, visit, group, notice or commitment is left', async () => {
    const own = await s.call('departments:create', { name: '示范县供销合作社联合社', shortName: '供销社', liaisonName: '高远', liaisonPhone: '13905339876', sortOrder: 300 })
    expect(await s.call('demo:clear')).toEqual({ cleared: true })
    for (const table of ['tasks', 'draws', 'draw_commitments', 'task_targets', 'visits', 'inspection_groups', 'group_members', 'notices', 'task_plan_approvals']) {
      expect(count(sqlite, `SELECT count(*) AS n FROM ${table}`), table).toBe(0)
    }
    expect((await s.call('departments:list')).map((d) => d.id)).toEqual([own.id])
  })
})
