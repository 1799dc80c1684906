import type { AwsAccess } from '../aws/access.js'
import type { AwsClients } from '../aws/clients.js'
import {
  getFunctionState,
  isFunctionNotFound,
  mapWithConcurrency,
  parseFunctionRef,
  toFunctionState,
  type FunctionRef,
  type FunctionState,
} from '../aws/functions.js'
import { canonicalVersion, describedUnzippedSizes, fingerprintOf, listLayerVersions } from '../aws/layers.js'
import { awsErrorName } from '../aws/retry.js'
import { layerUses, listFunctionConfigurations } from '../aws/users.js'
import { parseFunctionArn, parseLayerArn } from '../core/arn.js'
import { errorMessage, InputError, UserError } from '../core/errors.js'
import type { Inputs } from '../inputs.js'
import { publishedByLaterRun } from './convergence.js'
import type { FunctionOutcome, RegionLookup, RegionOutcome } from './outcome.js'
import { planRollout, readRollout } from './versions.js'

/** Functions are updated a few at a time: Lambda's control plane throttles bursts of configuration updates. */
export const FUNCTION_CONCURRENCY = 8
/**
 * Reads go out more at a time: GetFunction has a quota of its own (100 per second, apart from the 15 per second the
 * updates share), so a team's usual list is read in one round trip instead of two. A longer list reads 16 per round
 * trip, and a throttled read is retried by the SDK like any other.
 */
export const READ_CONCURRENCY = 16

/**
 * `run` orders this run among concurrent ones (see convergence.ts); undefined outside a workflow run. The reads start
 * at once; the fingerprint is needed only when they are done, so it may still be computing.
 */
