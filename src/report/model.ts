import type { FunctionStatus, Mode, PackageSize, Plan } from '../core/types.js'
import type { Architecture } from '../core/runtimes.js'
import { parseLayerArn } from '../core/arn.js'
import { MAX_LAYERS, MAX_UNZIPPED_BYTES } from '../core/limits.js'

export type LayerStatus = 'reused' | 'published' | 'first-publish' | 'would-publish' | 'unknown' | 'failed'

/** One layer attached to a function, as AWS reports it. */
export interface FunctionLayerInput {
  /** Versioned layer ARN (`arn:aws:lambda:<region>:<account>:layer:<name>:<version>`). */
  arn: string
  /** Zip size from AWS (`Layers[].CodeSize`). */
  codeSize: number
  /** Only when known (e.g. our own zip); otherwise the zip size is used as a lower bound. */
  unzippedSize?: number
}

export interface FunctionInput {
  name: string
  region: string
  /** Zipped deployment package from AWS (`CodeSize`); absent when the function was not found. */
  codeSize?: number
  /** Unzipped package size, rarely known; the zip size is used as a lower bound otherwise. */
  unzippedSize?: number
  /** Every layer of the function in order, including this one. */
  layers: FunctionLayerInput[]
  status: FunctionStatus
  error?: string
  /** Versions and aliases moved (or to move in plan mode), and the smoke test. */
  rollout?: FunctionRolloutInput
  /** What the user should know about the function: its stack, its runtime's deprecation. */
  notes?: string[]
}

export interface FunctionRolloutInput {
  /** The function version published (`new` in plan mode). */
  version?: string
  aliases: { name: string; from: string; to?: string }[]
  /** Aliases left on $LATEST, which serves the new layer. */
  onLatest?: string[]
  smokeTest?: { passed: boolean; target: string; error?: string }
  /** $LATEST got its previous layers back after a failed smoke test. */
  putBack?: boolean
}

export interface RegionInput {
  region: string
  plan: Plan
  published: boolean
  version?: number
  arn?: string
  error?: string
  /** What else the run did there: sharing, pruning, a concurrent run's duplicate removed. */
  notes?: string[]
}

/** What the pipeline knows at the end of a run. */
export interface ReportInput {
  layerName: string
  runtime: string
  architectures: Architecture[]
  mode: Mode
  eventName: string
  plan: Plan
  published: boolean
  cacheHit: boolean
  fingerprint: string
  /** Sizes of the zip built or restored in this run; absent when nothing was built. */
  zip?: { zipSize: number; unzippedSize: number }
  /** The version now current for this fingerprint; absent in plan mode before it is published. */
  current?: { version: number; arn: string; zipSize?: number }
  /** The latest version that existed before this run. */
  previous?: { version: number; zipSize?: number; unzippedSize?: number }
  regions?: RegionInput[]
  functions: FunctionInput[]
  /** Top-level packages of the layer built (or described) in this run. */
  packages?: PackageSize[]
  /** Packages of the previously published version, when known: enables the package diff. */
  publishedPackages?: PackageSize[]
  commitSha?: string
  runUrl?: string
  /** `owner/name` */
  repository?: string
  /** Defaults to https://github.com. */
  serverUrl?: string
  warnings?: string[]
  /** The error that ended the run before its plan was complete. */
  failure?: string
}

/** A size that may only be known from below (an unzipped size estimated by its zip size). */
export interface BoundedSize {
  bytes: number
  lowerBound: boolean
}

export interface LayerSummary {
  name: string
  runtime: string
  architectures: Architecture[]
  status: LayerStatus
  mode: Mode
  plan: Plan
  published: boolean
  cacheHit: boolean
  fingerprint: string
  /** The version functions should be on after this run (absent when not published yet). */
  version?: number
  arn?: string
  previousVersion?: number
  zipSize?: number
  unzippedSize?: number
  previousZipSize?: number
  previousUnzippedSize?: number
  packageCount?: number
}

export interface FunctionRow {
  name: string
  region: string
  status: FunctionStatus
  error?: string
  /** The function's own zipped package. */
  packageSize?: number
  /** What the package would weigh with this layer's dependencies bundled in. */
  bundledSize?: number
  layerCount: number
  /** Function plus all layers unzipped, after this run's change (projected in plan mode). */
  unzippedTotal: BoundedSize
  /** Room left under the 250 MB limit; an upper bound when the total is a lower bound. */
  headroom: number
  overLimit: boolean
  tooManyLayers: boolean
  rollout?: FunctionRolloutInput
  notes?: string[]
}

