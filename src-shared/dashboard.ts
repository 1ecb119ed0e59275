/** Counts shown on the home screen and printed by `spotcheck status --json` (issue 2 §7, §10). */
export interface Counts {
  departments: number
  checklistItems: number
  targets: number
  inspectors: number
  plans: number
  tasks: number
  meetings: number
}

export interface AttentionItem {
  level: 'warning' | 'info'
  text: string
  /** Route in the renderer where the clerk can act on it. */
  route?: string
}

export interface DashboardDto {
  counts: Counts
  attention: AttentionItem[]
  demo: boolean
  /** issue 5 §4: decisions past their due date and not done. */
  overdueDecisions: number
  /** issue 7 §3: the units' submissions for the plan being drafted (null: no plan in 草拟/征求意见). */
  planSubmissions: { year: number; submitted: number; total: number; deadline: string; daysLeft: number; overdue: string[] } | null
}

export interface AuditEntryDto {
  seq: number
  at: string
  operator: string
  action: string
  summary: string
}

export interface IssuedFileDto {
  fileName: string
  sha256: string
  /** The .docx bytes, base64: the renderer saves them as a download. */
  base64: string
}
