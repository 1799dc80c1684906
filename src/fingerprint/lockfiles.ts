import { stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { InputError } from '../core/errors.js'
import type { RuntimeFamily } from '../core/runtimes.js'
import { compare, type Lockfile } from './digest.js'

/**
 * Finds the lockfiles: the user's paths/globs, or the runtime family's usual names when none are given.
 * Every explicit entry must match at least one file; an entry starting with `!` leaves out what it matches.
 */
export async function resolveLockfiles(
  workingDirectory: string,
  patterns: string[],
  autoPatterns: string[][],
  runtimeId: string,
): Promise<Lockfile[]> {
  const found = new Map<string, Lockfile>()
  const add = (relative: string) => {
    const absolutePath = path.resolve(workingDirectory, relative)
    const relativePath = path.relative(workingDirectory, absolutePath).split(path.sep).join('/')
    if (relativePath.startsWith('..')) return
    found.set(relativePath, { relativePath, absolutePath })
  }

  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => normalize(p.slice(1)))
  const included = patterns.filter((p) => !p.startsWith('!'))
  if (patterns.length > 0) {
    if (included.length === 0) {
      throw new InputError(
        'lockfiles',
        'at least one path or glob that is not a negation (!…)',
        patterns.join(', '),
      )
    }
    for (const pattern of included) {
      const matches = await matchFiles(workingDirectory, pattern, excluded)
      if (matches.length === 0) {
        throw new InputError('lockfiles', 'paths or globs that match files in working-directory', pattern)
      }
      matches.forEach(add)
    }
  } else {
    // The first alternative that exists wins: requirements.txt before uv.lock before poetry.lock, and so on.
    for (const alternative of autoPatterns) {
      for (const pattern of alternative) (await matchFiles(workingDirectory, pattern, [])).forEach(add)
      if (found.size > 0) break
    }
    if (found.size === 0) {
      throw new InputError(
        'lockfiles',
        `a lockfile for ${runtimeId} in working-directory (${autoPatterns.flat().join(', ')}), or the 'lockfiles' input`,
      )
    }
  }
  return [...found.values()].sort((a, b) => compare(a.relativePath, b.relativePath))
}

function normalize(pattern: string): string {
  return pattern.split(path.sep).join('/').replace(/^\.\//, '')
}

/**
 * Files (symlinks to files included) matching a relative glob: `*`, `?`, `**`, `{a,b}`, `[ab]`; never inside
 * node_modules or .git. A plain path is taken as it is.
 */
async function matchFiles(workingDirectory: string, pattern: string, excluded: string[]): Promise<string[]> {
  const normalized = normalize(pattern)
  if (!isDynamicPattern(normalized)) {
    return (await isFile(path.resolve(workingDirectory, normalized))) ? [normalized] : []
  }
  return glob(normalized, {
    cwd: workingDirectory,
    ignore: ['**/node_modules/**', '**/.git/**', ...excluded],
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: true,
    expandDirectories: false,
  })
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false
}

/**
 * Runtime dependencies only: requirements.txt (and what it includes), else one of the project lockfiles, whose
 * exports leave dev groups out. requirements-dev.txt and the like are used only when named.
 */
const AUTO_LOCKFILES: Record<RuntimeFamily, string[][]> = {
  python: [['requirements.txt'], ['uv.lock'], ['poetry.lock'], ['Pipfile.lock']],
  node: [['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']],
  provided: [],
}

/** The file names tried, in order of preference, when the `lockfiles` input is empty. */
export function autoDetectLockfiles(family: RuntimeFamily): string[][] {
  return AUTO_LOCKFILES[family].map((names) => [...names])
}
