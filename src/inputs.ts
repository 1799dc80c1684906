import type { Mode } from './core/types.js'
import { statSync } from 'node:fs'
import path from 'node:path'
import { parseFunctionRef } from './core/arn.js'
import { InputError } from './core/errors.js'
import { ARCHITECTURES, type Architecture, findRuntime, RUNTIMES, type Runtime } from './core/runtimes.js'

export interface Inputs {
  layerName: string
  runtime: Runtime
  /** One entry normally; both when the user asks for one version compatible with both. */
  architectures: Architecture[]
  /** Absolute. */
  workingDirectory: string
  /** Paths or globs relative to workingDirectory; empty means auto-detect. */
  lockfiles: string[]
  buildCommand?: string
  /** Absolute, inside workingDirectory. */
  layerDirectory?: string
  functions: string[]
  mode: Mode
  force: boolean
  s3Bucket?: string
  githubToken?: string
  comment: boolean
  regions: string[]
  shareWith: string[]
  keepVersions: number
  updateLayerUsers: boolean
  buildFromSource: boolean
  /** Aliases to point at a function version published after the layer change. */
  aliases: string[]
  /** Publish a function version after the layer change (implied by `aliases`). */
  publishVersion: boolean
  /** `publish-version: true`: a version even for a function whose aliases all follow $LATEST. */
  alwaysPublishVersion: boolean
  /** The JSON event each moved function is invoked with, as text. */
  smokeTestPayload?: string
  /** SSM parameter that holds the current layer version ARN in each region. */
  ssmParameter?: string
}

/** Every input the action reads, by its name in action.yml. */
export const INPUT_NAMES = [
  'layer-name',
  'runtime',
  'architecture',
  'working-directory',
  'lockfiles',
  'build-command',
  'layer-directory',
  'functions',
  'mode',
  'force',
  's3-bucket',
  'github-token',
  'comment',
  'regions',
  'share-with',
  'keep-versions',
  'update-layer-users',
  'build-from-source',
  'aliases',
  'publish-version',
  'smoke-test-payload',
  'ssm-parameter',
] as const
export type InputName = (typeof INPUT_NAMES)[number]

export interface InputContext {
  /** Raw input value ('' when not given), e.g. core.getInput or a CLI flag. */
  get(name: InputName): string
  env: NodeJS.ProcessEnv
  /** Where relative working directories are resolved from (GITHUB_WORKSPACE or cwd). */
  baseDirectory: string
}

const LAYER_NAME = /^[A-Za-z0-9_-]{1,140}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const ACCOUNT_ID = /^\d{12}$/
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/
/** Common spellings of the two architectures. */
const ARCHITECTURE_ALIASES: Record<string, string> = {
  aarch64: 'arm64',
  arm: 'arm64',
  armv8: 'arm64',
  graviton: 'arm64',
  amd64: 'x86_64',
  x64: 'x86_64',
  x86: 'x86_64',
  'x86-64': 'x86_64',
  intel: 'x86_64',
}

