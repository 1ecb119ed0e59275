import { z } from 'zod'
import { catalogEntry, catalogKinds, documentParams } from './documentCatalog'

/** Inputs of the 文书中心 channels (issue 9); the catalogue itself is in documentCatalog.ts. */
const positiveId = (label: string) => z.number({ error: `请选择${label}` }).int().positive({ error: `请选择${label}` })

/** A document of the catalogue with its parameters; a missing parameter is named beside its select. */
export const documentRequestInput = z
  .object({
    kind: z.enum(catalogKinds, { error: '请在文书目录中选择一种文书' }),
    meetingId: positiveId('会议').optional(),
    year: z.number({ error: '请选择年度' }).int().min(2000, { error: '请选择年度' }).max(2100, { error: '请选择年度' }).optional(),
    drawId: positiveId('摇号记录').optional(),
    taskId: positiveId('抽查任务').optional(),
    noticeId: positiveId('通知书').optional(),
    /** 每个对象一个文件: a task's notices or record forms as a .zip of one .docx per target. */
    perTarget: z.boolean().default(false),
    /** Names the batch for documents:progress and documents:cancel. */
    jobId: z.string().max(64).optional(),
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

export const documentJobInput = z.object({ jobId: z.string().min(1).max(64) })

export const registerSearchInput = z
  .object({ search: z.string().trim().max(100).default(''), limit: z.number().int().min(1).max(2000).default(500) })
  .default({ search: '', limit: 500 })

/** `docs check` and the drop zone: the file's bytes, base64. */
export const documentCheckInput = z.object({
  base64: z.string({ error: '请选择一个文件' }).min(1, { error: '请选择一个文件' }).max(60 * 1024 * 1024, { error: '文件太大：登记簿中的文书都小于45MB' }),
  fileName: z.string().max(260).optional()
})

