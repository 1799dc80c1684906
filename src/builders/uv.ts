import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { UserError } from '../core/errors.js'
import type { RunCommand } from '../core/exec.js'
import { outputTail } from './output.js'

/** The uv release installed when the runner has none; part of the fingerprint. */
export const UV_VERSION = '0.13.8'

export interface Installer {
  name: 'uv' | 'pip'
  version: string
  /** The command to run (`uv`, or a path in the tool cache; the Python interpreter for pip). */
  command: string
}

/** `uv <version>` when uv is on PATH, else the pinned version the build will install. */
export async function plannedUv(run: RunCommand, cwd: string): Promise<Installer> {
  return (await uvOnPath(run, cwd)) ?? { name: 'uv', version: UV_VERSION, command: '' }
}

async function uvOnPath(run: RunCommand, cwd: string): Promise<Installer | undefined> {
  const probe = await run('uv', ['--version'], { cwd }).catch(() => undefined)
  const version = probe?.code === 0 ? /uv (\d+\.\d+\.\d+\S*)/.exec(probe.stdout)?.[1] : undefined
  return version ? { name: 'uv', version, command: 'uv' } : undefined
}

/**
 * uv from PATH, or the pinned release from PyPI, kept in the runner's tool cache (`RUNNER_TOOL_CACHE/uv/<version>/
 * <arch>`, the layout @actions/tool-cache uses) or in a temporary folder. undefined when it cannot be had.
 */
export async function obtainUv(
  run: RunCommand,
  python: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ installer?: Installer; problem?: string }> {
  const onPath = await uvOnPath(run, cwd)
  if (onPath) return { installer: onPath }
  const arch = os.arch()
  const folder = env.RUNNER_TOOL_CACHE
    ? path.join(env.RUNNER_TOOL_CACHE, 'uv', UV_VERSION, arch)
    : path.join(env.RUNNER_TEMP || os.tmpdir(), 'layer-action-tools', `uv-${UV_VERSION}-${arch}`)
  const command = path.join(folder, 'bin', 'uv')
  if (await exists(`${folder}.complete`)) return { installer: { name: 'uv', version: UV_VERSION, command } }

  log(`Installing uv ${UV_VERSION} from PyPI into ${folder}`)
  const staging = `${folder}.${process.pid}.tmp`
  await rm(staging, { recursive: true, force: true })
  await mkdir(path.dirname(folder), { recursive: true })
  const result = await run(
    python,
    [
      '-m',
      'pip',
      'install',
      '--target',
      staging,
      '--no-deps',
      '--disable-pip-version-check',
      '--no-input',
      '--no-warn-script-location',
      '--progress-bar',
      'off',
      `uv==${UV_VERSION}`,
    ],
    { cwd, env: { ...env, PIP_ROOT_USER_ACTION: 'ignore' } },
  ).catch((err: unknown) => ({ code: -1, stdout: '', stderr: String(err) }))
  if (result.code !== 0 || !(await exists(path.join(staging, 'bin', 'uv')))) {
    await rm(staging, { recursive: true, force: true })
    return { problem: outputTail(result, 5) || `exit code ${result.code}` }
  }
  await rm(folder, { recursive: true, force: true })
  try {
    await rename(staging, folder)
  } catch (err) {
    // Another job on this runner installed it at the same moment: theirs is as good as ours.
    await rm(staging, { recursive: true, force: true })
    if (!(await exists(command))) throw new UserError(`Could not install uv into ${folder}: ${String(err)}`)
  }
  await writeFile(`${folder}.complete`, '')
  return { installer: { name: 'uv', version: UV_VERSION, command } }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined
}
