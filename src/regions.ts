import type { LayerArtifact } from './artifact.js'
import type { AwsAccess } from './aws/access.js'
import type { AwsClients } from './aws/clients.js'
import {
  checkLimits,
  getFunctionState,
  isFunctionNotFound,
  mapWithConcurrency,
  moveFunctionToVersion,
  parseFunctionRef,
  type FunctionState,
} from './aws/functions.js'
import { fingerprintOf, listLayerVersions, publishLayerVersion, unzippedSizeOf } from './aws/layers.js'
import { errorMessage, InputError, UserError } from './errors.js'
import type { Inputs } from './inputs.js'
import type { Logger } from './pipeline.js'
import type { LayerVersion } from './types.js'

export type FunctionStatus = 'updated' | 'current' | 'would-update' | 'failed' | 'missing'

export interface FunctionOutcome {
  name: string
  region: string
  status: FunctionStatus
  error?: string
  /** The configuration as read before this run changed it. */
  state?: FunctionState
}

export interface RegionOutcome {
  region: string
  version?: LayerVersion
  published: boolean
  functions: FunctionOutcome[]
  /** Listed in `functions` but not found in this region (plan mode reports them; apply refuses to start). */
  missingFunctions?: string[]
  error?: string
}

export interface RegionLookup {
  region: string
  clients: AwsClients
  /** The newest version carrying this fingerprint. */
  existing?: LayerVersion
  /** The newest version of the layer, whatever its fingerprint. */
  latest?: LayerVersion
  functions: FunctionState[]
  missingFunctions: string[]
  /** What apply would do to each function, against `existing`. */
  functionPlans: FunctionOutcome[]
}

/** Functions are updated a few at a time: Lambda's control plane throttles bursts of configuration updates. */
export const FUNCTION_CONCURRENCY = 8

export async function lookUpRegions(
  aws: AwsAccess,
  inputs: Inputs,
  fingerprint: string,
  _options: { readFunctions: boolean },
): Promise<RegionLookup[]> {
  const targets = functionsByRegion(inputs)
  return Promise.all(
    inputs.regions.map(async (region) => {
      const clients = aws.clients(region)
      const [versions, reads] = await Promise.all([
        listLayerVersions(clients.lambda, inputs.layerName),
        readFunctions(clients, targets.get(region) ?? []),
      ])
      const existing = versions.find((v) => fingerprintOf(v.description) === fingerprint)
      const functions = reads.flatMap((r) => (r.state ? [r.state] : []))
      const missingFunctions = reads.filter((r) => !r.state).map((r) => r.name)
      const functionPlans: FunctionOutcome[] = functions.map((state) => ({
        name: state.name,
        region,
        status:
          existing && state.layers.some((l) => l.arn === existing.layerVersionArn)
            ? 'current'
            : 'would-update',
        state,
      }))
      return { region, clients, existing, latest: versions[0], functions, missingFunctions, functionPlans }
    }),
  )
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
  let version = lookup.existing
  let published = false
  try {
    if (ctx.needsPublish(lookup.existing)) {
      if (!ctx.artifact) throw new Error('internal: no layer zip to publish')
      version = await publishLayerVersion(clients, {
        layerName: inputs.layerName,
        zip: ctx.artifact.zip,
        fingerprint: ctx.fingerprint,
        commit: ctx.commit,
        runtime: inputs.runtime,
        architectures: inputs.architectures,
        s3Bucket: inputs.s3Bucket,
      })
      published = true
      ctx.log.info(`Published ${version.layerVersionArn}`)
    } else if (version) {
      ctx.log.info(`Reusing ${version.layerVersionArn}: it carries this fingerprint`)
    }
  } catch (err) {
    if (err instanceof UserError) throw err
    return { region, published, functions: [], error: `publishing failed: ${errorMessage(err)}` }
  }

  const target = version!
  const functions = await mapWithConcurrency(lookup.functions, FUNCTION_CONCURRENCY, async (state) => {
    if (state.layers.some((l) => l.arn === target.layerVersionArn)) {
      return { name: state.name, region, status: 'current', state } satisfies FunctionOutcome
    }
    try {
      const status = await moveFunctionToVersion(clients.lambda, state.name, target.layerVersionArn)
      if (status === 'updated') ctx.log.info(`Moved ${state.name} (${region}) to version ${target.version}`)
      return { name: state.name, region, status, state } satisfies FunctionOutcome
    } catch (err) {
      return {
        name: state.name,
        region,
        status: 'failed',
        error: errorMessage(err),
        state,
      } satisfies FunctionOutcome
    }
  })
  const failed = functions.filter((f) => f.status === 'failed')
  const error =
    failed.length > 0
      ? `could not update ${failed.map((f) => `${f.name} (${f.error})`).join('; ')}`
      : undefined
  return { region, version: target, published, functions, error }
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
