import path from 'node:path'
import { buildCustom, customSettings } from './custom.js'
import { buildNode, nodeSettings } from './node.js'
import { buildPython, pythonInstaller, pythonSettings } from './python.js'
import type { BuilderName, BuildRequest, BuildTools, BuiltLayer, SettingsRequest } from './types.js'
import { obtainUv, plannedUv } from './uv.js'

/** Bump when the builders change what they put in the layer, so every fingerprint changes with it. */
export const LAYOUT_VERSION = '2'

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

/** The installer and its version, when the builder picks one at run time (uv), for the fingerprint. */
export async function builderInstaller(
  req: Pick<BuildRequest, 'runtime' | 'buildCommand' | 'run' | 'workingDirectory' | 'tools'>,
): Promise<string | undefined> {
  return builderName(req) === 'python' ? pythonInstaller(req) : undefined
}

/**
 * Starts getting the builder's tools (uv for Python) so that a download overlaps the AWS lookup; `signal` stops it
 * when nothing is built.
 */
export function prepareBuild(
  req: Pick<BuildRequest, 'runtime' | 'buildCommand' | 'run' | 'workingDirectory' | 'env'>,
  signal: AbortSignal,
): BuildTools {
  if (builderName(req) !== 'python') return {}
  const planned = plannedUv(req.run, req.workingDirectory)
  return { planned, uv: obtainUv(req.run, req.workingDirectory, req.env ?? process.env, signal, planned) }
}

/** Builds the layer folder; its native code is checked by the pass that zips it (packLayer). */
export async function runBuilder(req: BuildRequest): Promise<BuiltLayer> {
  const name = builderName(req)
  const shown = req.lockfiles.map((f) => path.relative(req.workingDirectory, f) || f).join(', ')
  req.log(
    `Building the ${req.runtime.id} layer for ${req.architectures.join(' + ')} with the ${name} builder (${shown})`,
  )
  if (name === 'python') return buildPython(req)
  if (name === 'node') return buildNode(req)
  return buildCustom(req)
}
