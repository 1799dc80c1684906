import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda'
import { errorMessage } from '../core/errors.js'
import { LAMBDA_MAX_ATTEMPTS } from './clients.js'
import { isThrottling, withRetry } from './retry.js'

export type InvokeResult = { ok: true; durationMs: number } | { ok: false; error: string; durationMs: number }

/**
 * Invokes the function (or one of its versions) synchronously with `payload`, once, and says whether it answered
 * without a function error. `lambda` must not retry by itself (see AwsClients.invoker): an invoke whose answer was
 * lost may have run the function, so only throttling, which means it did not run, is sent again. A function error's
 * message comes from the `errorMessage` of its JSON answer; an invoke that fails (timeout, throttling, no
 * permission) is a failure with the SDK's message.
 */
export async function invokeFunction(
  lambda: LambdaClient,
  name: string,
  payload: string,
  qualifier?: string,
): Promise<InvokeResult> {
  const started = Date.now()
  const request = {
    FunctionName: name,
    Qualifier: qualifier,
    InvocationType: 'RequestResponse' as const,
    Payload: Buffer.from(payload),
  }
  try {
    const answer = await withRetry(() => lambda.send(new InvokeCommand(request)), {
      attempts: LAMBDA_MAX_ATTEMPTS,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      retryable: isThrottling,
    })
    const durationMs = Date.now() - started
    if (!answer.FunctionError) return { ok: true, durationMs }
    return { ok: false, error: functionErrorMessage(answer.FunctionError, answer.Payload), durationMs }
  } catch (err) {
    return { ok: false, error: `the invoke failed: ${errorMessage(err)}`, durationMs: Date.now() - started }
  }
}

/** `Unhandled: <errorType>: <errorMessage>` from a function error's JSON answer. */
export function functionErrorMessage(kind: string, payload?: Uint8Array): string {
  const text = payload ? Buffer.from(payload).toString('utf8') : ''
  try {
    const body = JSON.parse(text) as { errorType?: string; errorMessage?: string }
    const parts = [body.errorType, body.errorMessage].filter(Boolean)
    if (parts.length > 0) return `${kind}: ${parts.join(': ')}`
  } catch {
    // Not JSON: show it as it is.
  }
  return text ? `${kind}: ${text.slice(0, 500)}` : kind
}