export function readInputs(ctx: InputContext): Inputs {
  const get = (name: InputName) => ctx.get(name).trim()

  const layerName = required(get, 'layer-name')
  if (!LAYER_NAME.test(layerName)) {
    throw new InputError(
      'layer-name',
      'a layer name of 1-140 letters, digits, hyphens or underscores',
      layerName,
    )
  }

  const runtimeId = required(get, 'runtime')
  const runtime = findRuntime(runtimeId)
  if (!runtime) {
    throw new InputError(
      'runtime',
      `a Lambda runtime id (${RUNTIMES.map((r) => r.id).join(', ')})`,
      runtimeId,
    )
  }

  const architectures = parseArchitectures(get('architecture') || 'x86_64')

  const workingDirectory = path.resolve(ctx.baseDirectory, get('working-directory') || '.')
  if (!isDirectory(workingDirectory)) {
    throw new InputError('working-directory', 'an existing directory', get('working-directory') || '.')
  }

  const lockfiles = splitGlobs(get('lockfiles'))
  for (const pattern of lockfiles)
    insideWorkingDirectory('lockfiles', pattern.replace(/^!/, ''), workingDirectory)
  if (runtime.family === 'provided' && lockfiles.length === 0) {
    throw new InputError(
      'lockfiles',
      `the files that define the layer (for example Cargo.lock) for ${runtime.id}`,
    )
  }

  const buildCommand = get('build-command') || undefined
  const layerDirectoryRaw = get('layer-directory')
  if (runtime.family === 'provided' && !buildCommand) {
    throw new InputError('build-command', `a shell command that builds the layer for ${runtime.id}`)
  }
  if (buildCommand && !layerDirectoryRaw) {
    throw new InputError(
      'layer-directory',
      "the folder that 'build-command' fills, relative to working-directory",
    )
  }
  if (layerDirectoryRaw && !buildCommand) {
    throw new InputError(
      'build-command',
      "a command to fill 'layer-directory' (layer-directory is only used with it)",
    )
  }
  const layerDirectory = layerDirectoryRaw
    ? insideWorkingDirectory('layer-directory', layerDirectoryRaw, workingDirectory)
    : undefined
  if (layerDirectory === workingDirectory) {
    throw new InputError(
      'layer-directory',
      'a sub-folder of working-directory, not working-directory itself',
      layerDirectoryRaw,
    )
  }

  const functions = splitList(get('functions'))
  const refs = functions.map((fn) => {
    const ref = parseFunctionRef(fn)
    if ('problem' in ref) throw new InputError('functions', ref.problem, fn)
    return ref
  })
  const modeRaw = (get('mode') || 'auto').toLowerCase()
  if (!['plan', 'apply', 'auto'].includes(modeRaw)) {
    throw new InputError('mode', 'one of plan, apply, auto', get('mode'))
  }
  const isPullRequest = (ctx.env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request')
  const mode: Mode = modeRaw === 'auto' ? (isPullRequest ? 'plan' : 'apply') : (modeRaw as Mode)

  const s3Bucket = get('s3-bucket') || undefined
  const bucketProblem = s3Bucket === undefined ? undefined : checkBucketName(s3Bucket)
  if (bucketProblem) throw new InputError('s3-bucket', bucketProblem, s3Bucket)

  const regionsRaw = splitList(get('regions'))
  const defaultRegion = ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION
  const regions = unique(regionsRaw.length > 0 ? regionsRaw : defaultRegion ? [defaultRegion] : [])
  for (const region of regions) {
    if (!REGION.test(region)) {
      const lower = region.toLowerCase().replace(/_/g, '-')
      const hint = lower !== region && REGION.test(lower) ? `; did you mean '${lower}'?` : ''
      throw new InputError(
        regionsRaw.length > 0 ? 'regions' : 'regions (from AWS_REGION)',
        'AWS region names such as eu-west-1',
        region,
      ).withHint(hint)
    }
  }
  for (const ref of refs) {
    if (ref.region && regions.length > 0 && !regions.includes(ref.region)) {
      throw new InputError(
        'functions',
        `function ARNs in the regions being published (${regions.join(', ')})`,
        ref.given,
      )
    }
  }
  if (mode === 'apply' && regions.length === 0) {
    throw new InputError('regions', 'at least one region in apply mode (set regions or AWS_REGION)')
  }

  const shareWith = unique(splitList(get('share-with')))
  for (const principal of shareWith) {
    if (principal !== '*' && !ACCOUNT_ID.test(principal) && !ORGANIZATION_ID.test(principal)) {
      throw new InputError(
        'share-with',
        "12-digit AWS account ids, an organization id (o-…), or '*'",
        principal,
      )
    }
  }
  const organizations = shareWith.filter((p) => ORGANIZATION_ID.test(p))
  if (organizations.length > 1 || (organizations.length === 1 && shareWith.includes('*'))) {
    throw new InputError(
      'share-with',
      "at most one organization id, and not together with '*'",
      shareWith.join(','),
    )
  }

  const keepRaw = get('keep-versions') || '0'
  if (!/^\d{1,6}$/.test(keepRaw)) {
    throw new InputError('keep-versions', 'a whole number of versions to keep (0 keeps all)', keepRaw)
  }

  const updateLayerUsers = parseBoolean(get, 'update-layer-users', false)
  const rollout = readRolloutInputs(get, functions.length > 0 || updateLayerUsers)

  return {
    layerName,
    runtime,
    architectures,
    workingDirectory,
    lockfiles,
    buildCommand,
    layerDirectory,
    functions: unique(functions),
    mode,
    force: parseBoolean(get, 'force', false),
    s3Bucket,
    githubToken: get('github-token') || undefined,
    comment: parseBoolean(get, 'comment', true),
    regions,
    shareWith,
    keepVersions: Number(keepRaw),
    updateLayerUsers,
    buildFromSource: parseBoolean(get, 'build-from-source', false),
    ...rollout,
  }
}

/** Like splitList, but a comma inside `{a,b}` belongs to the glob. */
export function splitGlobs(value: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const c of value) {
    if (c === '{') depth++
    if (c === '}') depth = Math.max(0, depth - 1)
    if (c === '\n' || (c === ',' && depth === 0)) {
      parts.push(current)
      current = ''
    } else current += c
  }
  parts.push(current)
  return parts.map((s) => s.trim()).filter((s) => s.length > 0)
}

const ALIAS = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/
const SSM_NAME = /^[A-Za-z0-9_.\-/]{1,1011}$/
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024

