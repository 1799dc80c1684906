import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { ARCHITECTURE_MATRIX_HINT } from '../package/native-check.js'
import type { CommandResult, RunCommand } from '../core/exec.js'
import { type Architecture, machineName, type Runtime } from '../core/runtimes.js'
import type { BuildRequest, BuiltLayer, SettingsRequest } from './types.js'
import { commandFailure, lineLogger } from './output.js'
import { walkLayer } from '../package/walk.js'

type SourceKind = 'requirements' | 'uv' | 'poetry' | 'pipfile'

// The layer is built on a CI machine for another platform: only wheels can be used (no source builds without
// Docker), no bytecode (it would be compiled by the build machine's Python, not the runtime's), and no cache, so
// the result depends on the lockfiles and the index only.
const PIP_FLAGS = [
  '--only-binary=:all:',
  '--implementation',
  'cp',
  '--no-compile',
  '--no-cache-dir',
  '--disable-pip-version-check',
  '--no-input',
  '--progress-bar',
  'off',
]
const UV_EXPORT = [
  'export',
  '--frozen',
  '--no-default-groups',
  '--no-editable',
  '--no-emit-workspace',
  '--format',
  'requirements-txt',
]
const POETRY_EXPORT = ['export', '--format', 'requirements.txt', '--only', 'main']

/**
 * The wheel platform tags Lambda can load, most preferred first. pip matches `--platform` tags exactly
 * (pypa/pip#10760), so every glibc level up to the runtime's must be listed. For a layer shared by both
 * architectures only pure wheels (platform `any`) are accepted.
 */
export function platformTags(runtime: Runtime, architectures: Architecture[]): string[] {
  if (architectures.length > 1) return ['any']
  const m = machineName(architectures[0])
  const lowest = m === 'x86_64' ? 5 : 17
  const tags: string[] = []
  for (let minor = runtime.glibcMinor; minor >= lowest; minor--) tags.push(`manylinux_2_${minor}_${m}`)
  tags.push(`manylinux2014_${m}`)
  if (m === 'x86_64') tags.push('manylinux2010_x86_64', 'manylinux1_x86_64')
  return tags
}

export function pythonSettings(req: SettingsRequest): Record<string, unknown> {
  return {
    installer: 'pip',
    pythonVersion: req.runtime.languageVersion,
    platforms: platformTags(req.runtime, req.architectures),
    pipFlags: PIP_FLAGS,
    uvExport: UV_EXPORT,
    poetryExport: POETRY_EXPORT,
    hashes: req.lockfiles.length === 1,
    removed: ['bin/', '__pycache__/', '*.pyc'],
  }
}

