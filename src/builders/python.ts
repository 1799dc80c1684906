import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { ARCHITECTURE_MATRIX_HINT } from '../package/native-check.js'
import type { CommandResult, RunCommand } from '../core/exec.js'
import { type Architecture, machineName, type Runtime } from '../core/runtimes.js'
import type { BuildRequest, BuiltLayer, SettingsRequest } from './types.js'
import { commandFailure, lineLogger } from './output.js'
import { walkLayer } from '../package/walk.js'
import { pipConstraintFiles, requirementTree } from '../fingerprint/covered.js'
import {
  indexCredentials,
  type Installer,
  namedIndexes,
  obtainUv,
  pipInstallUv,
  plannedUv,
  UV_VERSION,
} from './uv.js'
import { fetchWheelDeflates } from './wheels.js'

type SourceKind = 'requirements' | 'uv' | 'poetry' | 'pipfile'

// The flags of the pip builder that uv replaced. Nothing runs pip with them any more; they stay in the builder's
// settings so that the fingerprints of layers published before are unchanged.
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
// uv unpacks wheels into a cache and links the files into the target. Its cache here is an empty folder of this
// build, beside the layer folder (hard links need the same file system), removed afterwards: linking instead of
// copying saved 0.2–0.4 s and half the system CPU of a cold numpy build, with the same files.
const UV_FLAGS = ['--no-config']
const UV_INSTALL_FLAGS = ['--link-mode', 'hardlink', '--cache-dir']
/**
 * How long the build waits, once uv is done, for wheels the zip would take deflated bytes from. They download while
 * uv does; one still missing then is usually a stalled request (4–5 s stalls on single small wheels were seen here),
 * and deflating its files costs about as much as this wait at most.
 */
const WHEEL_GRACE_MS = 1_000
/** What installers write about themselves and the build machine into a package's dist-info. */
const DIST_INFO_REMOVED = ['INSTALLER', 'REQUESTED', 'direct_url.json']
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

/** The glibc levels uv's `--python-platform` accepts (`uv pip install --help`): 2.17, 2.28, 2.31 to 2.40. */
const UV_GLIBC_MINORS = [17, 28, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]

/**
 * uv's name for the target platform: it evaluates markers and picks wheels for it, whatever the runner is. Lambda's
 * glibc level, or the highest below it that uv knows (Amazon Linux 2's 2.26 becomes 2.17, manylinux2014).
 */
export function uvPlatform(runtime: Runtime, architectures: Architecture[]): string {
  const minor = UV_GLIBC_MINORS.filter((m) => m <= runtime.glibcMinor).pop() ?? UV_GLIBC_MINORS[0]
  return `${machineName(architectures[0])}-manylinux_2_${minor}`
}

/**
 * uv's variables whose values change what it resolves or builds. The files uv's variables name are covered by
 * content instead (coveredFiles); index URLs are left out as they are for pip, since they can carry credentials.
 */
const UV_RESOLUTION_VARIABLES = [
  'UV_PRERELEASE',
  'UV_RESOLUTION',
  'UV_EXCLUDE_NEWER',
  'UV_INDEX_STRATEGY',
  'UV_FORK_STRATEGY',
  'UV_NO_BINARY',
  'UV_NO_BINARY_PACKAGE',
  'UV_NO_BUILD',
  'UV_NO_BUILD_PACKAGE',
  'UV_NO_BUILD_ISOLATION',
  'UV_NO_SOURCES',
  'UV_NO_SOURCES_PACKAGE',
  'UV_TORCH_BACKEND',
  'UV_CUDA_DRIVER_VERSION',
  'UV_AMD_GPU_ARCHITECTURE',
]

/** The resolution variables that are set, or undefined (so a job that sets none keeps its fingerprint). */
function uvVariables(env: NodeJS.ProcessEnv): Record<string, string> | undefined {
  const set = UV_RESOLUTION_VARIABLES.filter((name) => env[name]).map((name) => [name, env[name] as string])
  return set.length > 0 ? Object.fromEntries(set) : undefined
}

