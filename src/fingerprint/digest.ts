import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import type { Architecture, Runtime } from '../core/runtimes.js'

export interface Lockfile {
  /** Relative to working-directory, '/'-separated. */
  relativePath: string
  absolutePath: string
}

export interface FingerprintSource {
  lockfiles: Lockfile[]
  runtime: Runtime
  architectures: Architecture[]
  builder: string
  /** Everything about the builder that changes what it builds (tags, flags, command). */
  builderSettings: Record<string, unknown>
  layoutVersion: string
}

/**
 * Finds the lockfiles: the user's paths/globs, or the runtime family's usual names when none are given.
 * Every explicit entry must match at least one file.
 */
export async function resolveLockfiles(
  workingDirectory: string,
  patterns: string[],
  autoPatterns: string[],
  runtimeId: string,
): Promise<Lockfile[]> {
  const found = new Map<string, Lockfile>()
  const add = (absolutePath: string) => {
    const relativePath = path.relative(workingDirectory, absolutePath).split(path.sep).join('/')
    if (relativePath.startsWith('..')) return
    found.set(relativePath, { relativePath, absolutePath })
  }

  if (patterns.length > 0) {
    for (const pattern of patterns) {
      const matches = await matchFiles(workingDirectory, pattern)
      if (matches.length === 0) {
        throw new InputError('lockfiles', 'paths or globs that match files in working-directory', pattern)
      }
      matches.forEach(add)
    }
  } else {
    for (const pattern of autoPatterns) (await matchFiles(workingDirectory, pattern)).forEach(add)
    if (found.size === 0) {
      throw new InputError(
        'lockfiles',
        `a lockfile for ${runtimeId} in working-directory (${autoPatterns.join(', ')}), or the 'lockfiles' input`,
      )
    }
  }
  return [...found.values()].sort((a, b) => compare(a.relativePath, b.relativePath))
}

/** Files matching a relative glob (`*`, `?`, `**`), never outside workingDirectory, never inside node_modules/.git. */
async function matchFiles(workingDirectory: string, pattern: string): Promise<string[]> {
  const normalized = pattern.split(path.sep).join('/').replace(/^\.\//, '')
  if (!/[*?]/.test(normalized)) {
    const file = path.resolve(workingDirectory, normalized)
    return (await isFile(file)) ? [file] : []
  }
  const matcher = globToRegExp(normalized)
  const maxDepth = normalized.includes('**') ? Infinity : normalized.split('/').length
  const files: string[] = []
  const walk = async (dir: string, relative: string, depth: number) => {
    if (depth > maxDepth) return
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel, depth + 1)
      else if (entry.isFile() && matcher.test(rel)) files.push(path.join(dir, entry.name))
    }
  }
  await walk(workingDirectory, '', 1)
  return files
}

function globToRegExp(pattern: string): RegExp {
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += pattern[i + 2] === '/' ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/** Hex sha256 over everything that defines the layer; independent of lockfile order and of the action's version. */
export async function computeFingerprint(source: FingerprintSource): Promise<string> {
  const hash = createHash('sha256')
  const field = (name: string, value: string | Buffer) => {
    const bytes = typeof value === 'string' ? Buffer.from(value) : value
    hash.update(`${name}\0${bytes.length}\0`)
    hash.update(bytes)
  }
  field('layout', source.layoutVersion)
  field('runtime', source.runtime.id)
  field('architectures', [...source.architectures].sort().join(','))
  field('builder', source.builder)
  field('settings', stableJson(source.builderSettings))
  const sorted = [...source.lockfiles].sort((a, b) => compare(a.relativePath, b.relativePath))
  for (const lockfile of sorted) {
    field('path', lockfile.relativePath)
    field('content', await readFile(lockfile.absolutePath))
  }
  return hash.digest('hex')
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compare(a, b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
