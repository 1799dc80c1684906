import type { LayerArtifact } from '../builders/artifact.js'
import type { AwsAccess } from '../aws/access.js'
import type { AwsClients } from '../aws/clients.js'
import {
  checkLimits,
  getFunctionState,
  isFunctionNotFound,
  mapWithConcurrency,
  moveFunctionToVersion,
  parseFunctionRef,
  toFunctionState,
  type FunctionState,
} from '../aws/functions.js'
import {
  canonicalVersion,
  fingerprintOf,
  listLayerVersions,
  publishLayerVersion,
  unzippedSizeOf,
} from '../aws/layers.js'
import { shareLayerVersion, type SharingOutcome } from '../aws/permissions.js'
import { deleteLayerVersions, planPrune, type PruneOutcome } from '../aws/prune.js'
import { layerUses, listFunctionConfigurations, scanLayerUsers } from '../aws/users.js'
import { errorMessage, InputError, UserError } from '../core/errors.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from '../pipeline.js'
import type { LayerVersion } from '../core/types.js'

export type FunctionStatus = 'updated' | 'current' | 'would-update' | 'failed' | 'missing'

export interface FunctionOutcome {
  name: string
  region: string
  status: FunctionStatus
  error?: string
  /** The configuration as read before this run changed it. */
  state?: FunctionState
  /** Found by `update-layer-users` (it uses this layer) rather than named in `functions`. */
  discovered?: boolean
}

export interface RegionOutcome {
  region: string
  version?: LayerVersion
  published: boolean
  functions: FunctionOutcome[]
  /** Listed in `functions` but not found in this region (plan mode reports them; apply refuses to start). */
  missingFunctions?: string[]
  /** Functions `update-layer-users` left alone because they use a newer version than this run's (`name (version N)`). */
  leftOnNewerVersion?: string[]
  /** What `share-with` did to the version. */
  sharing?: SharingOutcome
  /** This run published a twin of a version a concurrent run had published first, and settled on that one. */
  duplicate?: { version: number; deleted: boolean; usedBy?: string[] }
  /** What `keep-versions` deleted and kept. */
  pruning?: PruneOutcome
  error?: string
}

export interface RegionLookup {
  region: string
  clients: AwsClients
  /** The version carrying this fingerprint (the first of its twins, see canonicalVersion). */
  existing?: LayerVersion
  /** The newest version of the layer, whatever its fingerprint. */
  latest?: LayerVersion
  /** Named in `functions`, then those found by `update-layer-users`. */
  functions: FunctionState[]
  missingFunctions: string[]
  /** Names of the functions found by `update-layer-users`. */
  discovered: string[]
  leftOnNewerVersion: string[]
  /** What apply would do to each function, against `existing`. */
  functionPlans: FunctionOutcome[]
}

/** Functions are updated a few at a time: Lambda's control plane throttles bursts of configuration updates. */
export const FUNCTION_CONCURRENCY = 8

export async function lookUpRegions(
  aws: AwsAccess,
  inputs: Inputs,
  fingerprint: string,
): Promise<RegionLookup[]> {
  const targets = functionsByRegion(inputs)
  return Promise.all(
    inputs.regions.map((region) =>
      lookUpRegion(aws.clients(region), region, inputs, fingerprint, targets.get(region) ?? []).catch(
        (err: unknown) => {
          throw inRegion(region, err)
        },
      ),
    ),
  )
}

