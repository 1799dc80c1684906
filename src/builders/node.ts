import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { InputError, UserError } from '../core/errors.js'
import type { CommandOptions, CommandResult } from '../core/exec.js'
import type { Architecture } from '../core/runtimes.js'
import type { BuildRequest, BuiltLayer, SettingsRequest } from './types.js'
import { commandFailure, lineLogger } from './output.js'
import type { LayerTree } from '../package/walk.js'
import { walkLayer } from '../package/walk.js'
import { localNodePackages, NODE_CONFIG_FILES, NODE_CONFIG_FOLDERS } from '../fingerprint/covered.js'

type PackageManager = 'npm' | 'yarn' | 'pnpm'

const LOCKFILES: Record<string, PackageManager> = {
  'package-lock.json': 'npm',
  'npm-shrinkwrap.json': 'npm',
  'yarn.lock': 'yarn',
  'pnpm-lock.yaml': 'pnpm',
}

/** Files next to the lockfile that change how the package manager installs; copied for the install, then removed. */
const CONFIG_FILES = NODE_CONFIG_FILES
const CONFIG_FOLDERS = NODE_CONFIG_FOLDERS

/** Package manager bookkeeping inside node_modules: not needed at run time, and some of it names build paths. */
const BOOKKEEPING = ['.bin', '.package-lock.json', '.yarn-integrity', '.yarn-state.yml', '.modules.yaml']
/** pnpm's records of the install: timestamps and this machine's folder, which would make every zip differ. */
const PNPM_BOOKKEEPING = ['.pnpm-workspace-state.json', '.pnpm-workspace-state-v1.json', '.pnpm/lock.yaml']

function bookkeeping(manager: PackageManager): string[] {
  return manager === 'pnpm' ? [...BOOKKEEPING, ...PNPM_BOOKKEEPING] : BOOKKEEPING
}

/** package.json fields that decide what gets installed (yarn.lock and pnpm-lock.yaml do not record all of them). */
const MANIFEST_FIELDS = [
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'overrides',
  'resolutions',
  'pnpm',
  'workspaces',
]

const NPM_MIN = [10, 3] // --cpu/--os arrived in npm 10.2, --libc in 10.3
const PNPM_MIN = [10, 14] // --cpu/--os/--libc arrived in pnpm 10.14

export function npmCpu(arch: Architecture): 'x64' | 'arm64' {
  return arch === 'arm64' ? 'arm64' : 'x64'
}

export function nodeSettings(req: SettingsRequest): Record<string, unknown> {
  const { lockfile, manager } = pickLockfile(req.lockfiles)
  let manifest: Record<string, unknown> | null = null
  try {
    const full = JSON.parse(
      readFileSync(path.join(path.dirname(lockfile), 'package.json'), 'utf8'),
    ) as Record<string, unknown>
    manifest = Object.fromEntries(MANIFEST_FIELDS.map((f) => [f, full[f]]))
    if (manager !== 'npm') manifest.packageManager = full.packageManager
  } catch {
    // A missing or broken package.json fails the build with a clear message; the fingerprint just notes it.
  }
  return {
    packageManager: manager,
    platform: platformFlags(req.architectures),
    omit: 'dev',
    rootScripts: 'removed',
    removed: bookkeeping(manager),
    manifest,
  }
}

export async function buildNode(req: BuildRequest): Promise<BuiltLayer> {
  const { lockfile, manager } = pickLockfile(req.lockfiles)
  const project = path.dirname(lockfile)
  const target = path.join(req.outputDirectory, 'nodejs')
  await mkdir(target, { recursive: true })

  await copyProject(project, lockfile, target)
  // Install scripts build or download binaries for the machine they run on, so they only run when it is the
  // target platform; cross-builds skip them and then check that nothing needed them.
  const cross =
    process.platform !== 'linux' ||
    req.architectures.length > 1 ||
    npmCpu(req.architectures[0]) !== process.arch
  if (cross) {
    req.log(
      `Cross-building for linux-${req.architectures.map(npmCpu).join('+')} on ${process.platform}-${process.arch}: ` +
        `install scripts are skipped`,
    )
  }

  const install = { npm: installNpm, yarn: installYarn, pnpm: installPnpm }[manager]
  try {
    await install(req, target, cross)
  } finally {
    // Only node_modules is the payload; the copied files may hold registry credentials (.npmrc).
    for (const name of [
      'package.json',
      path.basename(lockfile),
      ...CONFIG_FILES,
      ...CONFIG_FOLDERS,
      '.yarn',
    ]) {
      await rm(path.join(target, name), { recursive: true, force: true })
    }
  }

  const nodeModules = path.join(target, 'node_modules')
  if (!existsSync(nodeModules)) {
    throw new UserError(
      `${path.relative(req.workingDirectory, lockfile) || lockfile} installs no runtime dependencies ` +
        `(devDependencies never go into the layer), so there is nothing to put in nodejs/node_modules.`,
    )
  }
  for (const name of bookkeeping(manager))
    await rm(path.join(nodeModules, name), { recursive: true, force: true })
  if (cross) await checkSkippedScripts(nodeModules, req)
  return { root: req.outputDirectory }
}

