import {
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda'
import { UserError } from '../core/errors.js'
import { awsErrorName, isConflict, isNotFound, sleep as defaultSleep, withRetry } from './retry.js'

export interface AliasState {
  name: string
  /** The version it points at. */
  functionVersion: string
  revisionId?: string
}

/** The alias, or undefined when the function has no alias of that name. */
export async function getAlias(
  lambda: LambdaClient,
  fn: string,
  alias: string,
): Promise<AliasState | undefined> {
  try {
    const answer = await lambda.send(new GetAliasCommand({ FunctionName: fn, Name: alias }))
    return { name: alias, functionVersion: answer.FunctionVersion ?? '', revisionId: answer.RevisionId }
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

export interface VersionState {
  version: string
  layers: string[]
  state?: string
  stateReason?: string
}

export async function getVersion(lambda: LambdaClient, fn: string, version: string): Promise<VersionState> {
  const config = await lambda.send(
    new GetFunctionConfigurationCommand({ FunctionName: fn, Qualifier: version }),
  )
  return {
    version,
    layers: (config.Layers ?? []).map((l) => l.Arn ?? ''),
    state: config.State,
    stateReason: config.StateReason,
  }
}

/** An update in progress; throttling is the SDK's to retry (one retry budget, see aws/retry.ts). */
const BUSY = (err: unknown) => isConflict(err)

/**
 * Publishes a version of $LATEST as it is at `revisionId` (a change since then makes Lambda refuse with
 * PreconditionFailedException). Lambda answers with the newest version instead of a new one when nothing changed.
 */
export async function publishVersion(
  lambda: LambdaClient,
  fn: string,
  revisionId: string | undefined,
  description: string,
  sleep = defaultSleep,
): Promise<VersionState> {
  const answer = await withRetry(
    () =>
      lambda.send(
        new PublishVersionCommand({ FunctionName: fn, RevisionId: revisionId, Description: description }),
      ),
    { attempts: 6, baseDelayMs: 1_000, maxDelayMs: 10_000, retryable: BUSY, sleep },
  )
  return {
    version: answer.Version ?? '',
    layers: (answer.Layers ?? []).map((l) => l.Arn ?? ''),
    state: answer.State,
    stateReason: answer.StateReason,
  }
}

export interface WaitOptions {
  maxWaitSeconds?: number
  sleep?: (ms: number) => Promise<void>
  /** Progress lines while the version is Pending (SnapStart takes minutes to snapshot). */
  progress?: (line: string) => void
}

/** Waits until the version's State is Active; a version that fails (SnapStart init error, …) is a UserError. */
export async function waitUntilVersionActive(
  lambda: LambdaClient,
  fn: string,
  version: string,
  options: WaitOptions = {},
): Promise<void> {
  const { maxWaitSeconds = 900, sleep = defaultSleep, progress } = options
  const started = Date.now()
  for (let poll = 1; ; poll++) {
    const state = await getVersion(lambda, fn, version)
    if (state.state === 'Active' || state.state === undefined) return
    if (state.state === 'Failed' || state.state === 'Inactive') {
      throw new UserError(
        `Version ${version} of '${fn}' is ${state.state}: ${state.stateReason ?? 'Lambda gave no reason'}`,
      )
    }
    const waited = Math.round((Date.now() - started) / 1000)
    if (waited >= maxWaitSeconds) {
      throw new UserError(`Version ${version} of '${fn}' was still ${state.state} after ${waited} s`)
    }
    progress?.(
      `${fn} version ${version}: ${state.state}${state.stateReason ? ` (${state.stateReason})` : ''}, ${waited} s so far`,
    )
    await sleep(Math.min(500 * 2 ** (poll - 1), 10_000))
  }
}

/**
 * Points the alias at `version`, guarded by the alias's RevisionId: when someone moved it since it was read, it is
 * read again and moved from where it is then. Returns the version it pointed at before.
 */
export async function moveAlias(
  lambda: LambdaClient,
  fn: string,
  alias: string,
  version: string,
  sleep = defaultSleep,
): Promise<string> {
  return withRetry(
    async () => {
      const current = await getAlias(lambda, fn, alias)
      if (!current) throw new UserError(`Alias '${alias}' of '${fn}' no longer exists`)
      if (current.functionVersion === version) return current.functionVersion
      await lambda.send(
        new UpdateAliasCommand({
          FunctionName: fn,
          Name: alias,
          FunctionVersion: version,
          RevisionId: current.revisionId,
        }),
      )
      return current.functionVersion
    },
    {
      attempts: 6,
      baseDelayMs: 500,
      maxDelayMs: 8_000,
      retryable: (err) => awsErrorName(err) === 'PreconditionFailedException' || BUSY(err),
      sleep,
    },
  )
}
