import { spawn } from 'node:child_process'
import { UserError } from './errors.js'

export interface CommandOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Run `command` through `bash -c` (user build commands). */
  shell?: boolean
  /** Called with each chunk of output, so the user sees the tool's own words as they come. */
  onOutput?: (chunk: string) => void
}

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

/** The one way the action starts processes; stages receive it so tests can see what ran. */
export type RunCommand = (command: string, args: string[], options: CommandOptions) => Promise<CommandResult>

const KEEP_TAIL = 64 * 1024

export const runCommand: RunCommand = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = options.shell
      ? spawn('bash', ['-eo', 'pipefail', '-c', command], {
          cwd: options.cwd,
          env: options.env ?? process.env,
        })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env })
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

/** Runs a command and turns a non-zero exit into a UserError that carries the tool's last lines. */
export async function runChecked(
  run: RunCommand,
  what: string,
  command: string,
  args: string[],
  options: CommandOptions,
): Promise<CommandResult> {
  const result = await run(command, args, options)
  if (result.code !== 0) {
    const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-20).join('\n')
    throw new UserError(`${what} failed (exit code ${result.code}):\n${tail}`)
  }
  return result
}