function pickLockfile(lockfiles: string[]): { lockfile: string; manager: PackageManager } {
  const found = lockfiles.filter((f) => path.basename(f) in LOCKFILES)
  const others = lockfiles.filter(
    (f) => !(path.basename(f) in LOCKFILES) && path.basename(f) !== 'package.json',
  )
  if (found.length !== 1 || others.length > 0) {
    throw new InputError(
      'lockfiles',
      `exactly one of ${Object.keys(LOCKFILES).join(', ')} for a Node.js runtime`,
      lockfiles.map((f) => path.basename(f)).join(', '),
    )
  }
  return { lockfile: found[0], manager: LOCKFILES[path.basename(found[0])] }
}

/** Copies what the package manager needs next to an empty node_modules. */
async function copyProject(project: string, lockfile: string, target: string): Promise<void> {
  const manifestPath = path.join(project, 'package.json')
  let manifest: Record<string, unknown>
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
  } catch (err) {
    throw new UserError(
      `A Node.js layer needs package.json next to ${path.basename(lockfile)}: ${(err as Error).message}`,
    )
  }
  const local = localNodePackages(manifest)
  if (local.length > 0) {
    throw new UserError(
      `package.json installs ${local.map(([name, spec]) => `${name} (${spec})`).join(', ')} from the disk: ` +
        `a file:/link: dependency would be a link to this machine's folder, not a package in the layer. ` +
        `Publish it to a registry or a git repository and depend on that, so the lockfile pins it.`,
    )
  }
  const fromWorkspace = workspaceDependencies(manifest)
  if (fromWorkspace.length > 0) {
    throw new UserError(
      `package.json next to ${path.basename(lockfile)} takes ${fromWorkspace.join(', ')} from the workspace: a ` +
        `workspace package is installed as a link to this machine's folder, so it would be missing from the layer. ` +
        `Publish it to a registry or a git repository and depend on that, so the lockfile pins it.`,
    )
  }
  const workspaces = await workspacePackages(project, manifest)
  if (workspaces.length > 0) {
    throw new UserError(
      `package.json next to ${path.basename(lockfile)} declares workspaces, with the packages ` +
        `${workspaces.join(', ')}: a workspace package is installed as a link to this machine's folder, so it would ` +
        `be missing from the layer. Publish them to a registry or a git repository and depend on that, so the ` +
        `lockfile pins them, or point working-directory at a project without workspaces.`,
    )
  }
  // The project's own lifecycle scripts (prepare: husky install, postinstall: build) are about the project, not
  // its dependencies, and often call devDependencies that are not installed here.
  delete manifest.scripts
  await writeFile(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2) + '\n')
  await cp(lockfile, path.join(target, path.basename(lockfile)))
  for (const name of [...CONFIG_FILES, ...CONFIG_FOLDERS]) {
    const source = path.join(project, name)
    if (existsSync(source)) await cp(source, path.join(target, name), { recursive: true })
  }
}

/** `name (spec)` of each dependency with the `workspace:` protocol (pnpm, yarn). */
function workspaceDependencies(manifest: Record<string, unknown>): string[] {
  return ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
    Object.entries((manifest[field] ?? {}) as Record<string, unknown>)
      .filter(([, spec]) => typeof spec === 'string' && spec.startsWith('workspace:'))
      .map(([name, spec]) => `${name} (${String(spec)})`),
  )
}

