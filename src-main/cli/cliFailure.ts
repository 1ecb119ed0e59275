/** A command that cannot go on: the message (Chinese) goes to stderr, the exit code to the shell. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
  }
}
