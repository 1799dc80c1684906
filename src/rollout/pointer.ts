import type { AwsClients } from '../aws/clients.js'
import { writeParameterIfChanged } from '../aws/ssm.js'
import type { Logger } from '../core/logger.js'
import type { LayerVersion } from '../core/types.js'
import type { RegionOutcome } from './outcome.js'

/**
 * Writes the layer version ARN to `ssm-parameter` in this region, only when it changes. Not after a failure in the
 * region (a failed smoke test): infrastructure code that reads the parameter must not pick up a layer that broke a
 * function.
 */
export async function updatePointer(
  clients: AwsClients,
  name: string,
  target: LayerVersion,
  outcome: RegionOutcome,
  log: Logger,
): Promise<RegionOutcome['pointer']> {
  if (outcome.functions.some((f) => f.status === 'failed')) {
    log.warning(`${outcome.region}: ${name} was left as it was, because of the errors in this region`)
    return { name, value: target.layerVersionArn, written: false }
  }
  const description = `Current version of Lambda layer ${target.layerArn.split(':').pop()}`
  const written = await writeParameterIfChanged(
    await clients.ssm(),
    name,
    target.layerVersionArn,
    description,
  )
  if (written) log.info(`Set ${name} (${outcome.region}) to ${target.layerVersionArn}`)
  return { name, value: target.layerVersionArn, written }
}
