import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Architecture, Runtime } from '../core/runtimes.js'
import { walkLayer } from '../package/walk.js'
import { canonicalRequirements } from './requirements.js'

export interface Lockfile {
  /**
   * Relative to working-directory, '/'-separated ('../' for files outside it); a file outside it that an environment
   * variable brought in is named by what brought it in instead (`$PIP_CONSTRAINT`, `$PIP_CONSTRAINT > base.txt`).
   */
  relativePath: string
  absolutePath: string
  /** A pip requirements file (hashed without comments, blank lines and line endings), or a folder (by content). */
  kind?: 'requirements' | 'folder'
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
    if (lockfile.kind === 'folder') {
      const tree = await walkLayer(lockfile.absolutePath)
      for (const file of tree.files) {
        if (NOT_CONTENT.test(`/${file.name}`)) continue
        field('file', `${file.name}${file.executable ? ' x' : ''}`)
        field('content', await readFile(file.source))
      }
    } else if (lockfile.kind === 'requirements') {
      field('content', canonicalRequirements(await readFile(lockfile.absolutePath, 'utf8')))
    } else {
      field('content', await readFile(lockfile.absolutePath))
    }
  }
  return hash.digest('hex')
}

/** What a tool leaves in a local package folder without it being part of the package. */
const NOT_CONTENT = /\/(\.git|node_modules|__pycache__)\/|\.pyc$/

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

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
