import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runBuilder } from './build.js'
import { packLayer, type PackedLayer } from '../package/pack.js'
import { zipWorkers } from '../package/zip.js'
import { cacheKey, type LayerCache } from '../package/cache.js'
import type { LayerArtifact, LayerFacts, LayerZip, PackageSize } from '../core/types.js'
import type { BuildRequest } from './types.js'
import { errorMessage } from '../core/errors.js'

const ZIP_FILE = 'layer.zip'
const MANIFEST_FILE = 'manifest.json'

interface Manifest {
  zip: Omit<LayerZip, 'path'>
  packages: PackageSize[]
  facts?: LayerFacts
}

export interface ArtifactRequest {
  layerName: string
  fingerprint: string
  /** A folder owned by this run, stable per fingerprint, so cache save and restore see the same path. */
  workDirectory: string
  build: Omit<BuildRequest, 'outputDirectory'>
  cache: LayerCache
  /** Skip the cache and build from the lockfiles (force). */
  rebuild: boolean
  /** The content digest of the published version carrying this fingerprint: a cached zip must hold the same. */
  expectedContent?: string
  log: (line: string) => void
  /**
   * Takes work that may finish while the caller goes on (saving to the cache, which only reads the finished zip);
   * the caller awaits it before it ends. Without it, obtainArtifact waits itself.
   */
  background?: (work: Promise<void>) => void
}

/** Restores the layer zip for this fingerprint from the cache, or builds it and saves it there. */
export async function obtainArtifact(req: ArtifactRequest): Promise<LayerArtifact> {
  const key = cacheKey(req.layerName, req.fingerprint)
  const artifactDir = path.join(req.workDirectory, key)

  if (!req.rebuild) {
    await rm(artifactDir, { recursive: true, force: true })
    if (await req.cache.restore(key, artifactDir)) {
      const restored = await readArtifact(artifactDir)
      if (restored && req.expectedContent && restored.zip.contentDigest !== req.expectedContent) {
        // A forced run published other bytes under this fingerprint after the entry was saved.
        req.log(
          `The cached zip (${key}) differs from the published version with this fingerprint; building instead`,
        )
      } else if (restored) {
        req.log(`Restored the layer zip from the cache (${key})`)
        return { ...restored, cacheHit: true }
      } else {
        req.log(`The cached zip (${key}) is not the one its entry records (damaged); building instead`)
      }
    }
  }

  await rm(artifactDir, { recursive: true, force: true })
  await mkdir(artifactDir, { recursive: true })
  const outputDirectory = path.join(req.workDirectory, `${key}-build`)
  await rm(outputDirectory, { recursive: true, force: true })
  await mkdir(outputDirectory, { recursive: true })

  // The zip's workers start while the build runs, which is mostly waiting on the network.
  const workers = zipWorkers()
  let packed: PackedLayer
  try {
    const built = await runBuilder({ ...req.build, outputDirectory })
    packed = await packLayer({
      root: built.root,
      zipPath: path.join(artifactDir, ZIP_FILE),
      runtime: req.build.runtime,
      architectures: req.build.architectures,
      log: req.build.log,
      predeflated: built.predeflated?.files,
      workers,
    }).finally(() => built.predeflated && rm(built.predeflated.folder, { recursive: true, force: true }))
  } finally {
    await workers.close()
  }
  const { zip, packages, facts } = packed
  const manifest: Manifest = { zip: withoutPath(zip), packages, facts }
  await writeFile(path.join(artifactDir, MANIFEST_FILE), JSON.stringify(manifest))
  req.log(
    `Built the layer: ${zip.fileCount} files, ${zip.zipSize} bytes zipped, ${zip.unzippedSize} unzipped`,
  )

  const saving = saveArtifact(req, key, artifactDir, manifest).catch((err: unknown) =>
    req.log(`Warning: the layer zip was not saved in the cache: ${errorMessage(err)}`),
  )
  if (req.background) req.background(saving)
  else await saving
  return { zip, packages, facts, cacheHit: false }
}

async function saveArtifact(req: ArtifactRequest, key: string, artifactDir: string, manifest: Manifest) {
  // A forced rebuild whose contents AWS already has changes nothing, so it writes no cache entry either.
  if (req.rebuild && manifest.zip.contentDigest === req.expectedContent) return
  // A forced rebuild skipped the cache, whose entries for this fingerprint may exist already: saving again would
  // archive and upload only to be refused.
  if (req.rebuild && (await req.cache.has(key, artifactDir))) return
  await req.cache.save(key, artifactDir)
  // A small second entry lets a later run diff its packages against this version without the zip.
  const manifestDir = path.join(req.workDirectory, manifestKey(key))
  await mkdir(manifestDir, { recursive: true })
  await writeFile(path.join(manifestDir, MANIFEST_FILE), JSON.stringify(manifest))
  await req.cache.save(manifestKey(key), manifestDir)
}

/** The package list of the version built from `fingerprint`, if a run saved it in the cache. */
export async function readCachedPackages(
  cache: LayerCache,
  layerName: string,
  fingerprint: string,
  workDirectory: string,
): Promise<PackageSize[] | undefined> {
  const key = manifestKey(cacheKey(layerName, fingerprint))
  const dir = path.join(workDirectory, key)
  await rm(dir, { recursive: true, force: true })
  if (!(await cache.restore(key, dir))) return undefined
  try {
    return (JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest).packages
  } catch {
    return undefined
  }
}

function manifestKey(artifactKey: string): string {
  return `${artifactKey}-manifest`
}

async function readArtifact(dir: string): Promise<Omit<LayerArtifact, 'cacheHit'> | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as Manifest
    const zipPath = path.join(dir, ZIP_FILE)
    if ((await stat(zipPath)).size !== manifest.zip.zipSize) return undefined
    // Lambda would check these bytes only after publishing them: a damaged entry is rebuilt instead.
    if ((await sha256Of(zipPath)) !== manifest.zip.codeSha256) return undefined
    return { zip: { ...manifest.zip, path: zipPath }, packages: manifest.packages, facts: manifest.facts }
  } catch {
    return undefined
  }
}

/** A file's sha256 in base64, as Lambda reports CodeSha256. */
async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('base64')
}

function withoutPath(zip: LayerZip): Omit<LayerZip, 'path'> {
  return {
    zipSize: zip.zipSize,
    unzippedSize: zip.unzippedSize,
    codeSha256: zip.codeSha256,
    contentDigest: zip.contentDigest,
    fileCount: zip.fileCount,
  }
}
