import type { Architecture } from './runtimes.js'

/** What the zip stage produced. */
export interface LayerZip {
  path: string
  zipSize: number
  unzippedSize: number
  /** Base64 sha256 of the zip bytes, as Lambda reports CodeSha256. */
  codeSha256: string
  /**
   * Digest of what the zip holds (names, modes, sizes, CRC-32s), independent of how it was compressed: the same
   * files zipped by another zlib (a newer Node) have another CodeSha256 but the same contentDigest.
   */
  contentDigest?: string
  fileCount: number
}

/** One top-level package in the layer, by unzipped size. */
export interface PackageSize {
  name: string
  version?: string
  size: number
}

/** A published layer version as the action needs it. */
export interface LayerVersion {
  layerArn: string
  layerVersionArn: string
  version: number
  description: string
  codeSha256: string
  codeSize: number
  createdDate?: string
  compatibleRuntimes: string[]
  compatibleArchitectures: Architecture[]
}

export type Plan = 'reuse' | 'publish' | 'unknown'

export type Mode = 'plan' | 'apply'

/** What a run did, or in plan mode would do, to one function. */
export type FunctionStatus = 'updated' | 'current' | 'would-update' | 'failed' | 'missing'

/** The built layer as later stages see it: the zip and what is inside it. */
export interface LayerArtifact {
  zip: LayerZip
  packages: PackageSize[]
  cacheHit: boolean
}
