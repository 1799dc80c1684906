// Versions, aliases and the smoke test: how a layer change reaches functions that are not served from $LATEST.
import type { AwsClients } from '../aws/clients.js'
import { getAlias, getVersion, moveAlias, publishVersion, waitUntilVersionActive } from '../aws/aliases.js'
import { getFunctionState, mapWithConcurrency, type FunctionState } from '../aws/functions.js'
import { invokeFunction } from '../aws/invoke.js'
import { putLayerBack } from '../aws/put-back.js'
import { STACK_TAG, stackOf } from '../aws/tags.js'
import { errorMessage, UserError } from '../core/errors.js'
import type { Logger } from '../core/logger.js'
import type { LayerVersion } from '../core/types.js'
import type { Inputs } from '../inputs.js'
import type { FunctionOutcome, FunctionRollout, RolloutRead } from './outcome.js'

const CONCURRENCY = 8
const LATEST = '$LATEST'
const MAX_FUNCTION_TIMEOUT_SECONDS = 900

/** Reads each function's aliases (and the layers of the versions they point at) and its stack tag. */
export async function readRollout(
  clients: AwsClients,
  functions: FunctionState[],
  aliases: string[],
): Promise<Map<string, RolloutRead>> {
  const reads = await mapWithConcurrency(
    functions,
    CONCURRENCY,
    async (fn): Promise<[string, RolloutRead]> => {
      const read: RolloutRead = { aliases: [], missingAliases: [] }
      // GetFunction brought the tags along; only functions found by ListFunctions need a read of their own.
      read.stack = fn.tags ? fn.tags[STACK_TAG] : fn.arn ? await stackOf(clients.lambda, fn.arn) : undefined
      const layersOf = new Map<string, string[]>()
      for (const name of aliases) {
        const alias = await getAlias(clients.lambda, fn.name, name)
        if (!alias) {
          read.missingAliases.push(name)
          continue
        }
        const version = alias.functionVersion
        if (!layersOf.has(version)) {
          const layers =
            version === '$LATEST'
              ? fn.layers.map((l) => l.arn)
              : (await getVersion(clients.lambda, fn.name, version)).layers
          layersOf.set(version, layers)
        }
        read.aliases.push({ name, version, layers: layersOf.get(version)! })
      }
      return [fn.name, read]
    },
  )
  return new Map(reads)
}

/** `orders: live (us-east-1)` for every named function that lacks an alias; discovered functions may lack them. */
export function missingAliases(region: string, plans: FunctionOutcome[], reads?: Map<string, RolloutRead>) {
  return plans.flatMap((plan) =>
    plan.discovered
      ? []
      : (reads?.get(plan.name)?.missingAliases ?? []).map((a) => `${plan.name}:${a} (${region})`),
  )
}

/**
 * Aliases that point at a version without `layerVersionArn`. An alias on $LATEST is never stale: it serves whatever
 * $LATEST carries, so it is left there (moving it to a version would freeze it against later code deploys).
 */
function staleAliases(read: RolloutRead | undefined, layerVersionArn: string | undefined) {
  return (read?.aliases ?? []).filter(
    (a) => a.version !== LATEST && (!layerVersionArn || !a.layers.includes(layerVersionArn)),
  )
}

/** The function's aliases that point at $LATEST, or undefined when none does. */
function aliasesOnLatest(read: RolloutRead | undefined): string[] | undefined {
  const names = (read?.aliases ?? []).filter((a) => a.version === LATEST).map((a) => a.name)
  return names.length > 0 ? names : undefined
}

/** Whether a layer change gets a function version: not only for aliases that all follow $LATEST. */
function wantsVersion(read: RolloutRead | undefined, inputs: Inputs): boolean {
  if (!inputs.publishVersion) return false
  const aliases = read?.aliases ?? []
  return inputs.alwaysPublishVersion || aliases.length === 0 || aliases.some((a) => a.version !== LATEST)
}

/**
 * Plan mode: what would move. A function already current on $LATEST whose alias still serves an older layer
 * would get a new version and the alias would move.
 */
export function planRollout(
  plan: FunctionOutcome,
  read: RolloutRead | undefined,
  inputs: Inputs,
  existing: LayerVersion | undefined,
): FunctionOutcome {
  const withRead = { ...plan, stack: read?.stack }
  const onLatest = aliasesOnLatest(read)
  if (!wantsVersion(read, inputs)) {
    return plan.status === 'would-update' && onLatest
      ? { ...withRead, rollout: { aliases: [], onLatest } }
      : withRead
  }
  const stale = staleAliases(read, existing?.layerVersionArn)
  if (plan.status !== 'would-update' && stale.length === 0) return withRead
  const rollout: FunctionRollout = {
    version: 'new',
    aliases: stale.map((a) => ({ name: a.name, from: a.version })),
    onLatest,
  }
  return { ...withRead, status: 'would-update', rollout }
}

interface Context {
  clients: AwsClients
  inputs: Inputs
  target: LayerVersion
  reads: Map<string, RolloutRead>
  log: Logger
}

/**
 * After $LATEST moved: publishes a version where needed, waits until it is Active, smoke-tests it (or $LATEST), and
 * moves the aliases. A failed smoke test reaches no alias and puts $LATEST's layer back; that function fails, the
 * others go on.
 */