export function pythonSettings(req: SettingsRequest): Record<string, unknown> {
  return {
    uvEnvironment: uvVariables(req.env ?? process.env),
    pythonVersion: req.runtime.languageVersion,
    platforms: platformTags(req.runtime, req.architectures),
    uvPlatform: uvPlatform(req.runtime, req.architectures),
    uvFlags: UV_FLAGS,
    uvInstallFlags: [...UV_INSTALL_FLAGS, '(an empty folder of the build)'],
    buildFromSource: req.buildFromSource || undefined,
    pipFlags: PIP_FLAGS,
    uvExport: UV_EXPORT,
    poetryExport: POETRY_EXPORT,
    hashes: req.lockfiles.length === 1,
    removed: ['bin/', '__pycache__/', '*.pyc', ...DIST_INFO_REMOVED],
    record: 'installed files only',
  }
}

/** The installer the build will use, for the fingerprint: uv on PATH, else the pinned uv the build installs. */
export async function pythonInstaller(
  req: Pick<BuildRequest, 'run' | 'workingDirectory' | 'tools'>,
): Promise<string> {
  const uv = await (req.tools?.planned ?? plannedUv(req.run, req.workingDirectory))
  return `${uv.name} ${uv.version}`
}

export async function buildPython(req: BuildRequest): Promise<BuiltLayer> {
  const sources = req.lockfiles.map((file) => ({ file, kind: sourceKind(file) }))
  const named = sources.filter((s) => s.kind === 'requirements').map((s) => s.file)
  await checkRequirementFiles(req, named, named.length === sources.length)
  // Hashes must be given for all requirements or none, so they are kept only when one lockfile defines the layer.
  const withHashes = sources.length === 1
  const python = await findPython(req)
  const env = req.env ?? process.env
  let uv = await (req.tools?.uv ?? obtainUv(req.run, req.workingDirectory, env))
  if (uv.note) req.log(uv.note)
  if (!uv.installer) {
    req.log(`Could not download uv from the package index (${uv.problem}); trying pip`)
    const viaPip = await pipInstallUv(req.run, python.command, req.workingDirectory, env, req.log)
    uv = viaPip.installer ? viaPip : { problem: `${uv.problem}; with pip: ${viaPip.problem}` }
  }
  if (!uv.installer) throw noUv(req, uv.problem)
  const installer = uv.installer
  req.log(`Installing with uv ${installer.version} (runner Python ${python.version}: ${python.command})`)
  const temp = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'layer-requirements-'))
  const stopWheels = new AbortController()
  const uvCache = `${req.outputDirectory}-uv-cache`
  try {
    const requirementFiles: string[] = []
    const indexes: string[] = []
    for (const [i, source] of sources.entries()) {
      if (source.kind === 'requirements') {
        requirementFiles.push(source.file)
        continue
      }
      const exported = path.join(temp, `${i}-${path.basename(source.file)}.txt`)
      if (source.kind === 'pipfile') {
        const pipfile = await pipfileRequirements(source.file, withHashes, false)
        await writeFile(exported, pipfile.text)
        indexes.push(...pipfile.indexes)
      }
      if (source.kind === 'uv') await exportUv(req, installer, source.file, exported, withHashes)
      if (source.kind === 'poetry') await exportPoetry(req, source.file, exported, withHashes)
      requirementFiles.push(exported)
    }

    const target = path.join(req.outputDirectory, 'python')
    await mkdir(target, { recursive: true })
    const constraints = pipConstraintFiles(env, req.workingDirectory)
    const wheelFolder = `${req.outputDirectory}-wheels`
    await rm(uvCache, { recursive: true, force: true })
    if (req.buildFromSource === true) checkBuildFromSource(req, python.version)
    const resolution = uvResolution(req, python.command, constraints, indexes)
    const wheels = fetchWheelDeflates({
      uv: installer.command,
      resolution,
      requirementFiles,
      cwd: req.workingDirectory,
      env: uvEnvironment(req),
      run: req.run,
      folder: wheelFolder,
      prefix: 'python/',
      credentials: indexCredentials([...indexes, ...namedIndexes(env)]),
      signal: stopWheels.signal,
    })
    await installWithUv(req, installer.command, target, uvCache, [
      ...resolution,
      ...requirementFiles.flatMap((f) => ['-r', f]),
    ])
    await removeBuildLeftovers(target)
    if (req.architectures.length > 1) {
      await refuseNativePackages(target, req.architectures)
      await refuseArchitectureDifferences(req, installer.command, uvCache, resolution, requirementFiles)
    }
    if ((await walkLayer(target)).files.length === 0) {
      throw new UserError(
        `${lockfilesPhrase(req)} installed no packages, so the layer would be empty; nothing was published. ` +
          `Name a lockfile with runtime dependencies in 'lockfiles'.`,
      )
    }
    // The wheels downloaded alongside uv's own downloads of them; one that is still coming after a grace period is
    // not worth waiting for.
    const grace = setTimeout(() => stopWheels.abort(), WHEEL_GRACE_MS)
    const { files, problems } = await wheels
    clearTimeout(grace)
    req.log(
      problems.length === 0
        ? `The zip takes ${files.size} files' deflated bytes from their wheels`
        : `The zip takes ${files.size} files' deflated bytes from their wheels, and deflates the rest itself ` +
            `(${problems[0]}${problems.length > 1 ? `; ${problems.length - 1} more like it` : ''})`,
    )
    return { root: req.outputDirectory, predeflated: { files, folder: wheelFolder } }
  } finally {
    stopWheels.abort() // a failed build does not wait for them
    await rm(temp, { recursive: true, force: true })
    await rm(uvCache, { recursive: true, force: true })
  }
}

