import { isThrottlingError } from '@smithy/core/retry'

export interface RetryOptions {
  /** Total tries, the first one included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  retryable: (err: unknown) => boolean
  sleep?: (ms: number) => Promise<void>
  /** Source of randomness for the jitter, in [0, 1). */
  random?: () => number
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `fn` until it succeeds, fails with an error that is not retryable, or runs out of attempts. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { attempts, retryable, random = Math.random } = options
  const wait = options.sleep ?? sleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (err) {
      if (attempt >= attempts || !retryable(err)) throw err
      const delayMs = backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs, random)
      options.onRetry?.(err, attempt, delayMs)
      await wait(delayMs)
    }
  }
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so retries spread but never bunch at 0. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random = Math.random) {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
  return Math.round(step / 2 + (random() * step) / 2)
}

/** The AWS error code of an SDK error (`ResourceConflictException`, …), or undefined for other errors. */
export function awsErrorName(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('$metadata' in err)) return undefined
  return (err as { name?: string }).name
}

export function httpStatusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode
}

/** Throttling as the SDK's own retry strategy classifies it (error codes, HTTP 429, the `throttling` trait). */
export function isThrottling(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    isThrottlingError(err as Parameters<typeof isThrottlingError>[0])
  )
}

export function isConflict(err: unknown): boolean {
  return awsErrorName(err) === 'ResourceConflictException'
}

export function isNotFound(err: unknown): boolean {
  const name = awsErrorName(err)
  return name === 'ResourceNotFoundException' || name === 'NotFound' || name === 'NoSuchKey'
}
