/** A mistake in what the user gave us: reported as one line, without a stack trace. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    expected: string,
    got?: string,
  ) {
    super(`Input '${input}': expected ${expected}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`)
    this.name = 'InputError'
  }

  /** Appends a suggestion such as "; did you mean 'arm64'?" to the message. */
  withHint(hint: string): this {
    this.message += hint
    return this
  }
}

/**
 * A failure the user can act on (a build that failed, a limit that would be exceeded, a function that does not
 * exist). Reported as its message only.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

export function isUserFacing(err: unknown): err is InputError | UserError {
  return err instanceof InputError || err instanceof UserError
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  // An error made in another realm (a vm context, as under jest) is not `instanceof Error` here.
  const message = (err as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(err)
}