/** What uv resolves with besides the requirement files: the same for the install and for the list of its wheels. */
function uvResolution(req: BuildRequest, python: string, constraints: string[], indexes: string[]): string[] {
  return [
    '--python',
    python,
    '--python-platform',
    uvPlatform(req.runtime, req.architectures),
    '--python-version',
    req.runtime.languageVersion,
    ...(req.buildFromSource === true ? [] : ['--only-binary', ':all:']),
    ...UV_FLAGS,
    // Sources in the order given: the first is asked first, and a package it has is never taken from a later one.
    ...indexes.slice(0, -1).flatMap((url) => ['--index', url]),
    ...indexes.slice(-1).flatMap((url) => ['--default-index', url]),
    ...constraints.flatMap((f) => ['-c', f]),
  ]
}

async function installWithUv(
  req: BuildRequest,
  uv: string,
  target: string,
  cache: string,
  resolution: string[],
): Promise<void> {
  const platform = uvPlatform(req.runtime, req.architectures)
  const args = ['pip', 'install', '--target', target, ...resolution, ...UV_INSTALL_FLAGS, cache]
  req.log(
    `$ uv pip install --target python --python-platform ${platform} --python-version ${req.runtime.languageVersion}`,
  )
  const output = lineLogger(req.log)
  const result = await req.run(uv, args, {
    cwd: req.workingDirectory,
    env: uvEnvironment(req),
    onOutput: output.onOutput,
  })
  output.flush()
  if (result.code === 0) return
  const text = `${result.stdout}\n${result.stderr}`
  const noWheel =
    /Wheels are required for `([^`]+)`/.exec(text)?.[1] ??
    /Because ([A-Za-z0-9._-]+)\S* has no (?:usable wheels|wheels with a matching)/.exec(text)?.[1]
  if (noWheel) {
    throw commandFailure(
      'uv pip install',
      result,
      `${noWheel} has no wheel for CPython ${req.runtime.languageVersion} on ${platform} (Lambda's ` +
        `${req.architectures.join('+')} with glibc 2.${req.runtime.glibcMinor}), only a source distribution. Pin a ` +
        `version that publishes such a wheel, or set 'build-from-source: true' on a runner whose CPU is the ` +
        `target's (the native-code check still refuses a too-new glibc).`,
      lockfilesPhrase(req),
    )
  }
  const unresolved = /was not found in the package registry|no version of|there is no version/i.test(text)
  throw commandFailure(
    'uv pip install',
    result,
    unresolved
      ? `the package does not exist, or it has no version with a wheel for CPython ${req.runtime.languageVersion} ` +
          `on ${platform} (Lambda's ${req.architectures.join('+')} with glibc 2.${req.runtime.glibcMinor}).`
      : undefined,
    lockfilesPhrase(req),
  )
}

