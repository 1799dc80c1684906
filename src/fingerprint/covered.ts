import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import type { RuntimeFamily } from '../core/runtimes.js'
import type { Lockfile } from './digest.js'
import { compare } from './digest.js'
import { requirementReferences, type RequirementsReferences } from './requirements.js'

export interface CoverRequest {
  workingDirectory: string
  family: RuntimeFamily
  lockfiles: Lockfile[]
  buildCommand?: string
  env: NodeJS.ProcessEnv
}

/** Files beside a Node lockfile that change what the package manager installs. */
export const NODE_CONFIG_FILES = ['.npmrc', '.yarnrc', '.yarnrc.yml', 'pnpm-workspace.yaml', '.pnpmfile.cjs']
export const NODE_CONFIG_FOLDERS = ['.yarn/releases', '.yarn/plugins', '.yarn/patches', 'patches']
/** package.json sections whose `file:`/`link:` entries are installed from the disk. */
const NODE_DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'overrides']
const CARGO_SIBLINGS = ['Cargo.toml', 'rust-toolchain.toml', 'rust-toolchain']

/**
 * Everything the install reads besides the lockfiles themselves: files they include or constrain, local packages,
 * package manager configuration and the build script. The result holds the lockfiles too, sorted by path.
 */
export async function coveredFiles(req: CoverRequest): Promise<Lockfile[]> {
  const found = new Map<string, Lockfile>()
  const add = (absolutePath: string, extra: Partial<Lockfile> = {}) => {
    const relativePath = extra.relativePath ?? shownPath(req.workingDirectory, absolutePath)
    found.set(relativePath, { relativePath, absolutePath, ...found.get(relativePath), ...extra })
  }
  for (const lockfile of req.lockfiles) found.set(lockfile.relativePath, lockfile)

  // A build-command installs from the same requirement files and package manager configuration, so they count
  // whichever builder runs.
  if (req.family === 'python') await coverPython(req, add)
  if (req.family === 'node') await coverNode(req, add)
  if (req.buildCommand) await coverCustom(req, add)
  return [...found.values()].sort((a, b) => compare(a.relativePath, b.relativePath))
}

type Add = (absolutePath: string, extra?: Partial<Lockfile>) => void

async function coverPython(req: CoverRequest, add: Add): Promise<void> {
  const seen = new Set<string>()
  // A file outside working-directory that an environment variable or an absolute path brought in (from a runner's
  // temp folder, say) is named by that variable or path as written, and what it includes by the include as written:
  // its path relative to working-directory differs from runner to runner.
  const nameOf = (file: string, origin: string | undefined) =>
    origin && !isInside(req.workingDirectory, file) ? origin : shownPath(req.workingDirectory, file)
  const visit = async (file: string, via: string, origin?: string): Promise<void> => {
    if (seen.has(file)) return
    seen.add(file)
    const text = await readText(file, via, shownPath(req.workingDirectory, file))
    const name = nameOf(file, origin)
    add(file, { kind: 'requirements', relativePath: name })
    const named = name !== shownPath(req.workingDirectory, file)
    const from = (reference: string) =>
      named || path.isAbsolute(reference) ? `${name} > ${reference}` : undefined
    const refs = requirementReferences(text)
    for (const include of [...refs.requirements, ...refs.constraints]) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include)) continue
      await visit(
        path.resolve(path.dirname(file), include),
        shownPath(req.workingDirectory, file),
        from(include),
      )
    }
    for (const local of [...refs.findLinks, ...refs.localPaths]) {
      const resolved = await localLocation(req.workingDirectory, file, local)
      if (resolved) {
        const relativePath = nameOf(resolved.path, from(local))
        add(resolved.path, { kind: resolved.folder ? 'folder' : undefined, relativePath })
      }
    }
  }
  for (const lockfile of req.lockfiles) {
    const name = path.basename(lockfile.relativePath)
    if (/\.(txt|in)$/.test(name)) {
      await visit(lockfile.absolutePath, "the 'lockfiles' input")
    } else if (req.buildCommand) {
      // A build-command's use of a project lockfile is its own: the lockfile counts as named, nothing beside it.
      continue
    } else if (name === 'uv.lock' || name === 'poetry.lock') {
      const project = path.dirname(lockfile.absolutePath)
      const pyproject = path.join(project, 'pyproject.toml')
      if (await isFile(pyproject)) add(pyproject)
      const text = await readFile(lockfile.absolutePath, 'utf8').catch(() => '')
      for (const local of lockedLocalPaths(text)) {
        const resolved = await localLocation(project, lockfile.absolutePath, local)
        if (resolved && resolved.path !== project)
          add(resolved.path, { kind: resolved.folder ? 'folder' : undefined })
      }
    } else if (name === 'Pipfile.lock') {
      await coverPipfilePaths(req, lockfile.absolutePath, add)
    }
  }
  // pip reads PIP_CONSTRAINT for every install (the builder passes the same files to uv); uv reads its own variables.
  for (const variable of ['PIP_CONSTRAINT', ...UV_FILE_VARIABLES]) {
    const files = environmentFiles(req.env, variable, req.workingDirectory)
    for (const [i, file] of files.entries()) {
      await visit(file, variable, files.length > 1 ? `$${variable}[${i + 1}]` : `$${variable}`)
    }
  }
}

