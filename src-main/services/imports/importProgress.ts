import type { ImportPhase, ImportProgressDto } from '@shared/domain/imports'

/**
 * Progress of running imports by the job id the renderer chose, for `imports:progress` (the
 * progress bar of a big file). Only the last few jobs are kept.
 */
const jobs = new Map<string, ImportProgressDto>()
const keep = 20

export function reportImportProgress(jobId: string | undefined, phase: ImportPhase, done: number, total: number): void {
  if (!jobId) return
  jobs.delete(jobId)
  jobs.set(jobId, { phase, done, total })
  while (jobs.size > keep) jobs.delete(jobs.keys().next().value as string)
}

export function readImportProgress(jobId: string): ImportProgressDto | null {
  return jobs.get(jobId) ?? null
}
