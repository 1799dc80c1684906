import { spawn } from 'node:child_process'
import { UserError } from './errors.js'

export interface CommandOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Run `command` through `bash -c` (user build commands). */
  shell?: boolean
  /** Called with each chunk of output, so the user sees the tool's own words as they come. */
  onOutput?: (chunk: string) => void
  /**
   * Keep AWS credentials in the child's environment (the user's build-command, which runs like a `run:` step).
   * Built-in builders run third-party code (install scripts) and never get them.
   */
  keepAwsCredentials?: boolean
  /** Ends the process (SIGTERM) when aborted; the command then rejects. */
  signal?: AbortSignal
}

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

/** The one way the action starts processes; stages receive it so tests can see what ran. */
export type RunCommand = (command: string, args: string[], options: CommandOptions) => Promise<CommandResult>

const KEEP_TAIL = 64 * 1024

/**
 * Tokens only the action itself holds: its inputs (github-token among them: a `run:` step never sees it unless the
 * workflow passes it) and the runner's tokens for the cache service and OIDC. Variables the workflow sets itself
 * (NODE_AUTH_TOKEN, GITHUB_TOKEN for a private registry, …) are left alone.
 */
const ACTION_PRIVATE = [/^INPUT_/, /^ACTIONS_RUNTIME_TOKEN$/, /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/]
/** What lets a process act in AWS; the action's own SDK clients keep using them. */
const AWS_CREDENTIALS = [
  /^AWS_ACCESS_KEY_ID$/,
  /^AWS_SECRET_ACCESS_KEY$/,
  /^AWS_SESSION_TOKEN$/,
  /^AWS_SECURITY_TOKEN$/,
  /^AWS_CONTAINER_(CREDENTIALS_RELATIVE_URI|CREDENTIALS_FULL_URI|AUTHORIZATION_TOKEN)$/,
  /^AWS_WEB_IDENTITY_TOKEN_FILE$/,
  /^AWS_ROLE_ARN$/,
]

/**
 * The environment a child process gets: the job's environment without the action's inputs and the runner's tokens,
 * and without AWS credentials unless `keepAwsCredentials`.
 */
export function childEnvironment(env: NodeJS.ProcessEnv, keepAwsCredentials = false): NodeJS.ProcessEnv {
  const drop = keepAwsCredentials ? ACTION_PRIVATE : [...ACTION_PRIVATE, ...AWS_CREDENTIALS]
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !drop.some((pattern) => pattern.test(name))),
  )
}

export const runCommand: RunCommand = (command, args, options) =>
  new Promise((resolve, reject) => {
    // Runners and containers often run as root, where pip warns on every install; builds go to folders of ours.
    const env = {
      PIP_ROOT_USER_ACTION: 'ignore',
      ...childEnvironment(options.env ?? process.env, options.keepAwsCredentials),
    }
    const child = options.shell
      ? spawn('bash', ['-eo', 'pipefail', '-c', command], { cwd: options.cwd, env, signal: options.signal })
      : spawn(command, args, { cwd: options.cwd, env, signal: options.signal })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString()
      stdout = (stdout + text).slice(-KEEP_TAIL)
      options.onOutput?.(text)
    })
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString()
      stderr = (stderr + text).slice(-KEEP_TAIL)
      options.onOutput?.(text)
    })
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') reject(new UserError(`'${command}' was not found on PATH`))
      else reject(err)
    })
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })
