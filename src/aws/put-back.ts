import {
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
  type LambdaClient,
} from '@aws-sdk/client-lambda'
import { unversioned } from '../core/arn.js'
import { getFunctionState, moveFunctionToVersion } from './functions.js'
import { awsErrorName, isConflict, withRetry } from './retry.js'

/**
 * Puts this layer's entry of the function back as it was in `previousLayers` (the list read before the run moved
 * it), keeping every other entry as it is now; removes the entry when the function did not have the layer.
 * Guarded by RevisionId like every layer edit.
 */
export async function putLayerBack(
  lambda: LambdaClient,
  name: string,
  previousLayers: readonly string[],
  layerVersionArn: string,
): Promise<void> {
  const layer = unversioned(layerVersionArn)
  const previous = previousLayers.find((arn) => unversioned(arn) === layer)
  if (previous) {
    await moveFunctionToVersion(lambda, name, previous)
    return
  }
  await withRetry(
    async () => {
      const state = await getFunctionState(lambda, name)
      const layers = state.layers.map((l) => l.arn)
      if (!layers.some((arn) => unversioned(arn) === layer)) return
      await lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: name,
          Layers: layers.filter((arn) => unversioned(arn) !== layer),
          RevisionId: state.revisionId,
        }),
      )
    },
    {
      attempts: 8,
      baseDelayMs: 1_000,
      maxDelayMs: 15_000,
      retryable: (err) => awsErrorName(err) === 'PreconditionFailedException' || isConflict(err),
    },
  )
  await waitUntilFunctionUpdatedV2(
    { client: lambda, maxWaitTime: 300, minDelay: 1, maxDelay: 10 },
    { FunctionName: name },
  )
}