export async function lookUpRegions(
  aws: AwsAccess,
  inputs: Inputs,
  fingerprint: Promise<string>,
  run?: string,
): Promise<RegionLookup[]> {
  const targets = functionsByRegion(inputs)
  return Promise.all(
    inputs.regions.map((region) =>
      lookUpRegion(aws.clients(region), region, inputs, fingerprint, targets.get(region) ?? [], run).catch(
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
  fingerprinting: Promise<string>,
  refs: FunctionRef[],
  run: string | undefined,
): Promise<RegionLookup> {
  const [versions, reads, configurations] = await Promise.all([
    listLayerVersions(clients.lambda, inputs.layerName),
    readFunctions(clients, refs),
    inputs.updateLayerUsers
      ? listFunctionConfigurations(clients.lambda, { allVersions: false })
      : Promise.resolve([]),
  ])
  const fingerprint = await fingerprinting
  const newest = versions.find((v) => fingerprintOf(v.description) === fingerprint)
  const existing = newest && canonicalVersion(versions, newest)
  const missingFunctions = reads.filter((r) => r.missing).map((r) => r.ref.given)

  // The account these credentials act in: any function read by its plain name, or the layer, says.
  const callerArn = reads.find((r) => r.state && !r.ref.accountId)?.state?.arn ?? versions[0]?.layerArn
  const caller = callerArn ? /^arn:([^:]+):lambda:[^:]*:(\d{12}):/.exec(callerArn) : null
  const refused: string[] = []
  const named: FunctionState[] = []
  for (const read of reads) {
    if (read.denied) {
      refused.push(`${read.ref.given}: these credentials may not read it (${read.denied})`)
      continue
    }
    const state = read.state
    if (!state) continue
    const problem = foreignAccount(
      read.ref,
      state,
      caller ? { partition: caller[1], accountId: caller[2] } : undefined,
    )
    if (problem) refused.push(`${read.ref.given}: ${problem}`)
    else if (!named.some((f) => f.arn === state.arn)) named.push(state) // the same function named twice is one
  }

  const discovered: FunctionState[] = []
  const leftOnNewerVersion: string[] = []
  const layerArn = versions[0]?.layerArn
  for (const use of layerArn ? layerUses(configurations, layerArn) : []) {
    if (named.some((f) => f.name === use.functionName)) continue
    const used = versions.find((v) => v.version === use.version)
    // A newer version someone published by hand is theirs to manage; one an earlier run published is reverted.
    const newerByHand = existing && use.version > existing.version && !fingerprintOf(used?.description)
    if (newerByHand || publishedByLaterRun(used?.description, run)) {
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
  // The other layers of the functions that would move: their unzipped sizes count toward the 250 MB limit.
  const ours = (arn: string) => parseLayerArn(arn).name === parseLayerArn(inputs.layerName).name
  const otherLayers = functionPlans
    .filter((p) => p.status === 'would-update')
    .flatMap((p) => p.state?.layers.map((l) => l.arn).filter((arn) => !ours(arn)) ?? [])
  const [rolloutReads, layerSizes] = await Promise.all([
    readRollout(clients, functions, inputs.aliases),
    describedUnzippedSizes(clients.lambda, otherLayers, READ_CONCURRENCY),
  ])
  return {
    region,
    clients,
    existing,
    latest: versions[0],
    versions,
    functions,
    missingFunctions,
    refusedFunctions: refused,
    discovered: discovered.map((f) => f.name),
    leftOnNewerVersion,
    functionPlans: functionPlans.map((p) => planRollout(p, rolloutReads.get(p.name), inputs, existing)),
    rolloutReads,
    layerSizes,
  }
}

/**
 * Why an ARN does not name the function that was read: AWS answered for the credentials' own account (or another
 * partition), so the function it returned is a same-named one elsewhere.
 */
function foreignAccount(
  ref: FunctionRef,
  state: FunctionState,
  caller: { partition: string; accountId: string } | undefined,
): string | undefined {
  if (!ref.accountId) return undefined
  const read = parseFunctionArn(state.arn)
  const actual = caller ?? (read && { partition: read.partition, accountId: read.accountId })
  if (!actual) return undefined
  const named = `account ${ref.accountId}${ref.partition ? ` in partition ${ref.partition}` : ''}`
  const mine = `account ${actual.accountId}${ref.partition ? ` in partition ${actual.partition}` : ''}`
  const otherAccount = ref.accountId !== actual.accountId || (read && read.accountId !== ref.accountId)
  const otherPartition = ref.partition !== undefined && ref.partition !== actual.partition
  if (!otherAccount && !otherPartition) return undefined
  return `the ARN names ${named}, and these credentials are for ${mine}; only functions of the credentials' account are updated`
}

/** The error with the region's name in front, so a multi-region run says where it happened. */
function inRegion(region: string, err: unknown): Error {
  const message = `${region}: ${errorMessage(err)}`
  if (err instanceof UserError || err instanceof InputError) return new UserError(message)
  return new Error(message, { cause: err })
}

/** What plan mode reports for a region: nothing was changed. */
export function plannedOutcome(lookup: RegionLookup, planned: RegionOutcome['planned']): RegionOutcome {
  return {
    region: lookup.region,
    version: lookup.existing,
    published: false,
    planned,
    layerSizes: lookup.layerSizes,
    functions: lookup.functionPlans,
    missingFunctions: lookup.missingFunctions,
    leftOnNewerVersion: lookup.leftOnNewerVersion,
  }
}

/** Plain names and partial ARNs are looked up in every region; a full ARN only in its own. */
function functionsByRegion(inputs: Inputs): Map<string, FunctionRef[]> {
  const byRegion = new Map<string, FunctionRef[]>(inputs.regions.map((r) => [r, []]))
  for (const given of inputs.functions) {
    const ref = parseFunctionRef(given)
    if (ref.region && !byRegion.has(ref.region)) {
      throw new InputError(
        'functions',
        `ARNs in the regions being published (${inputs.regions.join(', ')})`,
        given,
      )
    }
    for (const [r, refs] of byRegion) if (!ref.region || ref.region === r) refs.push(ref)
  }
  return byRegion
}

interface FunctionRead {
  ref: FunctionRef
  state?: FunctionState
  missing?: boolean
  /** The ARN names another account and AWS refused to answer. */
  denied?: string
}

async function readFunctions(clients: AwsClients, refs: FunctionRef[]): Promise<FunctionRead[]> {
  return mapWithConcurrency(refs, READ_CONCURRENCY, async (ref) => {
    try {
      return { ref, state: await getFunctionState(clients.lambda, ref.id) }
    } catch (err) {
      if (isFunctionNotFound(err)) return { ref, missing: true }
      if (ref.accountId && awsErrorName(err) === 'AccessDeniedException')
        return { ref, denied: errorMessage(err) }
      throw err
    }
  })
}