export async function buildPython(req: BuildRequest): Promise<BuiltLayer> {
  const sources = req.lockfiles.map((file) => ({ file, kind: sourceKind(file) }))
  // pip wants hashes for all requirements or none, so they are kept only when one lockfile defines the layer.
  const withHashes = sources.length === 1
  const temp = await mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'layer-requirements-'))
  try {
    const requirementFiles: string[] = []
    for (const [i, source] of sources.entries()) {
      if (source.kind === 'requirements') {
        requirementFiles.push(source.file)
        continue
      }
      const exported = path.join(temp, `${i}-${path.basename(source.file)}.txt`)
      if (source.kind === 'pipfile')
        await writeFile(exported, await pipfileRequirements(source.file, withHashes))
      if (source.kind === 'uv') await exportUv(req, source.file, exported, withHashes)
      if (source.kind === 'poetry') await exportPoetry(req, source.file, exported, withHashes)
      requirementFiles.push(exported)
    }

    const target = path.join(req.outputDirectory, 'python')
    await mkdir(target, { recursive: true })
    const python = await findPython(req)
    const platforms = platformTags(req.runtime, req.architectures)
    const args = [
      '-m',
      'pip',
      'install',
      '--target',
      target,
      ...PIP_FLAGS,
      '--python-version',
      req.runtime.languageVersion,
      ...platforms.flatMap((p) => ['--platform', p]),
      ...requirementFiles.flatMap((f) => ['-r', f]),
    ]
    req.log(
      `$ ${python} -m pip install --target python --python-version ${req.runtime.languageVersion} (${platforms[0]}…)`,
    )
    const output = lineLogger(req.log)
    const result = await req.run(python, args, { cwd: req.workingDirectory, onOutput: output.onOutput })
    output.flush()
    if (result.code !== 0) {
      throw pipFailure(result, req.runtime, req.architectures, platforms, lockfilesPhrase(req))
    }

    await removeBuildLeftovers(target)
    return { root: req.outputDirectory }
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

function sourceKind(file: string): SourceKind {
  const name = path.basename(file)
  if (name === 'uv.lock') return 'uv'
  if (name === 'poetry.lock') return 'poetry'
  if (name === 'Pipfile.lock') return 'pipfile'
  if (/\.(txt|in)$/.test(name)) return 'requirements'
  throw new InputError(
    'lockfiles',
    'requirements*.txt, uv.lock, poetry.lock or Pipfile.lock for a Python runtime',
    name,
  )
}

/**
 * Picks the interpreter that runs pip. pip evaluates environment markers (`; python_version < "3.12"`) against the
 * Python it runs on, so the runtime's own version is preferred when the machine has it.
 */
async function findPython(req: BuildRequest): Promise<string> {
  const wanted = req.runtime.languageVersion
  for (const candidate of [`python${wanted}`, 'python3']) {
    const probe = await req
      .run(candidate, ['-c', 'import sys, pip; print("%d.%d" % sys.version_info[:2])'], {
        cwd: req.workingDirectory,
      })
      .catch(() => undefined)
    if (!probe || probe.code !== 0) continue
    const version = probe.stdout.trim()
    if (version !== wanted) {
      req.log(
        `Note: installing for Python ${wanted} with Python ${version} (${candidate}); environment markers in the ` +
          `requirements are evaluated for ${version}. Use actions/setup-python with ${wanted} to match exactly.`,
      )
    }
    return candidate
  }
  throw new UserError(
    `Building a ${req.runtime.id} layer needs Python 3 with pip on PATH (python${wanted} or python3): ` +
      `add actions/setup-python before this step.`,
  )
}

/** "lockfiles 'requirements.txt'": failures name the input the user has to fix. */
function lockfilesPhrase(req: Pick<BuildRequest, 'lockfiles' | 'workingDirectory'>): string {
  const shown = req.lockfiles.map((f) => path.relative(req.workingDirectory, f) || path.basename(f))
  return `lockfiles '${shown.join("', '")}'`
}

function pipFailure(
  result: CommandResult,
  runtime: Runtime,
  architectures: Architecture[],
  platforms: string[],
  lockfiles: string,
): Error {
  const output = `${result.stdout}\n${result.stderr}`
  if (!/No matching distribution found|Could not find a version that satisfies/i.test(output)) {
    return commandFailure('pip install', result, undefined, lockfiles)
  }
  const platform =
    architectures.length > 1
      ? 'a pure-Python wheel (py3-none-any), because the layer is for both architectures'
      : `a manylinux wheel for ${machineName(architectures[0])} with glibc <= 2.${runtime.glibcMinor} ` +
        `(${platforms[platforms.length - 1]} … ${platforms[0]})`
  return commandFailure(
    'pip install',
    result,
    `the package does not exist, or it has no wheel for CPython ${runtime.languageVersion} on Lambda. ` +
      `It needs ${platform}; source distributions are not built (that would need Docker). ` +
      `Pin a version that publishes such a wheel, or use build-command.` +
      (architectures.length > 1 ? ` ${ARCHITECTURE_MATRIX_HINT}` : ''),
    lockfiles,
  )
}

/** Console scripts (their shebang names the build machine's Python) and bytecode are no use in a layer. */
async function removeBuildLeftovers(target: string): Promise<void> {
  await rm(path.join(target, 'bin'), { recursive: true, force: true })
  const tree = await walkLayer(target)
  const leftovers = [
    ...tree.dirs.filter((dir) => dir.endsWith('/__pycache__/')),
    ...tree.files.filter((file) => file.name.endsWith('.pyc')).map((file) => file.name),
  ]
  for (const name of leftovers) await rm(path.join(target, name), { recursive: true, force: true })
}

async function exportUv(
  req: BuildRequest,
  lockfile: string,
  output: string,
  withHashes: boolean,
): Promise<void> {
  const args = [...UV_EXPORT, ...(withHashes ? [] : ['--no-hashes']), '--output-file', output]
  const result = await tool(req.run, 'uv', args, path.dirname(lockfile), () =>
    missingTool('uv.lock', 'uv', 'add astral-sh/setup-uv before this step, or run `pip install uv`'),
  )
  if (result.code !== 0)
    throw commandFailure('uv export', result, undefined, `lockfiles '${path.basename(lockfile)}'`)
}

async function exportPoetry(
  req: BuildRequest,
  lockfile: string,
  output: string,
  withHashes: boolean,
): Promise<void> {
  const howTo = 'run `pipx install poetry && pipx inject poetry poetry-plugin-export` before this step'
  const args = [...POETRY_EXPORT, ...(withHashes ? [] : ['--without-hashes']), '--output', output]
  const result = await tool(req.run, 'poetry', args, path.dirname(lockfile), () =>
    missingTool('poetry.lock', 'Poetry', howTo),
  )
  if (result.code === 0) return
  if (/command "?export"? does not exist/i.test(`${result.stdout}\n${result.stderr}`)) {
    throw missingTool(
      'poetry.lock',
      'the poetry-plugin-export plugin (Poetry 2 no longer includes `poetry export`)',
      howTo,
    )
  }
  throw commandFailure('poetry export', result, undefined, `lockfiles '${path.basename(lockfile)}'`)
}

async function tool(
  run: RunCommand,
  command: string,
  args: string[],
  cwd: string,
  missing: () => Error,
): Promise<CommandResult> {
  try {
    return await run(command, args, { cwd })
  } catch (err) {
    if (err instanceof UserError && err.message.includes('not found on PATH')) throw missing()
    throw err
  }
}

function missingTool(lockfile: string, tool: string, howTo: string): UserError {
  return new UserError(`Building from ${lockfile} needs ${tool}, which is not installed: ${howTo}.`)
}

interface PipfileEntry {
  version?: string
  hashes?: string[]
  markers?: string
  extras?: string[]
  index?: string
  git?: string
  ref?: string
  file?: string
  path?: string
  editable?: boolean
}

interface PipfileLock {
  _meta?: { sources?: { name: string; url: string }[] }
  default?: Record<string, PipfileEntry>
}

/** Pipfile.lock's `default` section (never `develop`) as pinned requirements. */
export async function pipfileRequirements(lockfile: string, withHashes: boolean): Promise<string> {
  let lock: PipfileLock
  try {
    lock = JSON.parse(await readFile(lockfile, 'utf8')) as PipfileLock
  } catch (err) {
    throw new InputError(
      'lockfiles',
      `a valid Pipfile.lock (JSON): ${(err as Error).message}`,
      path.basename(lockfile),
    )
  }
  const entries = Object.entries(lock.default ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const hashes = withHashes && entries.every(([, e]) => e.version?.startsWith('==') && e.hashes?.length)
  const lines: string[] = []
  for (const source of lock._meta?.sources ?? []) {
    if (!/^https:\/\/pypi\.(org|python\.org)\/simple\/?$/.test(source.url))
      lines.push(`--extra-index-url ${source.url}`)
  }
  for (const [name, entry] of entries) {
    const requirement = name + (entry.extras?.length ? `[${entry.extras.join(',')}]` : '')
    let spec: string
    if (entry.version) spec = `${requirement}${entry.version === '*' ? '' : entry.version}`
    else if (entry.git) spec = `${requirement} @ git+${entry.git}${entry.ref ? `@${entry.ref}` : ''}`
    else if (entry.file) spec = `${requirement} @ ${entry.file}`
    else if (entry.path) spec = `${requirement} @ file:${path.resolve(path.dirname(lockfile), entry.path)}`
    else spec = requirement
    if (entry.markers) spec += ` ; ${entry.markers}`
    if (hashes) spec += (entry.hashes ?? []).map((h) => ` --hash=${h}`).join('')
    lines.push(spec)
  }
  return lines.join('\n') + '\n'
}
