import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../core/errors.js'
import type { RuntimeFamily } from '../core/runtimes.js'
import { compare, type Lockfile } from './digest.js'

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

const AUTO_LOCKFILES: Record<RuntimeFamily, string[]> = {
  python: ['requirements*.txt', 'uv.lock', 'poetry.lock', 'Pipfile.lock'],
  node: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'],
  provided: [],
}

/** Glob patterns (relative to working-directory) tried when the `lockfiles` input is empty. */
export function autoDetectLockfiles(family: RuntimeFamily): string[] {
  return [...AUTO_LOCKFILES[family]]
}
