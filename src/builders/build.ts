import path from 'node:path'
import type { RunCommand } from '../core/exec.js'
import type { Architecture, Runtime, RuntimeFamily } from '../core/runtimes.js'
import { buildCustom, customSettings } from './custom.js'
import { buildNode, nodeSettings } from './node.js'
import { checkNativeCode } from '../package/native-check.js'
import { buildPython, pythonSettings } from './python.js'

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
  /** Progress lines for the user. */
  log: (line: string) => void
}

export interface BuiltLayer {
  /** Folder whose contents are the layer root. */
  root: string
}

export type BuilderName = 'python' | 'node' | 'custom'

/** What the fingerprint needs to know about a build before it runs. */
export type SettingsRequest = Pick<
  BuildRequest,
  'runtime' | 'architectures' | 'workingDirectory' | 'lockfiles' | 'buildCommand' | 'layerDirectory'
>

/** Bump when the builders change what they put in the layer, so every fingerprint changes with it. */
export const LAYOUT_VERSION = '1'

const AUTO_LOCKFILES: Record<RuntimeFamily, string[]> = {
  python: ['requirements*.txt', 'uv.lock', 'poetry.lock', 'Pipfile.lock'],
  node: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml'],
  provided: [],
}

/** Glob patterns (relative to working-directory) tried when the `lockfiles` input is empty. */
export function autoDetectLockfiles(family: RuntimeFamily): string[] {
  return [...AUTO_LOCKFILES[family]]
}

export function builderName(req: Pick<BuildRequest, 'runtime' | 'buildCommand'>): BuilderName {
  if (req.buildCommand || req.runtime.family === 'provided') return 'custom'
  return req.runtime.family
}

/** The builder's settings that change what it builds; they go into the fingerprint. */
export function builderSettings(req: SettingsRequest): Record<string, unknown> {
  switch (builderName(req)) {
    case 'python':
      return pythonSettings(req)
    case 'node':
      return nodeSettings(req)
    case 'custom':
      return customSettings(req)
  }
}

export async function buildLayer(req: BuildRequest): Promise<BuiltLayer> {
  const name = builderName(req)
  const shown = req.lockfiles.map((f) => path.relative(req.workingDirectory, f) || f).join(', ')
  req.log(
    `Building the ${req.runtime.id} layer for ${req.architectures.join(' + ')} with the ${name} builder (${shown})`,
  )
  const layer =
    name === 'python'
      ? await buildPython(req)
      : name === 'node'
        ? await buildNode(req)
        : await buildCustom(req)
  await checkNativeCode(layer.root, req.runtime, req.architectures, req.log)
  return layer
}
