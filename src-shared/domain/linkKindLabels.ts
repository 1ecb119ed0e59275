import type { LinkKind } from './enums'

/** What a clerk calls each kind of record a topic can point at (issue 5 §3: kind + id, kept generic). */
export const linkKindLabels: Record<LinkKind, string> = {
  plan: '年度抽查计划',
  planItem: '年度计划事项',
  task: '联合抽查任务',
  checklistItem: '抽查事项',
  meeting: '联席会议',
  decision: '议定事项',
  result: '检查结果',
  followUp: '后续处置',
  correction: '更正与异议'
}

/** The records a topic proposes for discussion: "提请召开联席会议讨论确定联合抽查方案". */
export const topicLinkKinds = ['task', 'plan', 'planItem'] as const satisfies readonly LinkKind[]