async function lookUpRegion(
  clients: AwsClients,
  region: string,
  inputs: Inputs,
  fingerprint: string,
  names: string[],
): Promise<RegionLookup> {
  const [versions, reads, configurations] = await Promise.all([
    listLayerVersions(clients.lambda, inputs.layerName),
    readFunctions(clients, names),
    inputs.updateLayerUsers
      ? listFunctionConfigurations(clients.lambda, { allVersions: false })
      : Promise.resolve([]),
  ])
  const newest = versions.find((v) => fingerprintOf(v.description) === fingerprint)
  const existing = newest && canonicalVersion(versions, newest)
  const named = reads.flatMap((r) => (r.state ? [r.state] : []))
  const missingFunctions = reads.filter((r) => !r.state).map((r) => r.name)

  const discovered: FunctionState[] = []
  const leftOnNewerVersion: string[] = []
  const layerArn = versions[0]?.layerArn
  for (const use of layerArn ? layerUses(configurations, layerArn) : []) {
    if (named.some((f) => f.name === use.functionName)) continue
    if (existing && use.version > existing.version) {
      leftOnNewerVersion.push(`${use.functionName} (version ${use.version})`)
    } else {
      discovered.push(toFunctionState(use.configuration))
    }
  }

  const functions = [...named, ...discovered]
  const functionPlans: FunctionOutcome[] = functions.map((state) => ({
    name: state.name,
    region,
    status:
      existing && state.layers.some((l) => l.arn === existing.layerVersionArn) ? 'current' : 'would-update',
    state,
    discovered: discovered.includes(state) || undefined,
  }))
  return {
    region,
    clients,
    existing,
    latest: versions[0],
    functions,
    missingFunctions,
    discovered: discovered.map((f) => f.name),
    leftOnNewerVersion,
    functionPlans,
  }
}

/** The error with the region's name in front, so a multi-region run says where it happened. */
function inRegion(region: string, err: unknown): Error {
  const message = `${region}: ${errorMessage(err)}`
  if (err instanceof UserError || err instanceof InputError) return new UserError(message)
  return new Error(message, { cause: err })
}

/** What plan mode reports for a region: nothing was changed. */
export function plannedOutcome(lookup: RegionLookup): RegionOutcome {
  return {
    region: lookup.region,
    version: lookup.existing,
    published: false,
    functions: lookup.functionPlans,
    missingFunctions: lookup.missingFunctions,
    leftOnNewerVersion: lookup.leftOnNewerVersion,
  }
}

/** Plain names are looked up in every region; an ARN only in its own. */
function functionsByRegion(inputs: Inputs): Map<string, string[]> {
  const byRegion = new Map<string, string[]>(inputs.regions.map((r) => [r, []]))
  for (const ref of inputs.functions) {
    const { name, region } = parseFunctionRef(ref)
    if (region && !byRegion.has(region)) {
      throw new InputError(
        'functions',
        `ARNs in the regions being published (${inputs.regions.join(', ')})`,
        ref,
      )
    }
    for (const [r, names] of byRegion) if (!region || region === r) names.push(name)
  }
  return byRegion
}

async function readFunctions(clients: AwsClients, names: string[]) {
  return mapWithConcurrency(names, FUNCTION_CONCURRENCY, async (name) => {
    try {
      return { name, state: await getFunctionState(clients.lambda, name) }
    } catch (err) {
      if (isFunctionNotFound(err)) return { name, state: undefined }
      throw err
    }
  })
}

interface ApplyContext {
  fingerprint: string
  artifact?: LayerArtifact
  commit?: string
  needsPublish(existing: LayerVersion | undefined): boolean
  log: Logger
}

/**
 * Publishes where needed and moves the functions, region by region. Limits are checked for every function in every
 * region before anything is published; a failure in one region is recorded and does not stop the others.
 */
export async function applyToRegions(
  aws: AwsAccess,
  inputs: Inputs,
  lookups: RegionLookup[],
  ctx: ApplyContext,
): Promise<RegionOutcome[]> {
  assertLimits(inputs, lookups, ctx)
  if (inputs.keepVersions > 0 && inputs.shareWith.length > 0) {
    ctx.log.info(
      `Note: keep-versions only sees the functions of this account; versions used in the accounts of share-with ` +
        `can be deleted (they keep working for functions that already use them)`,
    )
  }
  const outcomes: RegionOutcome[] = []
  for (const lookup of lookups) {
    outcomes.push(await applyToRegion(inputs, lookup, ctx))
  }
  return outcomes
}

