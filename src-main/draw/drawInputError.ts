/**
 * Input a draw function cannot work with (a count larger than the pool, a malformed secret).
 * The message is Chinese and says what to change; services turn it into `{ code: 'VALIDATION' }`.
 */
export class DrawInputError extends Error {
  readonly code = 'VALIDATION' as const

  constructor(message: string) {
    super(message)
    this.name = 'DrawInputError'
  }
}