/** aliases, publish-version, smoke-test-payload and ssm-parameter. */
function readRolloutInputs(get: (name: InputName) => string, movesFunctions: boolean) {
  const aliases = unique(splitList(get('aliases')))
  for (const alias of aliases) {
    if (!ALIAS.test(alias)) {
      throw new InputError(
        'aliases',
        'alias names (letters, digits, - and _, up to 128, not only digits)',
        alias,
      )
    }
  }
  const publishVersion = parseBoolean(get, 'publish-version', false)
  if ((aliases.length > 0 || publishVersion) && !movesFunctions) {
    throw new InputError(
      aliases.length > 0 ? 'aliases' : 'publish-version',
      "functions to publish versions of: set 'functions' (or 'update-layer-users')",
    )
  }

  const smokeTestPayload = get('smoke-test-payload') || undefined
  if (smokeTestPayload !== undefined) {
    try {
      JSON.parse(smokeTestPayload)
    } catch {
      throw new InputError('smoke-test-payload', 'a JSON event such as {"ping": true}', smokeTestPayload)
    }
    if (Buffer.byteLength(smokeTestPayload) > MAX_PAYLOAD_BYTES) {
      throw new InputError('smoke-test-payload', 'a JSON event of at most 6 MB (the Invoke limit)')
    }
    if (!movesFunctions) {
      throw new InputError(
        'smoke-test-payload',
        "functions to invoke after the move: set 'functions' (or 'update-layer-users')",
      )
    }
  }

  const ssmParameter = get('ssm-parameter') || undefined
  if (ssmParameter !== undefined && !isParameterName(ssmParameter)) {
    throw new InputError(
      'ssm-parameter',
      'an SSM parameter name such as /layers/shop-deps (letters, digits, _ . - /; a name with / starts with /; ' +
        'at most 15 levels; not starting with aws or ssm)',
      ssmParameter,
    )
  }
  return {
    aliases,
    publishVersion: publishVersion || aliases.length > 0,
    alwaysPublishVersion: publishVersion,
    smokeTestPayload,
    ssmParameter,
  }
}

/** SSM's naming rules for parameters (Systems Manager User Guide, "Parameter name requirements"). */
function isParameterName(name: string): boolean {
  if (!SSM_NAME.test(name)) return false
  if (name.includes('/') && !name.startsWith('/')) return false
  const segments = name.split('/').slice(name.startsWith('/') ? 1 : 0)
  if (segments.some((s) => s === '') || segments.length > 15) return false
  return !/^(aws|ssm)/i.test(segments[0])
}

/** Newline- or comma-separated list; blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

function required(get: (name: InputName) => string, name: InputName): string {
  const value = get(name)
  if (!value) throw new InputError(name, 'a value (it is required)')
  return value
}

function parseArchitectures(value: string): Architecture[] {
  const list = unique(splitList(value))
  for (const arch of list) {
    if (!ARCHITECTURES.includes(arch as Architecture)) {
      const lower = arch.toLowerCase()
      const meant = ARCHITECTURES.includes(lower as Architecture) ? lower : ARCHITECTURE_ALIASES[lower]
      throw new InputError(
        'architecture',
        "x86_64 or arm64 (or 'x86_64,arm64' for a layer without native code)",
        arch,
      ).withHint(meant ? `; did you mean '${meant}'?` : '')
    }
  }
  if (list.length === 0) throw new InputError('architecture', 'x86_64 or arm64', value)
  return ARCHITECTURES.filter((a) => list.includes(a))
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function parseBoolean(get: (name: InputName) => string, name: InputName, fallback: boolean): boolean {
  const value = get(name)
  if (value === '') return fallback
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new InputError(name, 'true or false', value)
}

function insideWorkingDirectory(input: InputName, relative: string, workingDirectory: string): string {
  if (path.isAbsolute(relative)) {
    throw new InputError(input, 'a path relative to working-directory', relative)
  }
  const resolved = path.resolve(workingDirectory, relative)
  const rel = path.relative(workingDirectory, resolved)
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new InputError(input, 'a path inside working-directory', relative)
  }
  return resolved
}

/** What is wrong with an S3 bucket name under S3's naming rules, or undefined when it follows them. */
export function checkBucketName(name: string): string | undefined {
  const rules =
    'an S3 bucket name: 3-63 characters of lowercase letters, digits, dots and hyphens, starting and ending ' +
    'with a letter or digit, not shaped like an IP address'
  if (name.length < 3 || name.length > 63) return rules
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name)) {
    const lower = name.toLowerCase()
    return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(lower) ? `${rules}; did you mean '${lower}'?` : rules
  }
  if (name.includes('..') || name.includes('.-') || name.includes('-.')) return rules
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return rules
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|--x-s3|--table-s3)$/.test(name)) {
    return `${rules}, and without a prefix or suffix S3 reserves (xn--, sthree-, -s3alias, --ol-s3, --x-s3)`
  }
  return undefined
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)]
}
