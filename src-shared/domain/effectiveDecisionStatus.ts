import type { DecisionStatus } from './enums'

/**
 * 逾期 is not a state a clerk sets: a decision not yet 已完成 whose due date has passed is overdue
 * (seeds/001 附件 §三: the office 督促落实联席会议议定事项). Due today is not yet overdue.
 */
export function effectiveDecisionStatus(stored: DecisionStatus, dueDate: string | null, today: string): DecisionStatus {
  if (stored === '已完成') return stored
  if (dueDate !== null && dueDate < today) return '逾期'
  return stored === '逾期' ? '推进中' : stored
}
