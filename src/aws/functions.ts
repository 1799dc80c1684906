import {
  GetFunctionCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  type FunctionConfiguration,
  type LambdaClient,
} from '@aws-sdk/client-lambda'
import { InputError, UserError } from '../core/errors.js'
import { awsErrorName, httpStatusOf, isConflict, isNotFound, withRetry } from './retry.js'
import { parseFunctionRef as parseRef, unversioned } from '../core/arn.js'
import { MAX_LAYERS, MAX_UNZIPPED_BYTES } from '../core/limits.js'
import { formatBytes } from '../core/format.js'

export { mapWithConcurrency } from '../core/concurrency.js'

export interface FunctionRef {
  name: string
  /** Set when a full ARN was given. */
  partition?: string
  region?: string
  /** Set when a full or partial ARN was given. */
  accountId?: string
  /** What to pass as FunctionName: the full ARN when one was given (without `:$LATEST`), else the name. */
  id: string
  /** As written in the input. */
  given: string
}

/** A function name, ARN or partial ARN from the `functions` input. Versions and aliases cannot hold their own layers. */
export function parseFunctionRef(nameOrArn: string): FunctionRef {
  const ref = parseRef(nameOrArn)
  if ('problem' in ref) throw new InputError('functions', ref.problem, nameOrArn.trim())
  const { name, partition, region, accountId } = ref
  // A partial ARN is read by its name: the account it names is compared with the one AWS answers for.
  const id =
    partition && region && accountId
      ? `arn:${partition}:lambda:${region}:${accountId}:function:${name}`
      : name
  return {
    name,
    id,
    given: nameOrArn.trim(),
    ...(partition && { partition }),
    ...(region && { region }),
    ...(accountId && { accountId }),
  }
}

export interface FunctionLayer {
  arn: string
  /** Zipped size, as GetFunction reports it. */
  codeSize: number
}

export interface FunctionState {
  name: string
  arn: string
  /** Zipped size of the function's own code. */
  codeSize: number
  layers: FunctionLayer[]
  revisionId?: string
  lastUpdateStatus?: string
  lastUpdateStatusReason?: string
  state?: string
  packageType?: string
  runtime?: string
  architectures?: string[]
  /** Seconds the function may run (Timeout). */
  timeout?: number
  /**
   * The function's tags as GetFunction returns them (empty without lambda:ListTags); undefined when the state came
   * from ListFunctions, which returns none.
   */
  tags?: Record<string, string>
}

export class FunctionNotFoundError extends UserError {
  constructor(readonly functionName: string) {
    super(`Function '${functionName}' was not found`)
    this.name = 'FunctionNotFoundError'
  }
}

export function isFunctionNotFound(err: unknown): err is FunctionNotFoundError {
  return err instanceof FunctionNotFoundError
}

/** Reads through GetFunction: its request quota (100/s) is separate from the 15/s shared by other control-plane calls. */
export async function getFunctionState(lambda: LambdaClient, name: string): Promise<FunctionState> {
  let answer
  try {
    answer = await lambda.send(new GetFunctionCommand({ FunctionName: name }))
  } catch (err) {
    if (isNotFound(err)) throw new FunctionNotFoundError(name)
    throw err
  }
  if (!answer.Configuration) throw new Error(`GetFunction returned no configuration for '${name}'`)
  return { ...toFunctionState(answer.Configuration, name), tags: answer.Tags ?? {} }
}

/** A configuration as GetFunction or ListFunctions returns it, in the shape the action works with. */
export function toFunctionState(config: FunctionConfiguration, name = ''): FunctionState {
  return {
    name: config.FunctionName ?? name,
    arn: config.FunctionArn ?? '',
    codeSize: config.CodeSize ?? 0,
    layers: (config.Layers ?? []).map((l) => ({ arn: l.Arn ?? '', codeSize: l.CodeSize ?? 0 })),
    revisionId: config.RevisionId,
    lastUpdateStatus: config.LastUpdateStatus,
    lastUpdateStatusReason: config.LastUpdateStatusReason,
    state: config.State,
    packageType: config.PackageType,
    runtime: config.Runtime,
    architectures: config.Architectures,
    timeout: config.Timeout,
  }
}

/**
 * The function's layer list with this layer's entry pointed at the new version: every other layer and the order
 * stay as they are (layers are merged in order). Appended when the function does not use the layer yet.
 */
export function replaceLayer(currentLayerArns: readonly string[], newVersionArn: string): string[] {
  const layer = unversioned(newVersionArn)
  const index = currentLayerArns.findIndex((arn) => unversioned(arn) === layer)
  if (index === -1) return [...currentLayerArns, newVersionArn]
  return currentLayerArns.flatMap((arn, i) => {
    if (i === index) return [newVersionArn]
    return unversioned(arn) === layer ? [] : [arn]
  })
}

export interface UnzippedEstimate {
  bytes: number
  /** False when some part is only known by its zipped size, so `bytes` is a lower bound. */
  exact: boolean
}

/**
 * Unzipped size of the function with the new version in place. `layerSizes` maps layer version ARNs (and, if known,
 * the function's ARN, for its own code) to unzipped bytes; anything missing counts with its zipped size.
 */
