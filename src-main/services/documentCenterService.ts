import { createHash } from 'node:crypto'
import type { DocumentOptionsDto } from '@shared/domain/documentCatalog'
import { documentBuilders } from './documents/documentBuilders'
import { cancelDocumentJob, readDocumentJob } from './documents/documentJobs'
import { findIssuedBytes, readRegister } from './documents/readRegister'
import { writeOpenedDocument } from './documents/writeOpenedDocument'
import type { HandlerMap } from './serviceHost'

/** 文书中心 (issue 9 §1, §2): catalogue parameters, preview, issue (save, open, print), register and check. */
export const documentCenterHandlers: Pick<
  HandlerMap,
  'documents:options' | 'documents:preview' | 'documents:issue' | 'documents:register' | 'documents:check' | 'documents:progress' | 'documents:cancel'
> = {
  'documents:options': {
    tx: (ctx): DocumentOptionsDto => ({
      meetings: ctx.sqlite
        .prepare(`SELECT id, date || ' ' || title AS label FROM meetings ORDER BY date DESC, id DESC`)
        .all() as DocumentOptionsDto['meetings'],
      years: (ctx.sqlite.prepare('SELECT DISTINCT year FROM plans ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year),
      draws: ctx.sqlite
        .prepare(
          `SELECT d.id, k.code || ' ' || k.name || '（' || d.kind || '摇号，' || substr(d.at, 1, 10) || '）' AS label
             FROM draws d JOIN tasks k ON k.id = d.task_id ORDER BY d.id DESC`
        )
        .all() as DocumentOptionsDto['draws'],
      tasks: ctx.sqlite.prepare(`SELECT id, code || ' ' || name AS label FROM tasks ORDER BY year DESC, id DESC`).all() as DocumentOptionsDto['tasks'],
      notices: ctx.sqlite
        .prepare(
          `SELECT n.id, n.task_id AS taskId, n.number_text || ' ' || coalesce(t.name, '') AS label
             FROM notices n LEFT JOIN targets t ON t.id = n.target_id WHERE n.status = '有效' ORDER BY n.year DESC, n.seq`
        )
        .all() as DocumentOptionsDto['notices']
    })
  },
  'documents:preview': {
    async: async (ctx, request) => {
      const built = await documentBuilders[request.kind]({ ...ctx, previewOnly: true }, request)
      return { fileName: built.fileName, base64: built.base64 }
    }
  },
  'documents:issue': {
    async: async (ctx, request) => {
      const issued = await documentBuilders[request.kind](ctx, request)
      let openedPath: string | null = null
      // In Electron the file goes to the data folder's 文书 folder and to the system's Word; the
      // browser mode has no openFile and downloads it instead.
      if (request.action !== 'save' && ctx.openFile) {
        openedPath = writeOpenedDocument(ctx.dataDir, issued.fileName, Buffer.from(issued.base64, 'base64'))
        await ctx.openFile(openedPath, request.action)
      }
      return { fileName: issued.fileName, sha256: issued.sha256, base64: issued.base64, registerId: issued.registerId ?? 0, openedPath }
    }
  },
  'documents:progress': { tx: (_ctx, { jobId }) => readDocumentJob(jobId) },
  // 取消 changes no data (the batch registers nothing until it is done), so it is a query without an audit row.
  'documents:cancel': { tx: (_ctx, { jobId }) => ({ cancelled: cancelDocumentJob(jobId) }) },
  'documents:register': { tx: (ctx, { search, limit }) => readRegister(ctx.sqlite, search, limit) },
  'documents:check': {
    tx: (ctx, { base64 }) => {
      const sha256 = createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex')
      return { sha256, record: findIssuedBytes(ctx.sqlite, sha256) }
    }
  }
}
