/** The envelope every channel returns, over IPC and HTTP alike (CONVENTIONS.md "The contract and errors"). */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL'
] as const
export type ErrorCode = (typeof errorCodes)[number]

export interface AppError {
  code: ErrorCode
  /** Chinese, says what to do. */
  message: string
  /** The input field the message is about, dotted path (`liaisonPhone`). */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }
