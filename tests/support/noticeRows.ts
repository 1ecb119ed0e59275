import type Database from 'better-sqlite3'

/**
 * Seeds a task, a target and its notices straight into the tables (the notice register of issue 8c
 * writes them in the app), for the 核验 tests of issue 9: each notice on a visit planned for
 * 2026-03-10 whose group holds the 执法证号 37030001 (leader) and 37030002.
 */
export function seedNotice(
  sqlite: Database.Database,
  notice: { numberText: string; seq: number; status?: '有效' | '作废'; voidReason?: string; taskCode?: string; uscc?: string }
): { taskCode: string; uscc: string } {
  const at = '2026-03-02T01:30:00.000Z'
  const taskCode = notice.taskCode ?? 'LHCC-2026-001'
  const uscc = notice.uscc ?? '91370322MA3C8K2X1F'
  sqlite.prepare(`INSERT OR IGNORE INTO departments (name, short_name, is_lead, created_at, updated_at) VALUES ('县市场监督管理局', '市场监管', 1, ?, ?)`).run(at, at)
  const department = sqlite.prepare(`SELECT id FROM departments WHERE name = '县市场监督管理局'`).get() as { id: number }
  sqlite
    .prepare(`INSERT OR IGNORE INTO tasks (code, year, name, lead_department_id, created_at, updated_at) VALUES (?, 2026, '2026年餐饮服务单位联合抽查', ?, ?, ?)`)
    .run(taskCode, department.id, at, at)
  const task = sqlite.prepare('SELECT id FROM tasks WHERE code = ?').get(taskCode) as { id: number }
  let target = sqlite.prepare('SELECT id FROM targets WHERE uscc = ?').get(uscc) as { id: number } | undefined
  target ??= sqlite
    .prepare(`INSERT INTO targets (kind, name, uscc, created_at, updated_at) VALUES ('企业', '示范县鑫源餐饮有限公司', ?, ?, ?) RETURNING id`)
    .get(uscc, at, at) as { id: number }
  const visit = sqlite.prepare(`INSERT INTO visits (target_id, planned_date, created_at) VALUES (?, '2026-03-10', ?) RETURNING id`).get(target.id, at) as { id: number }
  const group = sqlite.prepare(`INSERT INTO inspection_groups (task_id, visit_id, target_id, created_at) VALUES (?, ?, ?, ?) RETURNING id`).get(task.id, visit.id, target.id, at) as { id: number }
  ;['37030001', '37030002'].forEach((certNo, i) => {
    sqlite
      .prepare(`INSERT OR IGNORE INTO inspectors (department_id, name, cert_no, kind, created_at, updated_at) VALUES (?, ?, ?, '执法人员', ?, ?)`)
      .run(department.id, `检查员${i + 1}`, certNo, at, at)
    const inspector = sqlite.prepare('SELECT id FROM inspectors WHERE cert_no = ?').get(certNo) as { id: number }
    sqlite
      .prepare('INSERT INTO group_members (group_id, inspector_id, department_id, is_leader, seat) VALUES (?, ?, ?, ?, ?)')
      .run(group.id, inspector.id, department.id, i === 0 ? 1 : 0, i + 1)
  })
  sqlite
    .prepare('INSERT INTO notices (year, seq, number_text, task_id, visit_id, target_id, status, void_reason, issued_at) VALUES (2026, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(notice.seq, notice.numberText, task.id, visit.id, target.id, notice.status ?? '有效', notice.voidReason ?? null, at)
  return { taskCode, uscc }
}