export interface Savings {
  functionCount: number
  depsZipSize: number
  packageMin: number
  packageMax: number
  bundledMin: number
  bundledMax: number
  /** Bytes a deploy uploads when every function bundles the dependencies. */
  uploadIfBundled: number
  /** Bytes uploaded with the layer: function packages plus the layer when it is (or would be) published. */
  uploadWithLayer: number
  notUploaded: number
}

export type PackageChangeKind = 'added' | 'removed' | 'grown' | 'shrunk' | 'changed'

export interface PackageChange {
  name: string
  kind: PackageChangeKind
  beforeVersion?: string
  afterVersion?: string
  beforeSize?: number
  afterSize?: number
  /** After minus before, in bytes. */
  delta: number
}

export interface PackageDiff {
  /** Version the comparison is against, when known. */
  againstVersion?: number
  /** Only packages that changed, largest absolute change first. */
  changes: PackageChange[]
  unchangedCount: number
}

export interface PackageShare extends PackageSize {
  /** Fraction of the layer's package total, 0..1. */
  share: number
}

export type RegionRow = RegionInput

export interface Report {
  schemaVersion: 1
  eventName: string
  layer: LayerSummary
  functions: FunctionRow[]
  savings?: Savings
  /** All packages, largest first: renderers take the top N. */
  packages: PackageShare[]
  packageDiff?: PackageDiff
  regions: RegionRow[]
  warnings: string[]
  failure?: string
  commit?: { sha: string; url?: string }
  runUrl?: string
  repository?: string
}

export function buildReport(input: ReportInput): Report {
  const layer = summarizeLayer(input)
  const functions = input.functions.map((fn) => functionRow(fn, input, layer))
  const packages = packageShares(input.packages ?? [])
  const serverUrl = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  return {
    schemaVersion: 1,
    eventName: input.eventName,
    layer,
    functions,
    savings: savings(functions, layer),
    packages,
    packageDiff:
      input.packages && input.publishedPackages
        ? diffPackages(input.publishedPackages, input.packages, input.previous?.version)
        : undefined,
    regions: (input.regions ?? []).map((r) => ({ ...r })),
    warnings: [...(input.warnings ?? [])],
    failure: input.failure,
    commit: input.commitSha
      ? {
          sha: input.commitSha,
          url: input.repository ? `${serverUrl}/${input.repository}/commit/${input.commitSha}` : undefined,
        }
      : undefined,
    runUrl: input.runUrl,
    repository: input.repository,
  }
}

function summarizeLayer(input: ReportInput): LayerSummary {
  const { previous, current, zip } = input
  // The latest version's sizes describe the current one only when they are the same version.
  const sameAsPrevious =
    current !== undefined && previous !== undefined && current.version === previous.version
  // Without a build this run, the current version's own zip size (from AWS) is the dependency weight.
  const zipSize = zip?.zipSize ?? current?.zipSize ?? (sameAsPrevious ? previous.zipSize : undefined)
  const unzippedSize = zip?.unzippedSize ?? (sameAsPrevious ? previous.unzippedSize : undefined)
  return {
    name: input.layerName,
    runtime: input.runtime,
    architectures: [...input.architectures],
    status: layerStatus(input),
    mode: input.mode,
    plan: input.plan,
    published: input.published,
    cacheHit: input.cacheHit,
    fingerprint: input.fingerprint,
    version: current?.version,
    arn: current?.arn,
    previousVersion: previous?.version,
    zipSize,
    unzippedSize,
    previousZipSize: previous?.zipSize,
    previousUnzippedSize: previous?.unzippedSize,
    packageCount: input.packages?.length,
  }
}

export function layerStatus(
  input: Pick<ReportInput, 'plan' | 'published' | 'previous' | 'failure'>,
): LayerStatus {
  if (input.failure !== undefined) return 'failed'
  if (input.plan === 'unknown') return 'unknown'
  if (input.plan === 'reuse') return 'reused'
  if (input.published) return input.previous ? 'published' : 'first-publish'
  return 'would-publish'
}

function isThisLayer(arn: string, layerName: string): boolean {
  const own = layerName.startsWith('arn:') ? parseLayerArn(layerName).unversioned : layerName
  const parsed = parseLayerArn(arn)
  return own.startsWith('arn:') ? parsed.unversioned === own : parsed.name === own
}