/** uv's variables that name requirement files it constrains, overrides, excludes or builds with. */
const UV_FILE_VARIABLES = ['UV_CONSTRAINT', 'UV_OVERRIDE', 'UV_EXCLUDE', 'UV_BUILD_CONSTRAINT']

/** Each requirements file and the ones it includes (`-r`, `-c`, recursively), with what they refer to. */
export async function requirementTree(
  files: string[],
): Promise<{ file: string; refs: RequirementsReferences }[]> {
  const seen = new Map<string, RequirementsReferences>()
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return
    const refs = requirementReferences(await readFile(file, 'utf8').catch(() => ''))
    seen.set(file, refs)
    for (const include of [...refs.requirements, ...refs.constraints]) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(include)) await visit(path.resolve(path.dirname(file), include))
    }
  }
  for (const file of files) await visit(file)
  return [...seen].map(([file, refs]) => ({ file, refs }))
}

/**
 * Local packages a uv.lock (`source = { path|directory|editable = "…" }`) or poetry.lock (`[package.source]` of
 * type directory or file) installs from the disk.
 */
export function lockedLocalPaths(text: string): string[] {
  const uv = [...text.matchAll(/source\s*=\s*\{\s*(?:path|directory|editable)\s*=\s*"([^"]+)"/g)].map(
    (m) => m[1],
  )
  const poetry = [
    ...text.matchAll(/\[package\.source\]\s*\ntype\s*=\s*"(?:directory|file)"\s*\nurl\s*=\s*"([^"]+)"/g),
  ].map((m) => m[1])
  return [...uv, ...poetry].filter((p) => p !== '.')
}

/** The files PIP_CONSTRAINT names (space separated, as pip reads it), absolute. */
export function pipConstraintFiles(env: NodeJS.ProcessEnv, workingDirectory: string): string[] {
  return environmentFiles(env, 'PIP_CONSTRAINT', workingDirectory)
}

