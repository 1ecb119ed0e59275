import { createHash } from 'node:crypto'
import type { IssuedFileDto } from '@shared/dashboard'
import { issuedDocuments } from '../../db/schema'
import type { ServiceContext } from '../serviceContext'

export interface IssueRequest {
  kind: string
  params: Record<string, unknown>
  /** 字号 where the document has one. */
  number?: string | null
  fileName: string
  bytes: Buffer
}

/**
 * Records a generated document in the 文书登记簿 (DESIGN.md issued_documents; seeds/004 §(五)
 * 全程留痕): SHA-256 of the exact bytes, in the same transaction as the call's audit row.
 */
export function issueDocument(ctx: ServiceContext, request: IssueRequest): IssuedFileDto & { registerId: number } {
  const sha256 = createHash('sha256').update(request.bytes).digest('hex')
  if (ctx.previewOnly) return { fileName: request.fileName, sha256, base64: request.bytes.toString('base64'), registerId: 0 }
  return ctx.transaction(() => {
    const row = ctx.db
      .insert(issuedDocuments)
      .values({
        kind: request.kind,
        params: request.params,
        number: request.number ?? null,
        fileName: request.fileName,
        sha256,
        operator: ctx.operator,
        at: ctx.now
      })
      .returning({ id: issuedDocuments.id })
      .get()
    ctx.auditDetail({ documentId: row.id, fileName: request.fileName, sha256 })
    return { fileName: request.fileName, sha256, base64: request.bytes.toString('base64'), registerId: row.id }
  })
}
