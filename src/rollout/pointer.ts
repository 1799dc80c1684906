import type { AwsClients } from '../aws/clients.js'
import { readParameter, writeParameter } from '../aws/ssm.js'
import { parseLayerArn } from '../core/arn.js'
import type { Logger } from '../core/logger.js'
import type { LayerVersion } from '../core/types.js'
import type { RegionOutcome } from './outcome.js'

export interface PointerContext {
  /** This run left functions on a later run's version: the pointer must keep naming that one. */
  superseded: boolean
  /** Whether a version of this layer was published by a later run (with another fingerprint), see convergence.ts. */
  byLaterRun(version: number): Promise<boolean>
  log: Logger
}

/**
 * Writes the layer version ARN to `ssm-parameter` in this region, only when it changes. Not after a failure in the
 * region (a failed smoke test): infrastructure code that reads the parameter must not pick up a layer that broke a
 * function. Not by a run that a later run superseded either: the pointer keeps naming the later run's version,
 * which is where the functions stay.
 */
export async function updatePointer(
  clients: AwsClients,
  name: string,
  target: LayerVersion,
  outcome: RegionOutcome,
  ctx: PointerContext,
): Promise<RegionOutcome['pointer']> {
  const { log } = ctx
  if (outcome.functions.some((f) => f.status === 'failed')) {
    log.warning(`${outcome.region}: ${name} was left as it was, because of the errors in this region`)
    return { name, value: target.layerVersionArn, written: false }
  }
  const ssm = await clients.ssm()
  const current = await readParameter(ssm, name)
  if (current === target.layerVersionArn) return { name, value: current, written: false }
  const pointed = current === undefined ? undefined : parseLayerArn(current)
  const laterRunsVersion =
    pointed?.unversioned === target.layerArn &&
    pointed.version !== undefined &&
    (await ctx.byLaterRun(pointed.version))
  if (ctx.superseded || laterRunsVersion) {
    log.info(`Left ${name} (${outcome.region}) as it was: a later run moves the functions to its own version`)
    return { name, value: current ?? '', written: false, superseded: true }
  }
  const description = `Current version of Lambda layer ${target.layerArn.split(':').pop()}`
  await writeParameter(ssm, name, target.layerVersionArn, description)
  log.info(`Set ${name} (${outcome.region}) to ${target.layerVersionArn}`)
  return { name, value: target.layerVersionArn, written: true }
}