async function applyToRegion(
  inputs: Inputs,
  lookup: RegionLookup,
  ctx: ApplyContext,
): Promise<RegionOutcome> {
  const { region, clients } = lookup
  const { log } = ctx
  const errors: string[] = []
  const outcome: RegionOutcome = {
    region,
    published: false,
    functions: [],
    leftOnNewerVersion: lookup.leftOnNewerVersion,
  }

  let target = lookup.existing
  let duplicate: LayerVersion | undefined
  try {
    if (ctx.needsPublish(lookup.existing)) {
      if (!ctx.artifact) throw new Error('internal: no layer zip to publish')
      const ours = await publishLayerVersion(clients, {
        layerName: inputs.layerName,
        zip: ctx.artifact.zip,
        fingerprint: ctx.fingerprint,
        commit: ctx.commit,
        runtime: inputs.runtime,
        architectures: inputs.architectures,
        s3Bucket: inputs.s3Bucket,
      })
      log.info(`Published ${ours.layerVersionArn}`)
      target = await settleOnFirstTwin(clients, inputs.layerName, ours, log)
      if (target === ours) outcome.published = true
      else duplicate = ours
    } else if (target) {
      log.info(`Reusing ${target.layerVersionArn}: it carries this fingerprint`)
    }
  } catch (err) {
    if (err instanceof UserError) throw err
    return { ...outcome, error: `publishing failed: ${errorMessage(err)}` }
  }
  if (!target) throw new Error('internal: no layer version to move the functions to')
  outcome.version = target

  if (inputs.shareWith.length > 0) {
    try {
      outcome.sharing = await shareLayerVersion(
        clients.lambda,
        inputs.layerName,
        target.version,
        inputs.shareWith,
      )
      const { granted, alreadyGranted } = outcome.sharing
      if (granted.length > 0) log.info(`Shared ${target.layerVersionArn} with ${granted.join(', ')}`)
      if (alreadyGranted.length > 0) log.info(`Already shared with ${alreadyGranted.join(', ')}`)
    } catch (err) {
      errors.push(`sharing version ${target.version} failed: ${errorMessage(err)}`)
    }
  }

  if (lookup.discovered.length > 0) {
    log.info(`Functions in ${region} that use this layer: ${lookup.discovered.join(', ')}`)
  }
  if (lookup.leftOnNewerVersion.length > 0) {
    log.info(
      `Left on a newer version than ${target.version} (update-layer-users only moves functions forward): ` +
        lookup.leftOnNewerVersion.join(', '),
    )
  }
  outcome.functions = await moveFunctions(lookup, target, log)
  const failed = outcome.functions.filter((f) => f.status === 'failed')
  if (failed.length > 0) {
    errors.push(`could not update ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`)
  }

  const prune = inputs.keepVersions > 0 && (outcome.published || duplicate !== undefined)
  if (duplicate || prune) {
    if (errors.length > 0) {
      log.warning(`${region}: no versions were deleted, because of the errors in this region`)
    } else {
      await cleanUp(clients, inputs, { target, duplicate, prune }, outcome, log)
    }
  }
  return { ...outcome, error: errors.length > 0 ? errors.join('; ') : undefined }
}

/**
 * After publishing, looks again: if a concurrent run published the same fingerprint and bytes first, its version is
 * the one to use (the lowest number wins, so every run picks the same one). Falls back to ours when the list fails.
 */
async function settleOnFirstTwin(
  clients: AwsClients,
  layerName: string,
  ours: LayerVersion,
  log: Logger,
): Promise<LayerVersion> {
  let first: LayerVersion
  try {
    first = canonicalVersion(await listLayerVersions(clients.lambda, layerName), ours)
  } catch (err) {
    log.warning(`Could not check for a concurrent publish of ${layerName}: ${errorMessage(err)}`)
    return ours
  }
  if (first.version !== ours.version) {
    log.info(
      `Version ${first.version} carries the same fingerprint and bytes (published by a concurrent run): ` +
        `using it instead of version ${ours.version}`,
    )
  }
  return first.version === ours.version ? ours : first
}

