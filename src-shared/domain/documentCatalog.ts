import { z } from 'zod'

/**
 * 文书中心 catalogue (issue 9 §1): one entry per document kind the app makes, grouped as the screen
 * shows them. The main side maps each kind to its builder (src-main/services/documents/documentBuilders.ts);
 * a new kind is one entry here and one there.
 */
export const documentGroups = ['成员与会议', '一单两库', '年度计划', '抽查任务'] as const
export type DocumentGroup = (typeof documentGroups)[number]

/** The parameters a document may need; each is a select on the screen. */
export const documentParams = {
  meetingId: '会议',
  year: '年度',
  drawId: '摇号记录'
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
}

export const documentCatalog = [
  { kind: 'members', group: '成员与会议', title: '联席会议成员单位及联络员名单', description: '按现任组成人员列出成员单位、成员和联络员。', params: [] },
  { kind: 'meetingNotice', group: '成员与会议', title: '会议通知（含回执）', description: '召开联席会议前印发参会单位。', params: ['meetingId'] },
  { kind: 'minutes', group: '成员与会议', title: '会议纪要', description: '已签发的联席会议纪要。', params: ['meetingId'] },
  { kind: 'decisionsReport', group: '成员与会议', title: '议定事项落实情况通报', description: '全部议定事项的落实进展。', params: [] },
  { kind: 'checklist', group: '一单两库', title: '抽查事项清单', description: '今日现行的抽查事项清单，供公开。', params: [] },
  { kind: 'plan', group: '年度计划', title: '年度联合抽查工作计划', description: '某年度计划（调整后）的正式文本。', params: ['year'] },
  { kind: 'planAdjustments', group: '年度计划', title: '计划调整公告', description: '某年度计划的全部调整。', params: ['year'] },
  { kind: 'drawRecord', group: '抽查任务', title: '摇号记录', description: '一次摇号的过程、承诺值、种子和结果。', params: ['drawId'] }
] as const satisfies readonly DocumentCatalogEntry[]

export type DocumentKind = (typeof documentCatalog)[number]['kind']
const catalogKinds = documentCatalog.map((entry) => entry.kind) as [DocumentKind, ...DocumentKind[]]

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

const positiveId = (label: string) => z.number({ error: `请选择${label}` }).int().positive({ error: `请选择${label}` })

/** A document of the catalogue with its parameters; a missing parameter is named beside its select. */
export const documentRequestInput = z
  .object({
    kind: z.enum(catalogKinds, { error: '请在文书目录中选择一种文书' }),
    meetingId: positiveId('会议').optional(),
    year: z.number({ error: '请选择年度' }).int().min(2000, { error: '请选择年度' }).max(2100, { error: '请选择年度' }).optional(),
    drawId: positiveId('摇号记录').optional(),
    fileName: z.string().trim().max(200).regex(/\.docx$/i, { error: '文件名应以 .docx 结尾' }).optional(),
    /** 保存为 Word, 打开, 打印: each saves through the register; open and print also hand the file to the system. */
    action: z.enum(['save', 'open', 'print']).default('save')
  })
  .superRefine((input, ctx) => {
    for (const param of catalogEntry(input.kind)?.params ?? []) {
      if (input[param] === undefined) ctx.addIssue({ code: 'custom', path: [param], message: `请先选择${documentParams[param]}，再生成这份文书` })
    }
  })
export type DocumentRequest = z.output<typeof documentRequestInput>

export type DocumentRequestInput = z.input<typeof documentRequestInput>

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

export const registerSearchInput = z
  .object({ search: z.string().trim().max(100).default(''), limit: z.number().int().min(1).max(2000).default(500) })
  .default({ search: '', limit: 500 })

/** `docs check` and the drop zone: the file's bytes, base64. */
export const documentCheckInput = z.object({
  base64: z.string({ error: '请选择一个文件' }).min(1, { error: '请选择一个文件' }).max(60 * 1024 * 1024, { error: '文件太大：登记簿中的文书都小于45MB' }),
  fileName: z.string().max(260).optional()
})

export interface DocumentCheckDto {
  sha256: string
  /** The register row of those exact bytes, or null. */
  record: IssuedDocumentDto | null
}
