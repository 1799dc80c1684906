import { UserError } from '../core/errors.js'
import type { CommandResult } from '../core/exec.js'

const TAIL_LINES = 20

/** Turns a tool's output chunks into whole lines for the user's log; call flush() when the tool has exited. */
export function lineLogger(log: (line: string) => void): {
  onOutput: (chunk: string) => void
  flush: () => void
} {
  let pending = ''
  return {
    onOutput(chunk) {
      const lines = (pending + chunk).split(/\r?\n/)
      pending = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) log(line)
    },
    flush() {
      if (pending.trim()) log(pending)
      pending = ''
    },
  }
}

/** The last lines a failed tool printed (stderr first), so the error carries the tool's own words. */
export function outputTail(result: CommandResult, lines = TAIL_LINES): string {
  return (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-lines).join('\n')
}

/** `source` names what the user gave that the tool worked on, e.g. "lockfiles 'requirements.txt'". */
export function commandFailure(
  what: string,
  result: CommandResult,
  hint?: string,
  source?: string,
): UserError {
  const tail = outputTail(result)
  const message =
    `${what} failed (exit code ${result.code})${source ? ` for ${source}` : ''}` +
    (tail ? `:\n${tail}` : ', with no output')
  return new UserError(hint ? `${message}\nHint: ${hint}` : message)
}
