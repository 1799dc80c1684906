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
  /** Undefined for a zip restored from a cache entry written before facts were recorded. */
  facts?: LayerFacts
}

/**
 * What in a built layer decides which functions can load it, read from its files: the CPUs of its native code,
 * the CPython versions its extension modules were built for, and the Node ABI of its addons. All empty for a
 * layer of pure code.
 */
export interface LayerFacts {
  /** CPUs of ELF files in the layer. */
  machines: Architecture[]
  /** `3.12` for `*.cpython-312-*.so`; abi3 modules load on any later version and are not listed. */
  pythonVersions: string[]
  /** NODE_MODULE_VERSION of `.node` addons that are not Node-API (`115` for Node.js 20). */
  nodeAbis: number[]
}
