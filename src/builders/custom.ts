import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError, UserError } from '../core/errors.js'
import { machineName } from '../core/runtimes.js'
import type { BuildRequest, BuiltLayer, SettingsRequest } from './types.js'
import { commandFailure, lineLogger } from './output.js'

export function customSettings(req: SettingsRequest): Record<string, unknown> {
  return {
    buildCommand: req.buildCommand,
    layerDirectory: req.layerDirectory && relativeTo(req.workingDirectory, req.layerDirectory),
  }
}

/**
 * Runs the user's build-command with bash in working-directory and takes layer-directory as the layer root.
 * The command learns the target from LAYER_ARCH (x86_64 | arm64, comma-separated when several),
 * LAYER_MACHINE (x86_64 | aarch64, for target triples), LAYER_RUNTIME, LAYER_GLIBC and LAYER_DIRECTORY.
 */
export async function buildCustom(req: BuildRequest): Promise<BuiltLayer> {
  if (!req.buildCommand) {
    throw new InputError('build-command', `a shell command that builds the layer for ${req.runtime.id}`)
  }
  if (!req.layerDirectory) {
    throw new InputError(
      'layer-directory',
      "the folder that 'build-command' fills, relative to working-directory",
    )
  }
  const shownDirectory = relativeTo(req.workingDirectory, req.layerDirectory)
  const env = {
    ...process.env,
    LAYER_ARCH: req.architectures.join(','),
    LAYER_MACHINE: req.architectures.map(machineName).join(','),
    LAYER_RUNTIME: req.runtime.id,
    LAYER_GLIBC: `2.${req.runtime.glibcMinor}`,
    LAYER_DIRECTORY: req.layerDirectory,
  }
  req.log(`$ ${req.buildCommand}`)
  const output = lineLogger(req.log)
  const result = await req.run(req.buildCommand, [], {
    shell: true,
    cwd: req.workingDirectory,
    env,
    keepAwsCredentials: true,
    onOutput: output.onOutput,
  })
  output.flush()
  if (result.code !== 0) throw commandFailure('build-command', result)

  // The folder is checked lexically when the inputs are read; the command may still make it (or a parent) a symlink.
  const [realDirectory, realWorkingDirectory] = await Promise.all([
    realpath(req.layerDirectory).catch(() => undefined),
    realpath(req.workingDirectory),
  ])
  if (realDirectory && !isInside(realWorkingDirectory, realDirectory)) {
    throw new InputError(
      'layer-directory',
      'a folder inside working-directory (after build-command it is a symlink that leads outside)',
      shownDirectory,
    )
  }
  const entries = await readdir(req.layerDirectory).catch(() => undefined)
  if (!entries) {
    throw new UserError(
      `build-command succeeded but layer-directory '${shownDirectory}' does not exist: the command must create it ` +
        `and fill it with the layer's contents (it is available to the command as $LAYER_DIRECTORY).`,
    )
  }
  if (entries.length === 0) {
    throw new UserError(`build-command succeeded but layer-directory '${shownDirectory}' is empty.`)
  }
  if (req.runtime.family === 'provided') await checkBootstrap(req, shownDirectory)
  return { root: req.layerDirectory }
}

/** A custom runtime layer usually carries /opt/bootstrap; without the executable bit Lambda cannot start it. */
async function checkBootstrap(req: BuildRequest, shownDirectory: string): Promise<void> {
  const info = await stat(path.join(req.layerDirectory!, 'bootstrap')).catch(() => undefined)
  if (!info) {
    req.log(
      `Note: '${shownDirectory}' has no 'bootstrap' at its root; a function on ${req.runtime.id} needs one ` +
        `in its own package or in another layer.`,
    )
  } else if ((info.mode & 0o111) === 0) {
    throw new UserError(
      `'${shownDirectory}/bootstrap' is not executable, so Lambda could not start it: ` +
        `add \`chmod 755 ${shownDirectory}/bootstrap\` to build-command.`,
    )
  }
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)
}

function relativeTo(base: string, target: string): string {
  return path.relative(base, target).split(path.sep).join('/') || '.'
}
