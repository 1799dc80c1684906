import { parseDescription } from '../aws/layers.js'

/**
 * Concurrent runs are ordered by their workflow run: `<GITHUB_RUN_ID>-<GITHUB_RUN_ATTEMPT>`, recorded in the
 * description of every version a run publishes. The run that started last decides where functions end.
 */
export function runOf(env: NodeJS.ProcessEnv): string | undefined {
  const id = env.GITHUB_RUN_ID?.trim()
  if (!id || !/^\d{1,20}$/.test(id)) return undefined
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim()
  return `${id}-${attempt && /^\d{1,6}$/.test(attempt) ? attempt : '1'}`
}

/** Negative when run `a` started before run `b`. */
export function compareRuns(a: string, b: string): number {
  const [aId, aAttempt] = a.split('-').map(BigInt)
  const [bId, bAttempt] = b.split('-').map(BigInt)
  if (aId !== bId) return aId < bId ? -1 : 1
  return aAttempt === bAttempt ? 0 : aAttempt < bAttempt ? -1 : 1
}

/**
 * Whether the version with this description was published by a run that started after run `ours`: a function on it
 * is left there. A function on a version an earlier run published is moved, which is what makes a revert reach
 * every function.
 */
export function publishedByLaterRun(description: string | undefined, ours: string | undefined): boolean {
  const { run } = parseDescription(description)
  return run !== undefined && ours !== undefined && compareRuns(run, ours) > 0
}