async function moveFunctions(lookup: RegionLookup, target: LayerVersion, log: Logger) {
  const { region, clients } = lookup
  const discovered = new Set(lookup.discovered)
  return mapWithConcurrency(
    lookup.functions,
    FUNCTION_CONCURRENCY,
    async (state): Promise<FunctionOutcome> => {
      const base = { name: state.name, region, state, discovered: discovered.has(state.name) || undefined }
      if (state.layers.some((l) => l.arn === target.layerVersionArn)) return { ...base, status: 'current' }
      try {
        const status = await moveFunctionToVersion(clients.lambda, state.name, target.layerVersionArn)
        if (status === 'updated') log.info(`Moved ${state.name} (${region}) to version ${target.version}`)
        return { ...base, status }
      } catch (err) {
        return { ...base, status: 'failed', error: errorMessage(err) }
      }
    },
  )
}

/**
 * Deletes our own duplicate (when a concurrent run's twin won) and prunes to `keep-versions`. One scan of every
 * function and published function version in the region decides what is in use; nothing in use is deleted.
 */
async function cleanUp(
  clients: AwsClients,
  inputs: Inputs,
  plan: { target: LayerVersion; duplicate?: LayerVersion; prune: boolean },
  outcome: RegionOutcome,
  log: Logger,
): Promise<void> {
  const { target, duplicate } = plan
  const where = `${inputs.layerName} (${outcome.region})`
  try {
    const users = await scanLayerUsers(clients.lambda, target.layerArn)
    if (duplicate) {
      const usedBy = users.get(duplicate.version)
      if (usedBy) {
        outcome.duplicate = { version: duplicate.version, deleted: false, usedBy }
        log.warning(`Kept duplicate version ${duplicate.version} of ${where}: used by ${usedBy.join(', ')}`)
      } else {
        await deleteLayerVersions(clients.lambda, inputs.layerName, [duplicate.version])
        outcome.duplicate = { version: duplicate.version, deleted: true }
        log.info(`Deleted version ${duplicate.version} of ${where}: it duplicated version ${target.version}`)
      }
    }
    if (!plan.prune) return
    const versions = (await listLayerVersions(clients.lambda, inputs.layerName)).map((v) => v.version)
    const { remove, keptInUse } = planPrune(versions, inputs.keepVersions, [target.version], users)
    const { deleted, failed } = await deleteLayerVersions(clients.lambda, inputs.layerName, remove)
    outcome.pruning = { deleted, keptInUse, failed }
    if (deleted.length > 0) log.info(`Deleted old versions of ${where}: ${deleted.join(', ')}`)
    for (const kept of keptInUse) {
      log.info(`Kept version ${kept.version} of ${where}: in use by ${kept.usedBy.join(', ')}`)
    }
    for (const f of failed) log.warning(`Could not delete version ${f.version} of ${where}: ${f.error}`)
  } catch (err) {
    log.warning(`No old versions of ${where} were deleted: ${errorMessage(err)}`)
    outcome.pruning = { deleted: [], keptInUse: [], failed: [], error: errorMessage(err) }
  }
}

function assertLimits(inputs: Inputs, lookups: RegionLookup[], ctx: ApplyContext): void {
  const problems: string[] = []
  for (const lookup of lookups) {
    const unzippedSize =
      ctx.artifact?.zip.unzippedSize ??
      (lookup.existing ? unzippedSizeOf(lookup.existing.description) : undefined)
    const arn = lookup.existing?.layerVersionArn ?? `${layerArnFor(lookup, inputs)}:0`
    for (const state of lookup.functions) {
      for (const problem of checkLimits(state, { arn, unzippedSize: unzippedSize ?? 0 })) {
        problems.push(`${state.name} (${lookup.region}): ${problem}`)
      }
    }
  }
  if (problems.length > 0) {
    throw new UserError(
      `These functions would exceed Lambda limits; nothing was published:\n${problems.join('\n')}`,
    )
  }
}

function layerArnFor(lookup: RegionLookup, inputs: Inputs): string {
  if (lookup.latest) return lookup.latest.layerArn
  const fnArn = lookup.functions[0]?.arn
  const account = fnArn?.split(':')[4] ?? '000000000000'
  const partition = fnArn?.split(':')[1] ?? 'aws'
  return `arn:${partition}:lambda:${lookup.region}:${account}:layer:${inputs.layerName}`
}
