/** The file as a whole cannot be imported (not an .xlsx, no header row, a required column missing). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportFileError'
  }
}
