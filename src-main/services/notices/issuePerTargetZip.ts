import type { IssuedFileDto } from '@shared/dashboard'
import { perTargetFileName, zipDocuments } from '../../documents/zipDocuments'
import type { DocumentJob } from '../documents/documentJobs'
import { issueDocumentBatch, type IssueRequest } from '../documents/issueDocument'
import type { ServiceContext } from '../serviceContext'

/** One paper of a per-target batch: its 字号 (null for a record form without a notice yet) and target. */
export interface PerTargetPaper {
  numberText: string | null
  targetName: string
  params: Record<string, unknown>
}

export interface PerTargetZipRequest<T extends PerTargetPaper> {
  kind: string
  papers: readonly T[]
  build: (paper: T) => Promise<Buffer>
  /** The zip's own register entry. */
  params: Record<string, unknown>
  fileName: (count: number) => string
  /** Progress already reported (the QR signing) and the batch's total steps. */
  progressDone: number
  progressTotal: number
}

/**
 * A batch as a .zip of one .docx per target named `<字号>_<对象名称>.docx` (issue 9 §1): each file
 * and the zip entered in the register in one transaction, with progress and 取消 between files.
 */
export async function issuePerTargetZip<T extends PerTargetPaper>(
  ctx: ServiceContext,
  job: DocumentJob,
  request: PerTargetZipRequest<T>
): Promise<IssuedFileDto & { registerId: number }> {
  const taken = new Set<string>()
  const files: IssueRequest[] = []
  for (const [i, paper] of request.papers.entries()) {
    const bytes = await request.build(paper)
    const fileName = perTargetFileName([paper.numberText, paper.targetName], taken)
    files.push({ kind: request.kind, params: paper.params, number: paper.numberText, fileName, bytes })
    job.report(request.progressDone + i + 1, request.progressTotal)
    await job.checkpoint()
  }
  return issueDocumentBatch(ctx, files, {
    kind: request.kind,
    params: { ...request.params, perTarget: true },
    fileName: request.fileName(files.length),
    bytes: zipDocuments(files)
  })
}
