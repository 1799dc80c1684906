import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PackageSize } from '../core/types.js'
import { walkLayer, type LayerFile } from './walk.js'

const PYTHON_SITE = /^python\/lib\/python\d+\.\d+\/site-packages\//
const NODE_MODULES = /^nodejs\/(?:node\d+\/)?node_modules\//

interface Group {
  name: string
  version?: string
  size: number
}

/** The text of a metadata file of the layer (one that `isPackageMetadata` chose), by its name in the layer. */
export type MetadataText = (name: string) => string | undefined

interface Layer {
  files: LayerFile[]
  text: MetadataText
  nodeVersions: Map<string, string | undefined>
}

const DIST_INFO_METADATA = /^[^/]+\.dist-info\/(?:METADATA|RECORD)$/
const NODE_MANIFEST = /^(?:@[^/]+\/[^/]+|[^@/][^/]*)\/package\.json$/

/**
 * The few files whose text the listing reads: each distribution's METADATA and RECORD, each top-level Node
 * package's package.json.
 */
export function isPackageMetadata(name: string): boolean {
  const nodePrefix = NODE_MODULES.exec(name)?.[0]
  if (nodePrefix !== undefined) return NODE_MANIFEST.test(name.slice(nodePrefix.length))
  const site = pythonSitePrefix(name)
  return site !== undefined && DIST_INFO_METADATA.test(name.slice(site.length))
}

/**
 * The layer's top-level packages with their unzipped sizes, largest first: Python distributions (by their
 * `*.dist-info/RECORD`, else by top-level folder), Node packages (`@scope/name` counts as one), and anything else
 * by its top-level path. Sizes count the same files the zip holds.
 */
export async function listPackages(root: string): Promise<PackageSize[]> {
  const { files } = await walkLayer(root)
  const texts = new Map<string, string>()
  await Promise.all(
    files
      .filter((file) => isPackageMetadata(file.name))
      .map(async (file) => texts.set(file.name, await readFile(file.source, 'utf8'))),
  )
  return packagesOf(files, (name) => texts.get(name))
}

/** The same from a walk of the layer and the text of its metadata files, read by whoever read the files. */
export function packagesOf(files: LayerFile[], text: MetadataText): PackageSize[] {
  const layer: Layer = { files, text, nodeVersions: new Map() }
  const distributions = pythonDistributions(layer)
  const groups = new Map<string, Group>()
  for (const file of files) {
    const group = distributions.get(file.name) ?? groupOf(file.name, layer)
    const key = `${group.name}\0${group.version ?? ''}`
    const existing = groups.get(key)
    if (existing) existing.size += file.size
    else groups.set(key, { ...group, size: file.size })
  }
  return [...groups.values()]
    .map(({ name, version, size }) => (version === undefined ? { name, size } : { name, version, size }))
    .sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

// ---------------------------------------------------------------------------------------------------------------
// Python

type Identity = Omit<Group, 'size'>

function pythonSitePrefix(name: string): string | undefined {
  return PYTHON_SITE.exec(name)?.[0] ?? (name.startsWith('python/') ? 'python/' : undefined)
}

/** Maps each file listed in a `*.dist-info/RECORD`, and each file in a dist-info folder, to its distribution. */
function pythonDistributions(layer: Layer): Map<string, Identity> {
  const owners = new Map<string, Identity>()
  const identities = new Map<string, Identity>()
  for (const file of layer.files) {
    const site = pythonSitePrefix(file.name)
    const distInfo =
      site === undefined ? undefined : /^[^/]+\.dist-info\//.exec(file.name.slice(site.length))?.[0]
    if (site === undefined || distInfo === undefined) continue
    const folder = site + distInfo.slice(0, -1)
    if (!identities.has(folder)) identities.set(folder, distributionIdentity(folder, layer))
    const distribution = identities.get(folder) as Identity
    owners.set(file.name, distribution)
    if (file.name !== `${folder}/RECORD`) continue
    for (const listed of recordPaths(layer.text(file.name) ?? '')) {
      const name = path.posix.normalize(site + listed)
      if (name.startsWith(site)) owners.set(name, distribution)
    }
  }
  return owners
}

/** Name and version from METADATA when it is there, else from the folder name (`name-version.dist-info`). */
function distributionIdentity(distInfo: string, layer: Layer): Identity {
  const [folderName, folderVersion] = path.posix.basename(distInfo, '.dist-info').split('-')
  const metadata = layer.text(`${distInfo}/METADATA`)
  const headers = metadata !== undefined ? metadata.split(/\r?\n\r?\n/, 1)[0] : ''
  const header = (key: string) => new RegExp(`^${key}:[ \\t]*(.+?)\\s*$`, 'mi').exec(headers)?.[1]
  return { name: header('Name') ?? folderName, version: header('Version') ?? folderVersion }
}

/** First column of each RECORD line (CSV: a path with a comma or quote is quoted). */
function recordPaths(record: string): string[] {
  return record
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => {
      if (!line.startsWith('"')) return line.split(',', 1)[0]
      const match = /^"((?:[^"]|"")*)"/.exec(line)
      return match ? match[1].replaceAll('""', '"') : line
    })
}

// ---------------------------------------------------------------------------------------------------------------
// Files that no RECORD claims

function groupOf(name: string, layer: Layer): Identity {
  const nodePrefix = NODE_MODULES.exec(name)?.[0]
  if (nodePrefix !== undefined) return nodePackage(nodePrefix, name.slice(nodePrefix.length), layer)
  const site = pythonSitePrefix(name)
  return { name: topLevel(site === undefined ? name : name.slice(site.length)) }
}

function topLevel(relative: string): string {
  return relative.split('/', 1)[0]
}

function nodePackage(prefix: string, relative: string, layer: Layer): Identity {
  const parts = relative.split('/')
  const scoped = parts[0].startsWith('@')
  if (parts.length <= (scoped ? 2 : 1)) return { name: parts[0] } // a file directly in node_modules or a scope
  const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0]
  const manifest = `${prefix}${name}/package.json`
  if (!layer.nodeVersions.has(manifest))
    layer.nodeVersions.set(manifest, packageVersion(layer.text(manifest)))
  const version = layer.nodeVersions.get(manifest)
  return version === undefined ? { name } : { name, version }
}

function packageVersion(manifest: string | undefined): string | undefined {
  if (manifest === undefined) return undefined
  try {
    const { version } = JSON.parse(manifest) as { version?: unknown }
    return typeof version === 'string' ? version : undefined
  } catch {
    return undefined
  }
}
