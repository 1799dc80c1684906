import type { AwsAccess } from '../aws/access.js'
import type { AwsClients } from '../aws/clients.js'
import { mapWithConcurrency, moveFunctionToVersion, type FunctionState } from '../aws/functions.js'
import {
  canonicalVersion,
  twinsOf,
  fingerprintOf,
  getLayerVersion,
  listLayerVersions,
  parseDescription,
  publishLayerVersion,
} from '../aws/layers.js'
import { shareLayerVersion } from '../aws/permissions.js'
import { deleteLayerVersions, planPrune } from '../aws/prune.js'
import { scanLayerUsers } from '../aws/users.js'
import { errorMessage, UserError } from '../core/errors.js'
import type { Inputs } from '../inputs.js'
import type { LayerArtifact, LayerVersion } from '../core/types.js'
import type { FunctionOutcome, RegionLookup, RegionOutcome } from './outcome.js'
import { FUNCTION_CONCURRENCY } from './plan.js'
import type { Logger } from '../core/logger.js'
import { layerVersionNumber, unversioned } from '../core/arn.js'
import { publishedByLaterRun } from './convergence.js'

/** A version another run published this recently may still be the one it is moving functions to: never pruned. */
export const RECENT_RUN_MINUTES = 60
import { updatePointer } from './pointer.js'
import { rollOutVersions } from './versions.js'

interface ApplyContext {
  fingerprint: string
  artifact?: LayerArtifact
  commit?: string
  /** This workflow run (see convergence.ts). */
  run?: string
  needsPublish(existing: LayerVersion | undefined): boolean
  log: Logger
}

/**
 * Publishes where needed and moves the functions, region by region (limits and compatibility were checked for every
 * function in every region before: see checks.ts); a failure in one region is recorded and does not stop the others.
 */
