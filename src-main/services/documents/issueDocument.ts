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

/**
 * A batch saved as a .zip with one .docx per target (issue 9 §1): each file inside and the zip itself
 * recorded in the register, all in one transaction with the call's one audit row.
 */
export function issueDocumentBatch(ctx: ServiceContext, files: readonly IssueRequest[], zip: IssueRequest): IssuedFileDto & { registerId: number } {
  const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
  const sha256 = hash(zip.bytes)
  const result = { fileName: zip.fileName, sha256, base64: zip.bytes.toString('base64') }
  if (ctx.previewOnly) return { ...result, registerId: 0 }
  return ctx.transaction(() => {
    const insert = (request: IssueRequest, digest: string) =>
      ctx.db
        .insert(issuedDocuments)
        .values({ kind: request.kind, params: request.params, number: request.number ?? null, fileName: request.fileName, sha256: digest, operator: ctx.operator, at: ctx.now })
        .returning({ id: issuedDocuments.id })
        .get().id
    const fileIds = files.map((file) => insert(file, hash(file.bytes)))
    const id = insert(zip, sha256)
    ctx.auditDetail({ documentId: id, fileName: zip.fileName, sha256, files: fileIds.length, firstFileId: fileIds[0] ?? null })
    return { ...result, registerId: id }
  })
}