/** The local files a variable names (space separated, as pip and uv read them), absolute; URLs are left out. */
function environmentFiles(env: NodeJS.ProcessEnv, variable: string, workingDirectory: string): string[] {
  return (env[variable] ?? '')
    .split(/\s+/)
    .filter((p) => p && !/^[a-z][a-z0-9+.-]*:\/\//i.test(p))
    .map((p) => path.resolve(workingDirectory, p))
}

async function coverPipfilePaths(req: CoverRequest, lockfile: string, add: Add): Promise<void> {
  let lock: { default?: Record<string, { path?: string; file?: string }> }
  try {
    lock = JSON.parse(await readFile(lockfile, 'utf8'))
  } catch {
    return // the builder reports a broken Pipfile.lock
  }
  for (const entry of Object.values(lock.default ?? {})) {
    const local = entry.path ?? (entry.file?.startsWith('file:') ? entry.file : undefined)
    if (!local) continue
    const resolved = await localLocation(path.dirname(lockfile), lockfile, local.replace(/^file:(\/\/)?/, ''))
    if (resolved) add(resolved.path, { kind: resolved.folder ? 'folder' : undefined })
  }
}

/**
 * A local path from a requirements file. pip resolves it against the working directory it runs in, uv against the
 * file's folder; whichever exists is taken.
 */
async function localLocation(
  workingDirectory: string,
  file: string,
  location: string,
): Promise<{ path: string; folder: boolean } | undefined> {
  for (const base of [workingDirectory, path.dirname(file)]) {
    const candidate = path.resolve(base, location)
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isDirectory()) return { path: candidate, folder: true }
    if (info?.isFile()) return { path: candidate, folder: false }
  }
  return undefined
}

async function coverNode(req: CoverRequest, add: Add): Promise<void> {
  for (const lockfile of req.lockfiles) {
    const project = path.dirname(lockfile.absolutePath)
    for (const name of NODE_CONFIG_FILES) {
      const file = path.join(project, name)
      if (await isFile(file)) add(file)
    }
    for (const name of NODE_CONFIG_FOLDERS) {
      const folder = path.join(project, name)
      if ((await stat(folder).catch(() => undefined))?.isDirectory()) add(folder, { kind: 'folder' })
    }
    let manifest: Record<string, unknown>
    try {
      manifest = JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8'))
    } catch {
      continue // the builder reports a missing package.json
    }
    for (const [, spec] of localNodePackages(manifest)) {
      const location = path.resolve(project, spec.replace(/^(file|link):/, ''))
      const info = await stat(location).catch(() => undefined)
      if (info) add(location, { kind: info.isDirectory() ? 'folder' : undefined })
    }
  }
}

/** `[name, spec]` of every dependency installed from the disk (`file:`, `link:`). */
export function localNodePackages(manifest: Record<string, unknown>): [string, string][] {
  const local: [string, string][] = []
  for (const field of NODE_DEPENDENCY_FIELDS) {
    const deps = manifest[field]
    if (!deps || typeof deps !== 'object') continue
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec === 'string' && /^(file|link):/.test(spec)) local.push([name, spec])
    }
  }
  return local
}

/** The script build-command runs (`bash build.sh`, `./build.sh`), and the Cargo manifest beside a Cargo.lock. */
async function coverCustom(req: CoverRequest, add: Add): Promise<void> {
  for (const word of commandWords(req.buildCommand ?? '')) {
    const file = path.resolve(req.workingDirectory, word)
    if (isInside(req.workingDirectory, file) && (await isFile(file))) add(file)
  }
  for (const lockfile of req.lockfiles) {
    if (path.basename(lockfile.absolutePath) !== 'Cargo.lock') continue
    for (const name of CARGO_SIBLINGS) {
      const file = path.join(path.dirname(lockfile.absolutePath), name)
      if (await isFile(file)) add(file)
    }
  }
}

/** Words of a shell command that could name a file: no options, assignments or operators. */
export function commandWords(command: string): string[] {
  return command
    .split(/[\s;&|()<>]+/)
    .map((w) => w.replace(/^['"]|['"]$/g, ''))
    .filter((w) => w && !w.startsWith('-') && !w.includes('=') && !w.startsWith('$'))
}

function shownPath(workingDirectory: string, file: string): string {
  const relative = path.relative(workingDirectory, file).split(path.sep).join('/')
  return relative || '.'
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

async function readText(file: string, via: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new InputError('lockfiles', `requirement files that exist (${via} refers to it)`, shown)
  }
}