/**
 * Never download a Python; trust the system's certificates like pip does (runners behind a TLS-inspecting proxy
 * add their CA there), unless the job says otherwise.
 */
function uvEnvironment(req: Pick<BuildRequest, 'env'>): NodeJS.ProcessEnv {
  const env = req.env ?? process.env
  return { UV_SYSTEM_CERTS: '1', ...env, UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1' }
}

/** Building from source runs the package's build on this machine, so it must be the target's CPU and Python. */
function checkBuildFromSource(req: BuildRequest, pythonVersion: string): void {
  const runner = process.arch === 'arm64' ? 'arm64' : process.arch === 'x64' ? 'x86_64' : process.arch
  if (req.architectures.length !== 1 || req.architectures[0] !== runner || process.platform !== 'linux') {
    throw new InputError(
      'build-from-source',
      `a runner whose CPU is the target's (this one is ${process.platform}-${process.arch}, the layer is for ` +
        `${req.architectures.join('+')}): run the job on a matching runner, or set it to false`,
      'true',
    )
  }
  if (pythonVersion !== req.runtime.languageVersion) {
    throw new UserError(
      `build-from-source builds with the runner's Python, which must be ${req.runtime.languageVersion} for ` +
        `${req.runtime.id} (found ${pythonVersion}): add actions/setup-python with ${req.runtime.languageVersion}.`,
    )
  }
}

/**
 * Refuses what cannot go into a layer before anything is installed: an editable requirement (its .pth would point
 * at this machine's folder) and requirement files that name no package at all.
 */
async function checkRequirementFiles(req: BuildRequest, files: string[], only: boolean): Promise<void> {
  if (files.length === 0) return
  const tree = await requirementTree(files)
  for (const { file, refs } of tree) {
    const editable = refs.editables[0]
    if (editable) {
      throw new InputError(
        'lockfiles',
        `requirements without -e/--editable: an editable install points at the build machine's folder and the ` +
          `package would not be in the layer; write the path without -e (${editable.text.replace(/^(-e|--editable)\s*=?\s*/, '')}) ` +
          `to install it as a normal package`,
        `${path.relative(req.workingDirectory, file) || file} line ${editable.line}: ${editable.text}`,
      )
    }
  }
  if (only && tree.every(({ refs }) => refs.requirementCount === 0)) {
    throw new InputError(
      'lockfiles',
      'requirement files that name at least one package (the layer would be empty; nothing was published)',
      files.map((f) => path.relative(req.workingDirectory, f) || f).join(', '),
    )
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

/** The interpreter uv installs for and that can `pip install uv`; the runtime's own version first. */
async function findPython(req: BuildRequest): Promise<{ command: string; version: string }> {
  const wanted = req.runtime.languageVersion
  for (const candidate of [`python${wanted}`, 'python3']) {
    const probe = await req
      .run(candidate, ['-c', 'import sys, pip; print("%d.%d" % sys.version_info[:2])'], {
        cwd: req.workingDirectory,
      })
      .catch(() => undefined)
    if (!probe || probe.code !== 0) continue
    return { command: candidate, version: probe.stdout.trim() }
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

/**
 * Console scripts (their shebang names the build machine's Python), bytecode and what the installer writes about
 * itself and the build machine are no use in a layer, and would make two machines build different bytes. RECORD
 * keeps the lines of the files that stay, as the wheel wrote them.
 */
async function removeBuildLeftovers(target: string): Promise<void> {
  await rm(path.join(target, 'bin'), { recursive: true, force: true })
  // uv's lock of the target folder: an empty `.lock` that the package listing would show as a package.
  const uvLock = path.join(target, '.lock')
  if ((await stat(uvLock).catch(() => undefined))?.size === 0) await rm(uvLock)
  let tree = await walkLayer(target)
  const leftovers = [
    ...tree.dirs.filter((dir) => dir.endsWith('/__pycache__/') || dir === '__pycache__/'),
    ...tree.files
      .filter(
        (file) => file.name.endsWith('.pyc') || DIST_INFO_REMOVED.includes(distInfoFile(file.name) ?? ''),
      )
      .map((file) => file.name),
  ]
  for (const name of leftovers) await rm(path.join(target, name), { recursive: true, force: true })
  tree = await walkLayer(target)
  const present = new Set(tree.files.map((file) => file.name))
  for (const file of tree.files) {
    if (distInfoFile(file.name) !== 'RECORD') continue
    const text = await readFile(path.join(target, file.name), 'utf8')
    const kept = text.split(/\r?\n/).filter((line) => line && present.has(recordPath(line)))
    await writeFile(path.join(target, file.name), kept.map((line) => `${line}\n`).join(''))
  }
}

/**
 * A layer for both architectures can only hold pure-Python packages. uv installs for one platform, so the packages
 * that brought compiled code are named here, before the generic native-code check would name only their files.
 */
async function refuseNativePackages(target: string, architectures: Architecture[]): Promise<void> {
  const tree = await walkLayer(target)
  const native = new Set(tree.files.filter((f) => /\.so(\.|$)/.test(f.name)).map((f) => f.name))
  if (native.size === 0) return
  const packages = new Set<string>()
  for (const file of tree.files) {
    if (distInfoFile(file.name) !== 'RECORD') continue
    const text = await readFile(path.join(target, file.name), 'utf8')
    if (text.split(/\r?\n/).some((line) => line && native.has(recordPath(line)))) {
      packages.add(file.name.split('/')[0].replace(/-[^-]+\.dist-info$/, ''))
    }
  }
  const error = new InputError(
    'architecture',
    `one architecture per layer when it contains native code: ${[...packages].sort().join(', ') || [...native][0]} ` +
      `has no pure-Python wheel (py3-none-any)`,
    architectures.join(','),
  )
  error.message += `. ${ARCHITECTURE_MATRIX_HINT}`
  throw error
}

/**
 * uv installs a layer for both architectures with the environment markers of the first (`platform_machine`, …). The
 * requirements are resolved for each architecture too, and a layer whose packages would differ between them is
 * refused, naming the packages, instead of leaving the other architecture's out.
 */
async function refuseArchitectureDifferences(
  req: BuildRequest,
  uv: string,
  cache: string,
  resolution: string[],
  requirementFiles: string[],
): Promise<void> {
  const first = uvPlatform(req.runtime, req.architectures)
  const pins = await Promise.all(
    req.architectures.map(async (arch) => {
      const platform = uvPlatform(req.runtime, [arch])
      const args = [
        'pip',
        'compile',
        ...resolution.map((arg) => (arg === first ? platform : arg)),
        ...requirementFiles,
        '--no-header',
        '--no-annotate',
        '--quiet',
        '--cache-dir',
        cache,
      ]
      const result = await req.run(uv, args, { cwd: req.workingDirectory, env: uvEnvironment(req) })
      if (result.code !== 0) {
        throw commandFailure(
          'uv pip compile',
          result,
          `the requirements do not resolve for ${platform} (Lambda's ${arch}), and the layer is for ` +
            `${req.architectures.join('+')}.`,
          lockfilesPhrase(req),
        )
      }
      return resolvedPackages(result.stdout)
    }),
  )
  const names = [...new Set(pins.flatMap((p) => [...p.keys()]))].sort()
  const differences = names
    .filter((name) => new Set(pins.map((p) => p.get(name))).size > 1)
    .map((name) =>
      req.architectures.map((arch, i) => `${pins[i].get(name) ?? `no ${name}`} on ${arch}`).join(', '),
    )
  if (differences.length === 0) return
  const error = new InputError(
    'architecture',
    `one architecture per layer when its requirements resolve differently per CPU (environment markers such as ` +
      `platform_machine): ${differences.join('; ')}`,
    req.architectures.join(','),
  )
  error.message += `. ${ARCHITECTURE_MATRIX_HINT}`
  throw error
}

/** Package name (normalised) → its line in `uv pip compile` output (`six==1.17.0`, `pkg @ https://…`). */
function resolvedPackages(output: string): Map<string, string> {
  const packages = new Map<string, string>()
  for (const line of output.split(/\r?\n/)) {
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1]
    if (name) packages.set(name.toLowerCase().replace(/[-_.]+/g, '-'), line.trim())
  }
  return packages
}

/** The name of a file directly inside a top-level `*.dist-info/` folder. */
function distInfoFile(name: string): string | undefined {
  return /^[^/]+\.dist-info\/([^/]+)$/.exec(name)?.[1]
}

/** The path field of a RECORD line (CSV: quoted when it holds a comma), normalised to the layer's names. */
function recordPath(line: string): string {
  const field = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]
  return path.posix.normalize(field.replace(/\\/g, '/'))
}

async function exportUv(
  req: BuildRequest,
  installer: Installer,
  lockfile: string,
  output: string,
  withHashes: boolean,
): Promise<void> {
  const args = [...UV_EXPORT, ...(withHashes ? [] : ['--no-hashes']), '--output-file', output]
  const result = await tool(
    req.run,
    installer.command,
    args,
    path.dirname(lockfile),
    uvEnvironment(req),
    () => missingTool('uv.lock', 'uv', 'add astral-sh/setup-uv before this step, or run `pip install uv`'),
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
  const result = await tool(req.run, 'poetry', args, path.dirname(lockfile), req.env, () =>
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
  env: NodeJS.ProcessEnv | undefined,
  missing: () => Error,
): Promise<CommandResult> {
  try {
    return await run(command, args, { cwd, env })
  } catch (err) {
    if (err instanceof UserError && err.message.includes('not found on PATH')) throw missing()
    throw err
  }
}

function missingTool(lockfile: string, tool: string, howTo: string): UserError {
  return new UserError(`Building from ${lockfile} needs ${tool}, which is not installed: ${howTo}.`)
}

/**
 * pip would evaluate environment markers for this runner's Python and CPU, not Lambda's, and publish that layer under
 * a fingerprint that names uv: without uv nothing is built.
 */
function noUv(req: BuildRequest, problem: string | undefined): UserError {
  return new UserError(
    `Building a ${req.runtime.id} layer needs uv ${UV_VERSION}, which could not be installed (${problem}): ` +
      `add astral-sh/setup-uv before this step, or make the uv==${UV_VERSION} wheel reachable from the package ` +
      `index (UV_DEFAULT_INDEX, UV_INDEX_URL or PIP_INDEX_URL). Nothing was built or published.`,
  )
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

/**
 * Pipfile.lock's `default` section (never `develop`) as pinned requirements, and its package sources in order.
 * The first source is the primary index: for pip it becomes `--index-url` in the text (the others
 * `--extra-index-url`); uv gets them as `indexes`, asked in that order.
 */
export async function pipfileRequirements(
  lockfile: string,
  withHashes: boolean,
  indexLines = true,
): Promise<{ text: string; indexes: string[] }> {
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
  const indexes = (lock._meta?.sources ?? []).map((source) => source.url).filter(Boolean)
  const onlyPyPI = indexes.every((url) => /^https:\/\/pypi\.(org|python\.org)\/simple\/?$/.test(url))
  if (indexLines && !onlyPyPI) {
    indexes.forEach((url, i) => lines.push(`${i === 0 ? '--index-url' : '--extra-index-url'} ${url}`))
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
  return { text: lines.join('\n') + '\n', indexes: onlyPyPI ? [] : indexes }
}
