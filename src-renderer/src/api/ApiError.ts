import type { AppError, ErrorCode } from '@shared/result'

/** A failed channel call, as views see it: show `message`; `field` names the form item it is about. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field?: string

  constructor(error: AppError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.field = error.field
  }
}

/** The message to show for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '操作没有完成，请重试；仍不行请告诉技术支持。'
}
