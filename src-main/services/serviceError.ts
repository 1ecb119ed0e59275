import type { AppError, ErrorCode } from '@shared/result'

/** A failure a clerk can act on: the message is Chinese and says what to do. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string
  ) {
    super(message)
    this.name = 'ServiceError'
  }

  toAppError(): AppError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message }
  }
}

export const notFound = (what: string) => new ServiceError('NOT_FOUND', `找不到${what}，可能已被删除，请刷新后重试`)
