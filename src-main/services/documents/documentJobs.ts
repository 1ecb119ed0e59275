import type { DocumentJobProgressDto } from '@shared/domain/documentCatalog'
import { ServiceError } from '../serviceError'

/**
 * Progress and 取消 of a long document batch (issue 9 §1: progress for anything over a second,
 * cancel for batches), by the job id the renderer chose, as imports:progress does for imports.
 * Only the last few jobs are kept.
 */
const jobs = new Map<string, DocumentJobProgressDto>()
const keep = 20

function put(jobId: string, progress: DocumentJobProgressDto): void {
  jobs.delete(jobId)
  jobs.set(jobId, progress)
  while (jobs.size > keep) jobs.delete(jobs.keys().next().value as string)
}

export interface DocumentJob {
  /** Records how far the batch is; the renderer polls documents:progress. */
  report(done: number, total: number): void
  /** Lets other calls in (a 取消 among them), then stops the batch if it was cancelled. */
  checkpoint(): Promise<void>
  finish(): void
}

export function documentJob(jobId: string | undefined): DocumentJob {
  if (!jobId) return { report: () => undefined, checkpoint: () => Promise.resolve(), finish: () => undefined }
  // A cancel that came before the batch started still counts.
  if (!jobs.get(jobId)?.cancelled) put(jobId, { done: 0, total: 0, cancelled: false, finished: false })
  return {
    report: (done, total) => {
      const job = jobs.get(jobId)
      if (job && !job.cancelled) put(jobId, { ...job, done, total })
    },
    checkpoint: async () => {
      await new Promise((resolve) => setImmediate(resolve))
      if (jobs.get(jobId)?.cancelled) throw new ServiceError('CONFLICT', '已取消：这一批文书没有生成，也没有登记；需要时请重新生成')
    },
    finish: () => {
      const job = jobs.get(jobId)
      if (job) put(jobId, { ...job, done: job.cancelled ? job.done : job.total, finished: true })
    }
  }
}

export function readDocumentJob(jobId: string): DocumentJobProgressDto | null {
  return jobs.get(jobId) ?? null
}

/** Marks the job cancelled; the batch stops at its next checkpoint. False when it had already finished. */
export function cancelDocumentJob(jobId: string): boolean {
  const job = jobs.get(jobId) ?? { done: 0, total: 0, cancelled: false, finished: false }
  if (job.finished) return false
  put(jobId, { ...job, cancelled: true })
  return true
}