export async function rollOutVersions(
  clients: AwsClients,
  inputs: Inputs,
  target: LayerVersion,
  moved: FunctionOutcome[],
  reads: Map<string, RolloutRead> | undefined,
  log: Logger,
): Promise<FunctionOutcome[]> {
  const ctx: Context = { clients, inputs, target, reads: reads ?? new Map(), log }
  return mapWithConcurrency(moved, CONCURRENCY, async (outcome) => {
    const withStack = { ...outcome, stack: ctx.reads.get(outcome.name)?.stack }
    if (outcome.status === 'failed') return withStack
    try {
      return await rollOut(withStack, ctx)
    } catch (err) {
      return { ...withStack, status: 'failed' as const, error: errorMessage(err) }
    }
  })
}

async function rollOut(outcome: FunctionOutcome, ctx: Context): Promise<FunctionOutcome> {
  const { clients, inputs, target, log } = ctx
  const { lambda } = clients
  const name = outcome.name
  const latestMoved = outcome.status === 'updated'
  const read = ctx.reads.get(name)
  const stale = staleAliases(read, target.layerVersionArn)
  const onLatest = latestMoved ? aliasesOnLatest(read) : undefined
  const payload = inputs.smokeTestPayload
  if (onLatest) {
    const names = onLatest.map((a) => `${name}:${a}`).join(', ')
    log.info(`Left ${names} on $LATEST: it serves version ${target.version} from there`)
  }

  if (!wantsVersion(read, inputs) || (!latestMoved && stale.length === 0)) {
    if (!latestMoved) return outcome
    if (payload === undefined) return onLatest ? { ...outcome, rollout: { aliases: [], onLatest } } : outcome
    const smokeTest = await smoke(ctx, outcome, LATEST)
    if (smokeTest.passed) return { ...outcome, rollout: { aliases: [], onLatest, smokeTest } }
    return putBack(outcome, { aliases: [], onLatest, smokeTest }, ctx)
  }

  // Publish exactly the $LATEST that carries the target: its RevisionId guards against a change in between.
  const latest = await getFunctionState(lambda, name)
  if (!latest.layers.some((l) => l.arn === target.layerVersionArn)) {
    throw new UserError(
      `$LATEST of '${name}' no longer uses ${target.layerVersionArn}; no version was published`,
    )
  }
  const published = await publishVersion(
    lambda,
    name,
    latest.revisionId,
    `${inputs.layerName} version ${target.version}`,
  )
  if (!published.layers.includes(target.layerVersionArn)) {
    throw new UserError(`Version ${published.version} of '${name}' does not use ${target.layerVersionArn}`)
  }
  log.info(
    `Published version ${published.version} of ${name} with ${inputs.layerName} version ${target.version}`,
  )
  await waitUntilVersionActive(lambda, name, published.version, { progress: log.info })
  const rollout: FunctionRollout = { version: published.version, aliases: [], onLatest }

  if (payload !== undefined) {
    rollout.smokeTest = await smoke(ctx, outcome, published.version)
    if (!rollout.smokeTest.passed) {
      rollout.aliases = stale.map((a) => ({ name: a.name, from: a.version }))
      return latestMoved ? putBack(outcome, rollout, ctx) : failed(outcome, rollout)
    }
  }
  for (const alias of stale) {
    const from = await moveAlias(lambda, name, alias.name, published.version)
    rollout.aliases.push({ name: alias.name, from, to: published.version })
    log.info(`Moved alias ${name}:${alias.name} from version ${from} to ${published.version}`)
  }
  return { ...outcome, status: 'updated', rollout }
}

async function smoke(ctx: Context, outcome: FunctionOutcome, qualifier: string) {
  const name = outcome.name
  const target = qualifier === '$LATEST' ? '$LATEST' : `version ${qualifier}`
  const result = await invokeFunction(
    ctx.clients.invoker(outcome.state?.timeout ?? MAX_FUNCTION_TIMEOUT_SECONDS),
    name,
    ctx.inputs.smokeTestPayload!,
    qualifier === '$LATEST' ? undefined : qualifier,
  )
  if (result.ok) {
    ctx.log.info(`Smoke test of ${name} (${target}) passed in ${result.durationMs} ms`)
    return { passed: true, target }
  }
  ctx.log.warning(`Smoke test of ${name} (${target}) failed: ${result.error}`)
  return { passed: false, target, error: result.error }
}

/** After a failed smoke test: $LATEST gets the layer entry it had before this run. */
async function putBack(
  outcome: FunctionOutcome,
  rollout: FunctionRollout,
  ctx: Context,
): Promise<FunctionOutcome> {
  const previous = (outcome.state?.layers ?? []).map((l) => l.arn)
  try {
    await putLayerBack(ctx.clients.lambda, outcome.name, previous, ctx.target.layerVersionArn)
    ctx.log.info(`Put ${outcome.name} back on its previous layers: ${previous.join(', ') || '(none)'}`)
    return failed(outcome, { ...rollout, putBack: true })
  } catch (err) {
    const result = failed(outcome, rollout)
    return { ...result, error: `${result.error}; putting its layers back failed: ${errorMessage(err)}` }
  }
}

function failed(outcome: FunctionOutcome, rollout: FunctionRollout): FunctionOutcome {
  const test = rollout.smokeTest!
  const aliases =
    rollout.aliases.length > 0 ? `; ${rollout.aliases.map((a) => a.name).join(', ')} not moved` : ''
  return {
    ...outcome,
    status: 'failed',
    rollout,
    error: `smoke test of ${test.target} failed: ${test.error}${aliases}${rollout.putBack ? '; put back as it was' : ''}`,
  }
}
