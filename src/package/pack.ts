import { rm } from 'node:fs/promises'
import type { Architecture, Runtime } from '../core/runtimes.js'
import type { PackageSize } from '../core/types.js'
import { checkNativeFiles, type NativeFile } from './native-check.js'
import { isPackageMetadata, packagesOf } from './packages.js'
import { walkLayer, type LayerFile } from './walk.js'
import { zipOutputPaths, zipTree, type FileObserver, type ZipResult } from './zip.js'

export interface PackRequest {
  /** The built layer folder. */
  root: string
  zipPath: string
  runtime: Runtime
  architectures: Architecture[]
  log: (line: string) => void
}

export interface PackedLayer {
  zip: ZipResult
  packages: PackageSize[]
  /** The layer's ELF files, in the layer's order. */
  native: NativeFile[]
  /** What the walk found, for checks that need more than the ELF header. */
  files: LayerFile[]
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
  const observer: FileObserver = {
    wantsWhole: (file) => isPackageMetadata(file.name),
    onFile(file, bytes, elf) {
      if (elf) native.push({ name: file.name, ...elf })
      if (isPackageMetadata(file.name)) metadata.set(file.name, bytes.toString('utf8'))
    },
  }
  const zip = await zipTree(tree, req.zipPath, observer)
  try {
    checkNativeFiles(native, req.runtime, req.architectures, req.log)
  } catch (err) {
    await rm(zip.path, { force: true })
    throw err
  }
  return { zip, packages: packagesOf(tree.files, (name) => metadata.get(name)), native, files: tree.files }
}
