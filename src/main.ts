import * as core from '@actions/core'
import { executeAction } from './action.js'
import { errorMessage, isUserFacing } from './core/errors.js'

/** Credentials the action may hold in its environment (configure-aws-credentials exports the AWS ones). */
export const SECRET_ENV = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
]

/** The GitHub Actions entry point; the one place that fails the step. */
export async function run(): Promise<void> {
  // Masking is a runner feature: elsewhere (a local run of the bundle) `::add-mask::` lines would only be noise.
  const setSecret = process.env.GITHUB_ACTIONS === 'true' ? core.setSecret : () => {}
  try {
    // The SDK reads these from the environment; mask them before anything can print them.
    for (const name of SECRET_ENV) {
      const value = process.env[name]
      if (value) setSecret(value)
    }
    await executeAction({
      getInput: (name) => core.getInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setSecret: (value) => setSecret(value),
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
