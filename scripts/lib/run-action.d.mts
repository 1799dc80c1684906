export const REPO_ROOT: string
export const ACTION_NODE: string
export const BUNDLE: string

export interface ActionRunResult {
  code: number
  /** Wall time from spawn to exit. */
  ms: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The `::error::` lines, as a runner would show them. */
  errors: string[]
  warnings: string[]
}

export interface RunActionOptions {
  inputs: Record<string, string>
  /** Added to (or, when undefined, removed from) the small environment a runner gives the step. */
  env?: Record<string, string | undefined>
  /** The GitHub event payload (written to GITHUB_EVENT_PATH). */
  event?: { name: string; payload: unknown }
  /** GITHUB_WORKSPACE and the working directory; the repository by default. */
  workspace?: string
  /** Another bundle than dist/index.js. */
  bundle?: string
  /** Where the run's folder (outputs, summary, RUNNER_TEMP) is made; the system temp folder by default. */
  tempRoot?: string
  /** Delete the run's folder afterwards. */
  removeFiles?: boolean
}

export function runAction(options: RunActionOptions): Promise<ActionRunResult>
export function parseOutputFile(text: string): Record<string, string>
