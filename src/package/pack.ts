import { rm } from 'node:fs/promises'
import type { Architecture, Runtime } from '../core/runtimes.js'
import type { LayerFacts, PackageSize } from '../core/types.js'
import type { WorkerPool } from './deflate-pool.js'
import { checkNativeFiles, type NativeFile } from './native-check.js'
import { isPackageMetadata, packagesOf } from './packages.js'
import { walkLayer } from './walk.js'
import { factsFromPass } from './layer-facts.js'
import { zipOutputPaths, zipTree, type FileObserver, type PredeflatedFiles, type ZipResult } from './zip.js'

export interface PackRequest {
  /** The built layer folder. */
  root: string
  zipPath: string
  runtime: Runtime
  architectures: Architecture[]
  log: (line: string) => void
  /** Deflated bytes that exist already for some files (see zipTree). */
  predeflated?: PredeflatedFiles
  /** Deflate workers started ahead (see zipWorkers); the caller closes them. */
  workers?: WorkerPool
}

export interface PackedLayer {
  zip: ZipResult
  packages: PackageSize[]
  /** The layer's ELF files, in the layer's order. */
  native: NativeFile[]
  /** CPU, Python and Node ABIs of the native code, for the compatibility check of every function. */
  facts: LayerFacts
}

/**
 * One pass over a built layer: one walk, whose list every stage uses, and one read of each file, by the zip; the
 * native-code check and the package listing take what they need from the bytes going by (ELF headers, the few
 * metadata files). A layer that fails the native-code check leaves no zip behind.
 */
export async function packLayer(req: PackRequest): Promise<PackedLayer> {
  const tree = await walkLayer(req.root, zipOutputPaths(req.zipPath))
  const native: NativeFile[] = []
  const metadata = new Map<string, string>()
  const addons = new Map<string, string>()
  const observer: FileObserver = {
    // A Node addon's ABI is named by a symbol anywhere in it.
    wantsWhole: (file) => isPackageMetadata(file.name) || file.name.endsWith('.node'),
    onFile(file, bytes, elf) {
      if (elf) native.push({ name: file.name, ...elf })
      if (isPackageMetadata(file.name)) metadata.set(file.name, bytes.toString('utf8'))
      if (elf && file.name.endsWith('.node')) addons.set(file.name, bytes.toString('latin1'))
    },
  }
  const zip = await zipTree(tree, req.zipPath, observer, req.predeflated, req.workers)
  try {
    checkNativeFiles(native, req.runtime, req.architectures, req.log)
  } catch (err) {
    await rm(zip.path, { force: true })
    throw err
  }
  return {
    zip,
    packages: packagesOf(tree.files, (name) => metadata.get(name)),
    native,
    facts: factsFromPass(tree.files, native, (name) => addons.get(name)),
  }
}
