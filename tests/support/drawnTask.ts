import { ensureTaskVisits } from '../../src-main/services/tasks/ensureTaskVisits'
import type { TempServices } from './tempServices'

/**
 * Small factories for a task at 已匹配人员 without running the draw: units, items, inspectors and
 * targets written into their tables, then task_targets, visits and groups as the draw stores them.
 */
export interface NoticeFixture {
  market: number
  emergency: number
  items: number[]
  inspectors: number[]
  targets: number[]
}

const now = '2026-03-01T00:00:00.000Z'

export function seedNoticeFixture(s: TempServices, targetCount = 4, itemCount = 2): NoticeFixture {
  const sql = s.host.deps.store.sqlite
  const dept = (name: string, short: string, lead: boolean, phone: string) =>
    Number(
      sql
        .prepare('INSERT INTO departments (name, short_name, is_lead, liaison_phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(name, short, lead ? 1 : 0, phone, now, now).lastInsertRowid
    )
  const market = dept('县市场监督管理局', '市场监管', true, '0533-6961234')
  const emergency = dept('县应急管理局', '应急管理', false, '0533-6965678')
  const itemNames = ['食品经营者经营条件检查', '危险化学品经营许可条件检查', '特种设备使用登记检查', '产品质量监督检查', '广告发布行为检查', '价格行为检查']
  const items = itemNames.slice(0, itemCount).map((name, i) =>
    Number(
      sql
        .prepare('INSERT INTO checklist_items (code, department_id, name, category, content, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(`SX-${i + 1}`, i % 2 === 0 ? market : emergency, name, '一般', `检查${name.replace('检查', '')}情况`, '2026-01-01', now, now).lastInsertRowid
    )
  )
  const inspectors = [...Array(6)].map((_, n) =>
    Number(
      sql
        .prepare('INSERT INTO inspectors (department_id, name, cert_no, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(n % 2 === 0 ? market : emergency, `检查员${'甲乙丙丁戊己'[n]}`, `37030${n}2019000${n}`, '执法人员', now, now).lastInsertRowid
    )
  )
  const targets = [...Array(targetCount)].map((_, n) =>
    Number(
      sql
        .prepare(
          `INSERT INTO targets (kind, name, uscc, legal_rep, address, phone, town, status, risk_class, created_at, updated_at)
           VALUES ('企业', ?, ?, ?, ?, ?, ?, '存续', 'B', ?, ?)`
        )
        .run(`示范县第${n + 1}号商贸有限公司`, `91370322MA3C${String(n).padStart(5, '0')}X`, `法人${n + 1}`, `城关街道幸福路${n + 1}号`, `1380533000${n}`, '城关街道', now, now).lastInsertRowid
    )
  )
  return { market, emergency, items, inspectors, targets }
}

/** A task with the given targets drawn (task_targets + visits), status 已抽取对象. */
export async function drawnTask(
  s: TempServices,
  f: NoticeFixture,
  targetIds: number[],
  options: { name?: string; periodStart?: string; periodEnd?: string; items?: number[] } = {}
): Promise<number> {
  const task = await s.call('tasks:create', {
    name: options.name ?? '2026年商贸企业联合抽查',
    leadDepartmentId: f.market,
    participatingDepartmentIds: [f.emergency],
    checklistItemIds: options.items ?? f.items,
    periodStart: options.periodStart ?? '2026-03-10',
    periodEnd: options.periodEnd ?? '2026-04-30',
    adHocReason: '投诉举报集中，联席办交办'
  })
  const sql = s.host.deps.store.sqlite
  for (const t of targetIds) sql.prepare('INSERT INTO task_targets (task_id, target_id) VALUES (?, ?)').run(task.id, t)
  ensureTaskVisits(sql, task.id, now)
  sql.prepare(`UPDATE tasks SET status = '已抽取对象' WHERE id = ?`).run(task.id)
  return task.id
}

/** Groups of two (a leader from the lead unit and a member) for the task's targets; status 已匹配人员. */
export function matchGroups(s: TempServices, f: NoticeFixture, taskId: number, targetIds?: number[]): void {
  const sql = s.host.deps.store.sqlite
  const rows = sql.prepare('SELECT target_id AS targetId, visit_id AS visitId FROM task_targets WHERE task_id = ?').all(taskId) as { targetId: number; visitId: number }[]
  for (const r of rows.filter((r) => !targetIds || targetIds.includes(r.targetId))) {
    const group = Number(
      sql.prepare('INSERT INTO inspection_groups (task_id, visit_id, target_id, name, created_at) VALUES (?, ?, ?, ?, ?)').run(taskId, r.visitId, r.targetId, '检查组', now).lastInsertRowid
    )
    const add = sql.prepare('INSERT INTO group_members (group_id, inspector_id, department_id, is_leader, role, seat) VALUES (?, ?, ?, ?, ?, ?)')
    add.run(group, f.inspectors[0], f.market, 1, '组长', 1)
    add.run(group, f.inspectors[1], f.emergency, 0, '组员', 2)
  }
  sql.prepare(`UPDATE tasks SET status = '已匹配人员' WHERE id = ?`).run(taskId)
}