export async function applyToRegions(
  aws: AwsAccess,
  inputs: Inputs,
  lookups: RegionLookup[],
  ctx: ApplyContext,
): Promise<RegionOutcome[]> {
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
    layerSizes: lookup.layerSizes,
    planned: ctx.needsPublish(lookup.existing) ? 'publish' : 'reuse',
  }

  let target = lookup.existing
  let duplicate: LayerVersion | undefined
  try {
    if (ctx.needsPublish(lookup.existing)) {
      if (!ctx.artifact) throw new Error('internal: no layer zip to publish')
      const ours = await publishLayerVersion(clients, {
        layerName: inputs.layerName,
        zip: ctx.artifact.zip,
        facts: ctx.artifact.facts,
        run: ctx.run,
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
      const why =
        fingerprintOf(target.description) === ctx.fingerprint
          ? 'it carries this fingerprint'
          : 'it holds exactly these contents'
      log.info(`Reusing ${target.layerVersionArn}: ${why}`)
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
  const supersedes = laterRunsVersions(lookup, target, ctx)
  const moved = await moveFunctions(lookup, target, supersedes, ctx)
  outcome.functions = moved.filter((f) => f.status !== 'left') as FunctionOutcome[]
  const left = moved.filter((f) => f.status === 'left').map((f) => `${f.name} (${f.error})`)
  if (left.length > 0) {
    log.info(`Left where a later run moved them: ${left.join(', ')}`)
    outcome.leftOnNewerVersion = [...lookup.leftOnNewerVersion, ...left]
  }
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
      outcome.pointer = await updatePointer(clients, inputs.ssmParameter, target, outcome, {
        superseded: left.length > 0,
        byLaterRun: supersedes,
        log,
      })
    } catch (err) {
      errors.push(`writing ${inputs.ssmParameter} failed: ${errorMessage(err)}`)
    }
  }
  const failed = outcome.functions.filter((f) => f.status === 'failed')
  if (failed.length > 0) {
    errors.push(`could not update ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`)
  }

  // Every apply run removes unused twins of its version and applies keep-versions, whether it published or not.
  if (errors.length > 0) {
    if (duplicate || inputs.keepVersions > 0) {
      log.warning(`${region}: no versions were deleted, because of the errors in this region`)
    }
  } else {
    // A run that published nothing cleans up with the list its lookup read: a version that lands later is another
    // run's, which looks again after publishing it (as does the next run).
    const known = ctx.needsPublish(lookup.existing) ? undefined : lookup.versions
    await cleanUp(clients, inputs, { target, duplicate, run: ctx.run, known }, outcome, log)
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

type MoveOutcome = Omit<FunctionOutcome, 'status'> & { status: FunctionOutcome['status'] | 'left' }

/**
 * Whether a version of the layer was published by a later run with another fingerprint: functions on it (and the
 * pointer naming it) are left there. Descriptions come from the lookup's list, else one GetLayerVersion each.
 */
function laterRunsVersions(lookup: RegionLookup, target: LayerVersion, ctx: ApplyContext) {
  const descriptions = new Map<number, Promise<string | undefined>>(
    lookup.versions.map((v) => [v.version, Promise.resolve(v.description)]),
  )
  return async (version: number): Promise<boolean> => {
    if (version === target.version) return false
    if (!descriptions.has(version)) {
      const layerName = parseLayerName(target.layerArn)
      descriptions.set(
        version,
        getLayerVersion(lookup.clients.lambda, layerName, version).then((v) => v?.description),
      )
    }
    const description = await descriptions.get(version)!
    return fingerprintOf(description) !== ctx.fingerprint && publishedByLaterRun(description, ctx.run)
  }
}

async function moveFunctions(
  lookup: RegionLookup,
  target: LayerVersion,
  byLaterRun: (version: number) => Promise<boolean>,
  ctx: ApplyContext,
): Promise<MoveOutcome[]> {
  const { region, clients } = lookup
  const discovered = new Set(lookup.discovered)
  return mapWithConcurrency(lookup.functions, FUNCTION_CONCURRENCY, async (state): Promise<MoveOutcome> => {
    const base = { name: state.name, region, state, discovered: discovered.has(state.name) || undefined }
    if (state.layers.some((l) => l.arn === target.layerVersionArn)) return { ...base, status: 'current' }
    let leftOn: number | undefined
    const leave = async (current: FunctionState) => {
      const entry = current.layers.find((l) => unversioned(l.arn) === target.layerArn)
      const version = entry && layerVersionNumber(entry.arn)
      if (version === undefined) return false
      const later = await byLaterRun(version)
      if (later) leftOn = version
      return later
    }
    try {
      const status = await moveFunctionToVersion(clients.lambda, state.name, target.layerVersionArn, {
        leave,
      })
      if (status === 'left') return { ...base, status, error: `version ${leftOn}, published by a later run` }
      if (status === 'updated') ctx.log.info(`Moved ${state.name} (${region}) to version ${target.version}`)
      return { ...base, status }
    } catch (err) {
      return { ...base, status: 'failed', error: errorMessage(err) }
    }
  })
}

function parseLayerName(layerArn: string): string {
  return layerArn.slice(layerArn.lastIndexOf(':layer:') + ':layer:'.length)
}

/**
 * Deletes unused twins of the target (same fingerprint and bytes: a concurrent or late-landing publish) and prunes to
 * `keep-versions`. Never deleted: the target, versions newer than it (a later run may be moving functions there),
 * versions another run published in the last hour, and anything a function or published function version uses.
 * The region's functions are scanned only when something would be deleted.
 */
async function cleanUp(
  clients: AwsClients,
  inputs: Inputs,
  plan: { target: LayerVersion; duplicate?: LayerVersion; run?: string; known?: LayerVersion[] },
  outcome: RegionOutcome,
  log: Logger,
): Promise<void> {
  const { target, duplicate } = plan
  const where = `${inputs.layerName} (${outcome.region})`
  const pruning = inputs.keepVersions > 0
  try {
    const versions = plan.known ?? (await listLayerVersions(clients.lambda, inputs.layerName))
    const twins = twinsOf(versions, target).filter((v) => v.version !== target.version)
    if (duplicate && !twins.some((v) => v.version === duplicate.version)) twins.push(duplicate)
    const recent = Date.now() - RECENT_RUN_MINUTES * 60_000
    const protect = versions
      .filter(
        (v) =>
          v.version === target.version ||
          (v.version > target.version && !twins.includes(v)) ||
          (publishedByAnotherRun(v, plan.run) && createdAt(v) > recent),
      )
      .map((v) => v.version)
    const prunable = pruning
      ? versions
          .map((v) => v.version)
          .sort((a, b) => b - a)
          .slice(inputs.keepVersions)
          .filter((v) => !protect.includes(v) && !twins.some((t) => t.version === v))
      : []
    if (twins.length === 0 && prunable.length === 0) return

    const users = await scanLayerUsers(clients.lambda, target.layerArn)
    for (const twin of twins) {
      const usedBy = users.get(twin.version)
      if (usedBy) {
        outcome.duplicate = { version: twin.version, deleted: false, usedBy }
        log.warning(`Kept duplicate version ${twin.version} of ${where}: used by ${usedBy.join(', ')}`)
      } else {
        await deleteLayerVersions(clients.lambda, inputs.layerName, [twin.version])
        outcome.duplicate = { version: twin.version, deleted: true }
        log.info(`Deleted version ${twin.version} of ${where}: it duplicated version ${target.version}`)
      }
    }
    if (!pruning) return
    const remaining = versions.map((v) => v.version).filter((v) => !twins.some((t) => t.version === v))
    const { remove, keptInUse } = planPrune(remaining, inputs.keepVersions, protect, users)
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

function publishedByAnotherRun(version: LayerVersion, run: string | undefined): boolean {
  const published = parseDescription(version.description).run
  return published !== undefined && published !== run
}

/** CreatedDate as Lambda writes it (`2024-05-01T10:00:00.000+0000`), in milliseconds; 0 when unreadable. */
function createdAt(version: LayerVersion): number {
  const iso = version.createdDate?.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const ms = iso ? Date.parse(iso) : NaN
  return Number.isNaN(ms) ? 0 : ms
}
