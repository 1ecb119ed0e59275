/**
 * 文书中心 catalogue (issue 9 §1; no zod here, so the renderer may import it): one entry per document kind the app makes, grouped as the screen
 * shows them. The main side maps each kind to its builder (src-main/services/documents/documentBuilders.ts);
 * a new kind is one entry here and one there.
 */
export const documentGroups = ['成员与会议', '一单两库', '年度计划', '抽查任务'] as const
export type DocumentGroup = (typeof documentGroups)[number]

/** The parameters a document may need; each is a select on the screen. */
export const documentParams = {
  meetingId: '会议',
  year: '年度',
  drawId: '摇号记录',
  taskId: '抽查任务',
  noticeId: '通知书'
} as const
export type DocumentParamName = keyof typeof documentParams

export interface DocumentCatalogEntry {
  /** The kind recorded in the 文书登记簿. */
  kind: string
  group: DocumentGroup
  title: string
  /** One line: what it is and when it is issued. */
  description: string
  params: readonly DocumentParamName[]
  /** Parameters that narrow the document when chosen (e.g. one notice of the task); none is required. */
  optionalParams?: readonly DocumentParamName[]
}

export const documentCatalog = [
  { kind: 'members', group: '成员与会议', title: '联席会议成员单位及联络员名单', description: '按现任组成人员列出成员单位、成员和联络员。', params: [] },
  { kind: 'meetingNotice', group: '成员与会议', title: '会议通知（含回执）', description: '召开联席会议前印发参会单位。', params: ['meetingId'] },
  { kind: 'minutes', group: '成员与会议', title: '会议纪要', description: '已签发的联席会议纪要。', params: ['meetingId'] },
  { kind: 'decisionsReport', group: '成员与会议', title: '议定事项落实情况通报', description: '全部议定事项的落实进展。', params: [] },
  { kind: 'checklist', group: '一单两库', title: '抽查事项清单', description: '今日现行的抽查事项清单，供公开。', params: [] },
  { kind: 'plan', group: '年度计划', title: '年度联合抽查工作计划', description: '某年度计划（调整后）的正式文本。', params: ['year'] },
  { kind: 'planAdjustments', group: '年度计划', title: '计划调整公告', description: '某年度计划的全部调整。', params: ['year'] },
  { kind: 'drawRecord', group: '抽查任务', title: '摇号记录', description: '一次摇号的过程、承诺值、种子和结果。', params: ['drawId'] },
  { kind: 'taskPlan', group: '抽查任务', title: '抽查任务实施方案', description: '任务的实施方案（审批后为正式稿），附检查路线。', params: ['taskId'] },
  { kind: 'taskAnnouncement', group: '抽查任务', title: '抽查任务公告', description: '检查对象名单锁定后向社会公告。', params: ['taskId'] },
  { kind: 'inspectionGroups', group: '抽查任务', title: '检查组名单', description: '匹配执法检查人员后的各检查组及其对象。', params: ['taskId'] },
  {
    kind: 'inspectionNotices',
    group: '抽查任务',
    title: '行政检查通知书',
    description: '任务的全部有效通知书或其中一份，每份带核验二维码。',
    params: ['taskId'],
    optionalParams: ['noticeId']
  },
  { kind: 'recordForms', group: '抽查任务', title: '实地核查记录表', description: '一对象一表单，已印发通知书的带核验二维码。', params: ['taskId'] }
] as const satisfies readonly DocumentCatalogEntry[]

export type DocumentKind = (typeof documentCatalog)[number]['kind']
export const catalogKinds = documentCatalog.map((entry) => entry.kind) as [DocumentKind, ...DocumentKind[]]

/** Names of every kind the register may hold (catalogue kinds and those issued elsewhere). */
export const documentKindLabels: Record<string, string> = {
  ...Object.fromEntries(documentCatalog.map((entry) => [entry.kind, entry.title])),
  drawProof: '摇号证明（JSON）',
  drawResults: '抽取结果（Excel）',
  publicKeyNotice: '文书核验公钥公告'
}

export function catalogEntry(kind: string): DocumentCatalogEntry | undefined {
  return documentCatalog.find((entry) => entry.kind === kind)
}

export interface DocumentPreviewDto {
  fileName: string
  /** The .docx bytes, base64, as they would be saved (not registered). */
  base64: string
}

export interface DocumentOptionDto {
  id: number
  label: string
}

/** The choices for each parameter select. */
export interface DocumentOptionsDto {
  meetings: DocumentOptionDto[]
  years: number[]
  draws: DocumentOptionDto[]
  /** Tasks by 任务编号 and name, newest first. */
  tasks: DocumentOptionDto[]
  /** Valid notices with their task, for the optional 通知书 select of the chosen task. */
  notices: (DocumentOptionDto & { taskId: number })[]
}

/** How far a batch (a task's notices or record forms) has got, for its progress bar and 取消. */
export interface DocumentJobProgressDto {
  /** Documents built out of total (the packing of the file is the last step). */
  done: number
  total: number
  cancelled: boolean
  finished: boolean
}

/** One row of the 文书登记簿. */
export interface IssuedDocumentDto {
  id: number
  kind: string
  kindLabel: string
  number: string | null
  fileName: string
  sha256: string
  operator: string
  at: string
  params: Record<string, unknown>
}

export interface IssuedDocumentFileDto {
  fileName: string
  sha256: string
  base64: string
  registerId: number
  /** Where the file was written and handed to the system (Electron); null in the browser mode. */
  openedPath: string | null
}

export interface DocumentCheckDto {
  sha256: string
  /** The register row of those exact bytes, or null. */
  record: IssuedDocumentDto | null
}