/** `name (folder)` of each package the `workspaces` field of package.json matches (npm's list, yarn's object). */
async function workspacePackages(project: string, manifest: Record<string, unknown>): Promise<string[]> {
  const field = manifest.workspaces
  const patterns = Array.isArray(field) ? field : (field as { packages?: unknown } | undefined)?.packages
  if (!Array.isArray(patterns)) return []
  const manifests = await glob(
    patterns
      .filter((p): p is string => typeof p === 'string')
      .map((p) => `${p.replace(/\/$/, '')}/package.json`),
    { cwd: project, ignore: ['**/node_modules/**'], expandDirectories: false },
  )
  const found: string[] = []
  for (const file of manifests.sort()) {
    const folder = path.dirname(file)
    const name = await readFile(path.join(project, file), 'utf8')
      .then((text) => (JSON.parse(text) as { name?: unknown }).name)
      .catch(() => undefined)
    found.push(typeof name === 'string' ? `${name} (${folder})` : folder)
  }
  return found
}

function platformFlags(architectures: Architecture[]): string[] {
  // With several architectures the layer must be free of native code (checked after the build): no --cpu.
  const cpu = architectures.length === 1 ? [`--cpu=${npmCpu(architectures[0])}`] : []
  return ['--os=linux', ...cpu, '--libc=glibc']
}

async function installNpm(req: BuildRequest, target: string, cross: boolean): Promise<void> {
  const version = await toolVersion(req, 'npm', target, 'use actions/setup-node (Node.js 20 or later)')
  requireVersion(
    'npm',
    version,
    NPM_MIN,
    'to install for the Lambda platform (--cpu, --libc)',
    'npm install -g npm@10',
  )
  const args = [
    'ci',
    '--omit=dev',
    ...platformFlags(req.architectures),
    '--no-audit',
    '--no-fund',
    '--no-update-notifier',
    ...(cross ? ['--ignore-scripts'] : []),
  ]
  await installWith(req, 'npm', args, { cwd: target })
}

async function installYarn(req: BuildRequest, target: string, cross: boolean): Promise<void> {
  const version = await toolVersion(
    req,
    'yarn',
    target,
    'run `corepack enable` (or `npm install -g yarn`) first',
  )
  const lock = await readFile(path.join(target, 'yarn.lock'), 'utf8')
  if (!lock.includes('__metadata:')) {
    // Yarn 1 has no way to install another CPU's optional packages except installing every platform's.
    const args = ['install', '--frozen-lockfile', '--production=true', '--non-interactive', '--no-progress']
    if (cross) args.push('--ignore-scripts', '--ignore-platform')
    await installWith(req, 'yarn', args, { cwd: target })
    return
  }
  requireVersion(
    'yarn',
    version,
    [4, 0],
    'for `yarn workspaces focus --production`',
    'run `corepack enable` before this step, so the yarn your packageManager field names (yarn@4 or later) is used',
  )
  const rc = path.join(target, '.yarnrc.yml')
  const rcText = existsSync(rc) ? await readFile(rc, 'utf8') : ''
  if (!/^supportedArchitectures:/m.test(rcText) && req.architectures.length === 1) {
    const cpu = npmCpu(req.architectures[0])
    await writeFile(
      rc,
      `${rcText}\nsupportedArchitectures:\n  os: [linux]\n  cpu: [${cpu}]\n  libc: [glibc]\n`,
    )
  }
  const env = {
    ...process.env,
    YARN_NODE_LINKER: 'node-modules',
    YARN_ENABLE_IMMUTABLE_INSTALLS: 'true',
    YARN_ENABLE_GLOBAL_CACHE: 'true',
    ...(cross ? { YARN_ENABLE_SCRIPTS: 'false' } : {}),
  }
  await installWith(req, 'yarn', ['workspaces', 'focus', '--all', '--production'], { cwd: target, env })
}

async function installPnpm(req: BuildRequest, target: string, cross: boolean): Promise<void> {
  const version = await toolVersion(
    req,
    'pnpm',
    target,
    'use pnpm/action-setup, or run `corepack enable` first',
  )
  requireVersion(
    'pnpm',
    version,
    PNPM_MIN,
    'to install for the Lambda platform (--cpu, --libc)',
    'use pnpm 10.14+',
  )
  const args = [
    'install',
    '--frozen-lockfile',
    '--prod',
    '--config.node-linker=hoisted',
    ...platformFlags(req.architectures),
    ...(cross ? ['--ignore-scripts'] : []),
  ]
  await installWith(req, 'pnpm', args, { cwd: target })
}