function functionRow(fn: FunctionInput, input: ReportInput, layer: LayerSummary): FunctionRow {
  const layers = projectedLayers(fn, input, layer)
  const parts: BoundedSize[] = []
  if (fn.codeSize !== undefined || fn.unzippedSize !== undefined) {
    parts.push(
      fn.unzippedSize !== undefined
        ? { bytes: fn.unzippedSize, lowerBound: false }
        : { bytes: fn.codeSize ?? 0, lowerBound: true },
    )
  }
  for (const l of layers) {
    parts.push(
      l.unzippedSize !== undefined
        ? { bytes: l.unzippedSize, lowerBound: false }
        : { bytes: l.codeSize, lowerBound: true },
    )
  }
  const total: BoundedSize = {
    bytes: parts.reduce((sum, p) => sum + p.bytes, 0),
    // A missing function has no known package at all, so its total cannot be exact either.
    lowerBound: parts.some((p) => p.lowerBound) || fn.codeSize === undefined,
  }
  const deps = layer.zipSize
  return {
    name: fn.name,
    region: fn.region,
    status: fn.status,
    error: fn.error,
    packageSize: fn.codeSize,
    bundledSize: fn.codeSize !== undefined && deps !== undefined ? fn.codeSize + deps : undefined,
    layerCount: layers.length,
    unzippedTotal: total,
    headroom: MAX_UNZIPPED_BYTES - total.bytes,
    overLimit: total.bytes > MAX_UNZIPPED_BYTES,
    tooManyLayers: layers.length > MAX_LAYERS,
    rollout: fn.rollout,
    notes: fn.notes,
  }
}

/**
 * The function's layers as they are (or will be) after this run: in plan mode the entry for this layer is
 * replaced by the zip that would be published, so the limit check looks at the future state.
 */
function projectedLayers(fn: FunctionInput, input: ReportInput, layer: LayerSummary): FunctionLayerInput[] {
  const ours = (l: FunctionLayerInput) => isThisLayer(l.arn, input.layerName)
  const knownUnzipped = (l: FunctionLayerInput): FunctionLayerInput => {
    if (l.unzippedSize !== undefined || !ours(l) || layer.unzippedSize === undefined) return l
    const version = parseLayerArn(l.arn).version
    return version !== undefined && version === layer.version ? { ...l, unzippedSize: layer.unzippedSize } : l
  }
  const layers = fn.layers.map(knownUnzipped)
  if (fn.status !== 'would-update' || !input.zip) return layers
  const projected: FunctionLayerInput = {
    arn: `${input.layerName}:(new)`,
    codeSize: input.zip.zipSize,
    unzippedSize: input.zip.unzippedSize,
  }
  const index = layers.findIndex(ours)
  return index === -1 ? [...layers, projected] : layers.map((l, i) => (i === index ? projected : l))
}

function savings(functions: FunctionRow[], layer: LayerSummary): Savings | undefined {
  const deps = layer.zipSize
  const measured = functions.filter((f) => f.packageSize !== undefined && f.status !== 'missing')
  if (deps === undefined || measured.length === 0) return undefined
  const packages = measured.map((f) => f.packageSize ?? 0)
  const bundled = packages.map((p) => p + deps)
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  const layerUploaded =
    layer.status === 'published' || layer.status === 'first-publish' || layer.status === 'would-publish'
  const uploadIfBundled = sum(bundled)
  const uploadWithLayer = sum(packages) + (layerUploaded ? deps : 0)
  return {
    functionCount: measured.length,
    depsZipSize: deps,
    packageMin: Math.min(...packages),
    packageMax: Math.max(...packages),
    bundledMin: Math.min(...bundled),
    bundledMax: Math.max(...bundled),
    uploadIfBundled,
    uploadWithLayer,
    notUploaded: uploadIfBundled - uploadWithLayer,
  }
}

function packageShares(packages: PackageSize[]): PackageShare[] {
  const total = packages.reduce((sum, p) => sum + p.size, 0)
  return [...packages]
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name))
    .map((p) => ({ ...p, share: total > 0 ? p.size / total : 0 }))
}

export function diffPackages(
  before: PackageSize[],
  after: PackageSize[],
  againstVersion?: number,
): PackageDiff {
  const old = new Map(before.map((p) => [p.name, p]))
  const now = new Map(after.map((p) => [p.name, p]))
  const changes: PackageChange[] = []
  let unchangedCount = 0
  for (const p of after) {
    const prev = old.get(p.name)
    if (!prev) {
      changes.push({ name: p.name, kind: 'added', afterVersion: p.version, afterSize: p.size, delta: p.size })
      continue
    }
    const delta = p.size - prev.size
    if (delta === 0 && prev.version === p.version) {
      unchangedCount++
      continue
    }
    changes.push({
      name: p.name,
      kind: delta > 0 ? 'grown' : delta < 0 ? 'shrunk' : 'changed',
      beforeVersion: prev.version,
      afterVersion: p.version,
      beforeSize: prev.size,
      afterSize: p.size,
      delta,
    })
  }
  for (const p of before) {
    if (!now.has(p.name)) {
      changes.push({
        name: p.name,
        kind: 'removed',
        beforeVersion: p.version,
        beforeSize: p.size,
        delta: -p.size,
      })
    }
  }
  changes.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name))
  return { againstVersion, changes, unchangedCount }
}
