import type { AwsAccess } from '../aws/access.js'
import type { AwsClients } from '../aws/clients.js'
import {
  getFunctionState,
  isFunctionNotFound,
  mapWithConcurrency,
  parseFunctionRef,
  toFunctionState,
  type FunctionState,
} from '../aws/functions.js'
import { canonicalVersion, fingerprintOf, listLayerVersions } from '../aws/layers.js'
import { layerUses, listFunctionConfigurations } from '../aws/users.js'
import { errorMessage, InputError, UserError } from '../core/errors.js'
import type { Inputs } from '../inputs.js'
import type { FunctionOutcome, RegionLookup, RegionOutcome } from './outcome.js'
import { planRollout, readRollout } from './versions.js'

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
  const rolloutReads = await readRollout(clients, functions, inputs.aliases)
  return {
    region,
    clients,
    existing,
    latest: versions[0],
    functions,
    missingFunctions,
    discovered: discovered.map((f) => f.name),
    leftOnNewerVersion,
    functionPlans: functionPlans.map((p) => planRollout(p, rolloutReads.get(p.name), inputs, existing)),
    rolloutReads,
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
