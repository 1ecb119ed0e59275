import type Database from 'better-sqlite3'
import { ServiceError } from '../serviceError'

/**
 * Every table that carries demo rows, children before parents, with what a clerk calls its rows.
 * settings, audit_log (append-only) and issued_documents have no demo rows and are left alone.
 */
export const demoTablesChildrenFirst: readonly { table: string; label: string }[] = [
  { table: 'attachments', label: '附件' },
  { table: 'corrections_objections', label: '更正与异议' },
  { table: 'follow_ups', label: '后续处置' },
  { table: 'results', label: '检查结果' },
  { table: 'notices', label: '检查通知书' },
  { table: 'group_members', label: '检查组成员' },
  { table: 'inspection_groups', label: '检查组' },
  { table: 'task_targets', label: '任务检查对象' },
  { table: 'draws', label: '摇号记录' },
  { table: 'visits', label: '合并检查' },
  { table: 'task_plan_approvals', label: '实施方案审批记录' },
  { table: 'tasks', label: '联合抽查任务' },
  { table: 'plan_item_merges', label: '计划合并记录' },
  { table: 'plan_coverage_notes', label: '计划覆盖说明' },
  { table: 'plan_adjustments', label: '计划调整' },
  { table: 'plan_items', label: '计划事项' },
  { table: 'plan_submissions', label: '计划报送' },
  { table: 'plans', label: '年度抽查计划' },
  { table: 'decision_progress', label: '议定事项进展' },
  { table: 'meeting_decisions', label: '议定事项' },
  { table: 'meeting_topics', label: '会议议题' },
  { table: 'meeting_attendees', label: '参会人员' },
  { table: 'roster_seats', label: '联席会议组成人员' },
  { table: 'meetings', label: '联席会议' },
  { table: 'special_directory_members', label: '专项名录库成员' },
  { table: 'special_directories', label: '分类专项名录库' },
  { table: 'target_departments', label: '检查对象的监管部门' },
  { table: 'target_status_history', label: '登记状态变更记录' },
  { table: 'checklist_adjustments', label: '清单调整记录' },
  { table: 'checklist_items', label: '抽查事项' },
  { table: 'inspectors', label: '执法检查人员' },
  { table: 'targets', label: '检查对象' },
  { table: 'departments', label: '成员单位' }
]

interface ForeignKey {
  table: string
  from: string
  to: string | null
  on_delete: string
}

/**
 * Deletes every demo row (is_demo = 1) and returns how many went from each table. Refuses, and
 * deletes nothing, while the office's own rows still point at demo rows (a task led by a demo
 * unit, an own target supervised by a demo unit …): those would otherwise break or vanish.
 * Rows that only exist as part of a demo parent (ON DELETE CASCADE) go with it.
 */
export function clearDemoData(sqlite: Database.Database): Record<string, number> {
  const blockers = ownRowsUsingDemoRows(sqlite)
  if (blockers.length > 0) {
    throw new ServiceError(
      'CONFLICT',
      `不能清除示范数据：您录入的${blockers.map((b) => `${b.label}${b.count}条`).join('、')}仍在使用示范数据中的记录。` +
        '请先把这些记录改为使用您自己录入的成员单位、检查对象或人员（或删除它们），再清除示范数据。'
    )
  }
  const removed: Record<string, number> = {}
  // 承诺值 rows carry no is_demo of their own: they go with their demo task (issue 8 §8).
  const { changes: commitments } = sqlite.prepare('DELETE FROM draw_commitments WHERE task_id IN (SELECT id FROM tasks WHERE is_demo = 1)').run()
  if (commitments > 0) removed.draw_commitments = commitments
  for (const { table } of demoTablesChildrenFirst) {
    const { changes } = sqlite.prepare(`DELETE FROM ${table} WHERE is_demo = 1`).run()
    if (changes > 0) removed[table] = changes
  }
  return removed
}

function ownRowsUsingDemoRows(sqlite: Database.Database): { label: string; count: number }[] {
  const demoTables = new Set(demoTablesChildrenFirst.map((t) => t.table))
  const blockers: { label: string; count: number }[] = []
  for (const { table, label } of demoTablesChildrenFirst) {
    const keys = sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as ForeignKey[]
    const references = keys
      .filter((key) => demoTables.has(key.table) && key.on_delete.toUpperCase() !== 'CASCADE')
      .map((key) => `${key.from} IN (SELECT ${key.to ?? 'id'} FROM ${key.table} WHERE is_demo = 1)`)
    if (references.length === 0) continue
    const { n } = sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE is_demo = 0 AND (${references.join(' OR ')})`).get() as { n: number }
    if (n > 0) blockers.push({ label, count: n })
  }
  return blockers
}