export function estimateUnzippedSize(
  state: FunctionState,
  newVersion: { arn: string; unzippedSize: number },
  layerSizes: ReadonlyMap<string, number> = new Map(),
): UnzippedEstimate {
  const zipped = new Map(state.layers.map((l) => [l.arn, l.codeSize]))
  let exact = true
  const sizeOf = (arn: string, zippedSize: number | undefined) => {
    const known = arn === newVersion.arn ? newVersion.unzippedSize : layerSizes.get(arn)
    if (known !== undefined) return known
    exact = false
    return zippedSize ?? 0
  }
  let bytes = sizeOf(state.arn, state.codeSize)
  for (const arn of replaceLayer(
    state.layers.map((l) => l.arn),
    newVersion.arn,
  ))
    bytes += sizeOf(arn, zipped.get(arn))
  return { bytes, exact }
}

/** What would stop Lambda from accepting the function on the new version; empty when nothing is known to. */
export function checkLimits(
  state: FunctionState,
  newVersion: { arn: string; unzippedSize: number },
  layerSizes: ReadonlyMap<string, number> = new Map(),
): string[] {
  if (state.packageType === 'Image') return ['it is a container image function, and those cannot use layers']
  const problems: string[] = []
  const layerCount = replaceLayer(
    state.layers.map((l) => l.arn),
    newVersion.arn,
  ).length
  if (layerCount > MAX_LAYERS) {
    problems.push(`it would have ${layerCount} layers; Lambda allows ${MAX_LAYERS}`)
  }
  const { bytes, exact } = estimateUnzippedSize(state, newVersion, layerSizes)
  if (bytes > MAX_UNZIPPED_BYTES) {
    problems.push(
      `function code and layers would be ${exact ? '' : '≥ '}${formatBytes(bytes)} unzipped (${bytes} bytes)` +
        `${exact ? '' : ', counting zipped sizes where the unzipped size is unknown'}; ` +
        `Lambda allows 250 MB (${MAX_UNZIPPED_BYTES} bytes)`,
    )
  }
  return problems
}

export interface MoveOptions {
  sleep?: (ms: number) => Promise<void>
  /** Reads and writes in total, counting retries after conflicts, throttling and stale revisions. */
  maxAttempts?: number
  /** How long to wait for LastUpdateStatus to leave InProgress. */
  maxWaitSeconds?: number
  /**
   * Asked on every attempt with the configuration just read: true leaves the function as it is (a later run has
   * moved it on). Asking again after a stale-revision refusal is what keeps concurrent runs from undoing each other.
   */
  leave?: (state: FunctionState) => Promise<boolean>
}

/**
 * What the SDK does not retry. Throttling and server errors are the SDK's to retry (LAMBDA_MAX_ATTEMPTS sends per
 * call), never ours as well: one throttled update is sent at most LAMBDA_MAX_ATTEMPTS times.
 */
const RETRYABLE = (err: unknown) => awsErrorName(err) === 'PreconditionFailedException' || isConflict(err)

/**
 * Points the function's entry for this layer at `newVersionArn` and waits until Lambda reports the update done.
 * Returns 'current' without writing when the function already uses that version. Every attempt reads the
 * configuration afresh and sends its RevisionId, so a concurrent edit to the function makes our write fail
 * (PreconditionFailedException) instead of overwriting it; the retry then keeps the other writer's change.
 */
export async function moveFunctionToVersion(
  lambda: LambdaClient,
  name: string,
  newVersionArn: string,
  options: MoveOptions = {},
): Promise<'updated' | 'current' | 'left'> {
  // An update whose answer was lost (or that the SDK had to resend) may have gone through: the next attempt then
  // finds the function on the version, and that is still this run's update.
  let mayHaveLanded = false
  const outcome = await withRetry(
    async () => {
      const state = await getFunctionState(lambda, name)
      const current = state.layers.map((l) => l.arn)
      if (current.includes(newVersionArn)) return mayHaveLanded ? ('updated' as const) : ('current' as const)
      if (options.leave && (await options.leave(state))) return 'left' as const
      try {
        await lambda.send(
          new UpdateFunctionConfigurationCommand({
            FunctionName: name,
            Layers: replaceLayer(current, newVersionArn),
            RevisionId: state.revisionId,
          }),
        )
      } catch (err) {
        const status = httpStatusOf(err)
        const attempts = (err as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1
        mayHaveLanded ||= status === undefined || status >= 500 || attempts > 1
        throw err
      }
      return 'updated' as const
    },
    {
      attempts: options.maxAttempts ?? 8,
      baseDelayMs: 1_000,
      maxDelayMs: 15_000,
      sleep: options.sleep,
      retryable: RETRYABLE,
    },
  )
  if (outcome === 'updated') await waitUntilUpdated(lambda, name, options.maxWaitSeconds ?? 300)
  return outcome
}

async function waitUntilUpdated(lambda: LambdaClient, name: string, maxWaitSeconds: number): Promise<void> {
  try {
    await waitUntilFunctionUpdatedV2(
      { client: lambda, maxWaitTime: maxWaitSeconds, minDelay: 1, maxDelay: 10 },
      { FunctionName: name },
    )
    return
  } catch {
    // The waiter's error is a JSON dump; read the state once more to say what happened.
  }
  const state = await getFunctionState(lambda, name)
  if (state.lastUpdateStatus === 'Failed') {
    throw new UserError(
      `Updating function '${name}' failed: ${state.lastUpdateStatusReason ?? 'Lambda gave no reason'}`,
    )
  }
  if (state.lastUpdateStatus !== 'Successful') {
    throw new Error(
      `Function '${name}' was still ${state.lastUpdateStatus ?? 'updating'} after ${maxWaitSeconds} s`,
    )
  }
}