async function installWith(
  req: BuildRequest,
  tool: string,
  args: string[],
  options: CommandOptions,
): Promise<void> {
  req.log(`$ ${tool} ${args.join(' ')}`)
  const output = lineLogger(req.log)
  const result = await req.run(tool, args, { ...options, onOutput: output.onOutput })
  output.flush()
  if (result.code === 0) return
  const lockfiles = req.lockfiles.map((f) => path.relative(req.workingDirectory, f) || path.basename(f))
  throw commandFailure(
    `${tool} install`,
    result,
    installHint(result),
    `lockfiles '${lockfiles.join("', '")}'`,
  )
}

function installHint(result: CommandResult): string | undefined {
  const text = `${result.stdout}\n${result.stderr}`
  if (/gyp ERR!|node-gyp|prebuild-install/.test(text)) {
    return (
      'a package compiles native code in its install script. That needs python3, make and a C++ compiler on ' +
      'the runner, and it cannot be cross-built for another CPU: build on a runner of the target architecture.'
    )
  }
  if (/EUSAGE|in sync|frozen-lockfile|lockfile needs to be updated|ERR_PNPM_OUTDATED_LOCKFILE/i.test(text)) {
    return 'the lockfile does not match package.json: update it with your package manager and commit it.'
  }
  return undefined
}

async function toolVersion(req: BuildRequest, tool: string, cwd: string, howTo: string): Promise<number[]> {
  let result: CommandResult
  try {
    result = await req.run(tool, ['--version'], { cwd })
  } catch (err) {
    if (err instanceof UserError && err.message.includes('not found on PATH')) {
      throw new UserError(`Building from this lockfile needs ${tool}, which is not installed: ${howTo}.`)
    }
    throw err
  }
  if (result.code !== 0) throw commandFailure(`${tool} --version`, result)
  return (/(\d+)\.(\d+)/.exec(result.stdout) ?? ['', '0', '0']).slice(1, 3).map(Number)
}

function requireVersion(tool: string, have: number[], min: number[], why: string, howTo: string): void {
  if (have[0] > min[0] || (have[0] === min[0] && have[1] >= min[1])) return
  throw new UserError(
    `${tool} ${have.join('.')} is too old: ${min.join('.')} or later is needed ${why}; ${howTo}.`,
  )
}

/**
 * After a cross-build without install scripts: a package with a node-gyp build (binding.gyp) and no compiled
 * `.node` file would fail at run time, so the build fails now. Other skipped scripts are listed for the user.
 */
async function checkSkippedScripts(nodeModules: string, req: BuildRequest): Promise<void> {
  const mustCompile: string[] = []
  const skipped: string[] = []
  const tree = await walkLayer(nodeModules)
  for (const packageDir of packageDirectories(tree)) {
    const dir = path.join(nodeModules, packageDir)
    const name = packageDir.slice(0, -1)
    let manifest: { scripts?: Record<string, string> }
    try {
      manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
    } catch {
      continue
    }
    const scripts = ['preinstall', 'install', 'postinstall'].filter((s) => manifest.scripts?.[s])
    const gyp = existsSync(path.join(dir, 'binding.gyp'))
    if (gyp && !containsNodeAddon(tree, packageDir)) mustCompile.push(name)
    else if (scripts.length > 0 || gyp) skipped.push(name)
  }
  const target = `linux-${req.architectures.map(npmCpu).join('+')}`
  if (mustCompile.length > 0) {
    throw new UserError(
      `${mustCompile.join(', ')} compile native code in their install scripts, which cannot be cross-built for ` +
        `${target} on this ${process.platform}-${process.arch} runner. Build the layer on a runner of the target ` +
        `architecture (for arm64: runs-on: ubuntu-24.04-arm), or use a package that ships prebuilt binaries.`,
    )
  }
  if (skipped.length > 0) {
    req.log(`Note: install scripts were skipped for ${skipped.join(', ')} (cross-build for ${target}).`)
  }
}

/** Every installed package folder (`a/`, `@scope/b/`, `a/node_modules/c/`), relative to node_modules. */
function packageDirectories(tree: LayerTree): string[] {
  return tree.dirs.filter((dir) =>
    /^(?:(?:@[^/]+\/)?[^@./][^/]*\/node_modules\/)*(?:@[^/]+\/)?[^@./][^/]*\/$/.test(dir),
  )
}

/** A compiled addon of the package itself, not of one of its own dependencies. */
function containsNodeAddon(tree: LayerTree, packageDir: string): boolean {
  return tree.files.some(
    (file) =>
      file.name.startsWith(packageDir) &&
      file.name.endsWith('.node') &&
      file.size > 0 &&
      !file.name.slice(packageDir.length).includes('node_modules/'),
  )
}
