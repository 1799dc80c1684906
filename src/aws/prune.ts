import { DeleteLayerVersionCommand, type LambdaClient } from '@aws-sdk/client-lambda'
import { errorMessage } from '../core/errors.js'
import { isNotFound } from './retry.js'

export interface KeptInUse {
  version: number
  /** `orders` ($LATEST) or `orders:3` (a published function version, which aliases point at). */
  usedBy: string[]
}

export interface PrunePlan {
  remove: number[]
  keptInUse: KeptInUse[]
}

export interface PruneOutcome {
  deleted: number[]
  keptInUse: KeptInUse[]
  /** Versions that could not be deleted, with the reason. */
  failed: { version: number; error: string }[]
  /** Set when nothing was deleted because the versions or their users could not be read. */
  error?: string
}

/**
 * Which versions to delete to keep the newest `keep`: never one in `protect` (the version this run settled on)
 * and never one that a function or published function version uses.
 */
export function planPrune(
  versions: readonly number[],
  keep: number,
  protect: readonly number[],
  usersByVersion: ReadonlyMap<number, string[]>,
): PrunePlan {
  const older = [...new Set(versions)].sort((a, b) => b - a).slice(keep)
  const plan: PrunePlan = { remove: [], keptInUse: [] }
  for (const version of older.sort((a, b) => a - b)) {
    if (protect.includes(version)) continue
    const usedBy = usersByVersion.get(version) ?? []
    if (usedBy.length > 0) plan.keptInUse.push({ version, usedBy })
    else plan.remove.push(version)
  }
  return plan
}

/** Deletes the versions one by one; one that is already gone counts as deleted. */
export async function deleteLayerVersions(
  lambda: LambdaClient,
  layerName: string,
  versions: readonly number[],
): Promise<Pick<PruneOutcome, 'deleted' | 'failed'>> {
  const outcome: Pick<PruneOutcome, 'deleted' | 'failed'> = { deleted: [], failed: [] }
  for (const version of versions) {
    try {
      await lambda.send(new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: version }))
      outcome.deleted.push(version)
    } catch (err) {
      if (isNotFound(err)) outcome.deleted.push(version)
      else outcome.failed.push({ version, error: errorMessage(err) })
    }
  }
  return outcome
}
