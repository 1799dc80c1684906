import type { RunCommand } from '../core/exec.js'
import type { PredeflatedFiles } from '../package/zip.js'
import type { Installer, UvResult } from './uv.js'
import type { Architecture, Runtime } from '../core/runtimes.js'

export interface BuildRequest {
  runtime: Runtime
  /** Usually one; both only for layers without native code (checked after the build). */
  architectures: Architecture[]
  /** Absolute. */
  workingDirectory: string
  /** Absolute paths, already resolved and existing. */
  lockfiles: string[]
  buildCommand?: string
  /** Absolute, with buildCommand. */
  layerDirectory?: string
  /** Empty temporary folder that built-in builders fill; it becomes the layer root. */
  outputDirectory: string
  run: RunCommand
  /** The job's environment (process.env when not given). */
  env?: NodeJS.ProcessEnv
  /** Let packages without a wheel for the target be built from source (runner CPU must match). */
  buildFromSource?: boolean
  /** Progress lines for the user. */
  log: (line: string) => void
  /** Something the user should fix, shown as a warning. */
  warn?: (line: string) => void
  /** Tools the pipeline started getting before the build needed them (prepareBuild). */
  tools?: BuildTools
}

export interface BuildTools {
  /** uv on PATH, else the pinned version: what the fingerprint names. */
  planned?: Promise<Installer>
  uv?: Promise<UvResult>
}

export interface BuiltLayer {
  /** Folder whose contents are the layer root. */
  root: string
  /** Deflated bytes that exist already for some of its files (their wheels), and the folder holding them. */
  predeflated?: { files: PredeflatedFiles; folder: string }
}

export type BuilderName = 'python' | 'node' | 'custom'

/** What the fingerprint needs to know about a build before it runs. */
export type SettingsRequest = Pick<
  BuildRequest,
  | 'runtime'
  | 'architectures'
  | 'workingDirectory'
  | 'lockfiles'
  | 'buildCommand'
  | 'layerDirectory'
  | 'buildFromSource'
  | 'env'
>
