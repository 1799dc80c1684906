import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { LambdaClient } from '@aws-sdk/client-lambda'
import type { S3Client } from '@aws-sdk/client-s3'
import type { SSMClient } from '@aws-sdk/client-ssm'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { proxyConfigured } from '../core/proxy.js'

export interface AwsClients {
  lambda: LambdaClient
  /** Made on first use: only zips over 50 MB go through S3, and the S3 SDK is slow to load. */
  s3(): Promise<S3Client>
  /** Made on first use: only runs with `ssm-parameter` talk to SSM. */
  ssm(): Promise<SSMClient>
  /**
   * The same Lambda endpoint without the SDK's automatic retries, for writes that must not be replayed blindly:
   * a PublishLayerVersion whose answer was lost may have gone through (callers re-list before trying again).
   */
  lambdaOnce?: LambdaClient
  /**
   * A Lambda client for Invoke: no automatic retries (an invoke whose answer was lost may have run the function),
   * and a socket that waits for a function running up to `timeoutSeconds`, its configured Timeout.
   */
  invoker(timeoutSeconds: number): LambdaClient
}

/** Sends per SDK call, the first included: the one retry budget for throttling and server errors. */
export const LAMBDA_MAX_ATTEMPTS = 4

/** Socket idle time allowed for one AWS request, in milliseconds (default 120 s). */
export const REQUEST_TIMEOUT_ENV = 'LAYER_ACTION_AWS_REQUEST_TIMEOUT_MS'

/** How much longer than the function's Timeout an Invoke waits for its answer (init, SnapStart restore, network). */
export const INVOKE_MARGIN_SECONDS = 60

// With HTTPS_PROXY / HTTP_PROXY set, requests go through the proxy (NO_PROXY honoured), as with configure-aws-credentials.
// connectionTimeout bounds reaching the endpoint; socketTimeout is the socket idle time, so a slow 50 MB upload is
// fine as long as bytes keep moving, and an endpoint that stops answering fails the attempt (the SDK retries it).
// (In @smithy/node-http-handler 4.x `requestTimeout` is the total time and only logs a warning unless
// throwOnRequestTimeout is set: on its own it would let a hung connection wait forever.)
function requestHandlerFor(env: NodeJS.ProcessEnv, minIdleMs = 0) {
  const configured = Number(env[REQUEST_TIMEOUT_ENV])
  const idle = Number.isInteger(configured) && configured > 0 ? configured : 120_000
  const timeouts = { connectionTimeout: Math.min(10_000, idle), socketTimeout: Math.max(idle, minIdleMs) }
  if (!proxyConfigured(env)) return timeouts
  // The proxy agents are loaded only when a proxy is configured; the handler asks for its options on first use.
  return new NodeHttpHandler(async () => {
    const { EnvProxyAgent } = await import('./proxy-agent.js')
    return { ...timeouts, httpAgent: new EnvProxyAgent(false), httpsAgent: new EnvProxyAgent(true) }
  })
}

/**
 * Clients for one region. The SDK itself reads AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_LAMBDA and AWS_ENDPOINT_URL_S3
 * (and `endpoint_url` in the shared config), which is how a local emulator is used. The SDK's standard retries
 * are the only retries of throttling and server errors; ResourceConflictException and stale RevisionIds, which
 * the SDK does not retry, are retried by our callers.
 */
export function createAwsClients(region: string, env: NodeJS.ProcessEnv = process.env): AwsClients {
  const customS3Endpoint = Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL)
  const requestHandler = requestHandlerFor(env)
  let s3: Promise<S3Client> | undefined
  let ssm: Promise<SSMClient> | undefined
  let once: LambdaClient | undefined
  const invokers = new Map<number, LambdaClient>()
  return {
    lambda: new LambdaClient({ region, requestHandler, maxAttempts: LAMBDA_MAX_ATTEMPTS }),
    // Made on first use: a run that publishes nothing never needs it.
    get lambdaOnce() {
      return (once ??= new LambdaClient({ region, requestHandler, maxAttempts: 1 }))
    },
    invoker(timeoutSeconds) {
      if (!invokers.has(timeoutSeconds)) {
        const waitMs = (timeoutSeconds + INVOKE_MARGIN_SECONDS) * 1000
        const handler = requestHandlerFor(env, waitMs)
        invokers.set(timeoutSeconds, new LambdaClient({ region, requestHandler: handler, maxAttempts: 1 }))
      }
      return invokers.get(timeoutSeconds)!
    },
    s3: () =>
      (s3 ??= import('@aws-sdk/client-s3').then(
        // Emulators answer on one host, so bucket names go in the path rather than the host name.
        ({ S3Client }) =>
          new S3Client({
            region,
            requestHandler,
            maxAttempts: LAMBDA_MAX_ATTEMPTS,
            forcePathStyle: customS3Endpoint,
          }),
      )),
    ssm: () =>
      (ssm ??= import('@aws-sdk/client-ssm').then(
        ({ SSMClient }) => new SSMClient({ region, requestHandler, maxAttempts: LAMBDA_MAX_ATTEMPTS }),
      )),
  }
}

/**
 * A cheap guess whether the default credential chain can find credentials, without network calls: env keys,
 * web identity (OIDC), a container credentials endpoint, a profile, or shared config files. It cannot see an EC2
 * instance role (that needs a call to the metadata service), so `false` means "probably not", not "certainly not".
 */
export function hasAwsCredentials(env: NodeJS.ProcessEnv = process.env, exists = existsSync): boolean {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return true
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return true
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true
  if (env.AWS_PROFILE) return true
  const home = env.HOME || homedir()
  const files = [
    env.AWS_SHARED_CREDENTIALS_FILE,
    env.AWS_CONFIG_FILE,
    join(home, '.aws', 'credentials'),
    join(home, '.aws', 'config'),
  ]
  return files.some((file) => Boolean(file) && exists(file as string))
}
