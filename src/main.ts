import * as core from '@actions/core'
import { executeAction } from './action.js'
import { errorMessage, isUserFacing } from './errors.js'

/** The GitHub Actions entry point; the one place that fails the step. */
export async function run(): Promise<void> {
  try {
    await executeAction({
      getInput: (name) => core.getInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setSecret: (value) => core.setSecret(value),
      log: {
        info: (line) => core.info(line),
        warning: (line) => core.warning(line),
        group: (name, fn) => core.group(name, fn),
      },
      summary: core.summary,
      env: process.env,
      baseDirectory: process.env.GITHUB_WORKSPACE || process.cwd(),
    })
  } catch (err) {
    if (!isUserFacing(err) && err instanceof Error && err.stack) core.debug(err.stack)
    core.setFailed(errorMessage(err))
  }
}
