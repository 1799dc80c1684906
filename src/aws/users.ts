import { ListFunctionsCommand, type FunctionConfiguration, type LambdaClient } from '@aws-sdk/client-lambda'
import { layerVersionNumber, unversioned } from '../core/arn.js'

/** One function (or published function version) that has a version of the layer in its layer list. */
export interface LayerUse {
  functionName: string
  /** `$LATEST`, or the number of a published function version. */
  qualifier: string
  /** The layer version it uses. */
  version: number
  configuration: FunctionConfiguration
}

/**
 * Every function configuration in the region, following pagination. With `allVersions` the list also holds each
 * published function version: aliases point at published versions (or $LATEST), so this covers what aliases use.
 */
export async function listFunctionConfigurations(
  lambda: LambdaClient,
  { allVersions }: { allVersions: boolean },
): Promise<FunctionConfiguration[]> {
  const configurations: FunctionConfiguration[] = []
  let marker: string | undefined
  do {
    const page = await lambda.send(
      new ListFunctionsCommand({
        Marker: marker,
        MaxItems: 50,
        FunctionVersion: allVersions ? 'ALL' : undefined,
      }),
    )
    configurations.push(...(page.Functions ?? []))
    marker = page.NextMarker || undefined
  } while (marker)
  return configurations
}

/** Which of these configurations use a version of the layer (`layerArn` without a version). */
export function layerUses(configurations: readonly FunctionConfiguration[], layerArn: string): LayerUse[] {
  const uses: LayerUse[] = []
  for (const configuration of configurations) {
    for (const layer of configuration.Layers ?? []) {
      const version = layerVersionNumber(layer.Arn ?? '')
      if (version === undefined || unversioned(layer.Arn ?? '') !== layerArn) continue
      uses.push({
        functionName: configuration.FunctionName ?? '',
        qualifier: configuration.Version ?? '$LATEST',
        version,
        configuration,
      })
    }
  }
  return uses
}

/** Layer version → who uses it (`orders` for $LATEST, `orders:3` for published version 3). */
export function usersByVersion(uses: readonly LayerUse[]): Map<number, string[]> {
  const byVersion = new Map<number, string[]>()
  for (const use of uses) {
    const user = use.qualifier === '$LATEST' ? use.functionName : `${use.functionName}:${use.qualifier}`
    const users = byVersion.get(use.version) ?? []
    if (!users.includes(user)) users.push(user)
    byVersion.set(use.version, users)
  }
  return byVersion
}

/** Every use of the layer in the region, by $LATEST and by published function versions. */
export async function scanLayerUsers(lambda: LambdaClient, layerArn: string): Promise<Map<number, string[]>> {
  return usersByVersion(layerUses(await listFunctionConfigurations(lambda, { allVersions: true }), layerArn))
}
