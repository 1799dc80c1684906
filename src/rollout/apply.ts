import type { AwsAccess } from '../aws/access.js'
import type { AwsClients } from '../aws/clients.js'
import { checkLimits, mapWithConcurrency, moveFunctionToVersion } from '../aws/functions.js'
import { canonicalVersion, listLayerVersions, publishLayerVersion, unzippedSizeOf } from '../aws/layers.js'
import { shareLayerVersion } from '../aws/permissions.js'
import { deleteLayerVersions, planPrune } from '../aws/prune.js'
import { scanLayerUsers } from '../aws/users.js'
import { errorMessage, UserError } from '../core/errors.js'
import type { Inputs } from '../inputs.js'
import type { LayerArtifact, LayerVersion } from '../core/types.js'
import type { FunctionOutcome, RegionLookup, RegionOutcome } from './outcome.js'
import { FUNCTION_CONCURRENCY } from './plan.js'
import type { Logger } from '../core/logger.js'
import { updatePointer } from './pointer.js'
import { rollOutVersions } from './versions.js'

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
  outcome.functions = await rollOutVersions(
    clients,
    inputs,
    target,
    outcome.functions,
    lookup.rolloutReads,
    log,
  )
  if (inputs.ssmParameter) {
    try {
      outcome.pointer = await updatePointer(clients, inputs.ssmParameter, target, outcome, log)
    } catch (err) {
      errors.push(`writing ${inputs.ssmParameter} failed: ${errorMessage(err)}`)
    }
  }
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
