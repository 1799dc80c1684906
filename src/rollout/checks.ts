import { missingAliases } from './versions.js'
import { checkLimits } from '../aws/functions.js'
import { parseDescription, uploadProblem } from '../aws/layers.js'
import { formatBytes } from '../core/format.js'
import { MAX_UNZIPPED_BYTES } from '../core/limits.js'
import type { LayerFacts } from '../core/types.js'
import type { Inputs } from '../inputs.js'
import { compatibilityProblems } from './compatibility.js'
import type { RegionLookup } from './outcome.js'

/** The layer as the checks see it: from this run's build, else from the description of the version reused. */
export interface CheckedLayer {
  unzippedSize?: number
  facts?: LayerFacts
  /** The zip this run would upload: set only when it publishes. */
  uploadSize?: number
}

/**
 * Everything that would make the rollout fail, as one message, or undefined when nothing does: the layer's own
 * size, a zip over the direct-upload limit without `s3-bucket`, functions that do not exist or belong to another
 * account, Lambda's limits, and functions that could not load the layer. Apply refuses to publish on it; plan fails
 * the pull request's check with it.
 */
export function rolloutProblems(
  inputs: Inputs,
  lookups: readonly RegionLookup[],
  layer: CheckedLayer,
  { functionsOnly = false } = {},
): string | undefined {
  const sections: string[] = []
  const ownSize = functionsOnly ? undefined : (layer.unzippedSize ?? unzippedSizeOfExisting(lookups))
  if (ownSize !== undefined && ownSize > MAX_UNZIPPED_BYTES) {
    sections.push(
      `The layer is ${formatBytes(ownSize)} unzipped (${ownSize} bytes); Lambda allows 250 MB ` +
        `(${MAX_UNZIPPED_BYTES} bytes) for a function and all its layers, so no function could use it`,
    )
  }
  const upload = layer.uploadSize === undefined ? undefined : uploadProblem(layer.uploadSize, inputs.s3Bucket)
  if (upload) sections.push(upload)
  const missing = lookups.flatMap((r) => r.missingFunctions.map((fn) => `${fn} (${r.region})`))
  if (missing.length > 0)
    sections.push(`Input 'functions': these functions do not exist: ${missing.join(', ')}`)
  const noAlias = lookups.flatMap((r) => missingAliases(r.region, r.functionPlans, r.rolloutReads))
  if (noAlias.length > 0) {
    sections.push(`Input 'aliases': these functions do not have the alias: ${noAlias.join(', ')}`)
  }
  const refused = lookups.flatMap((r) => r.refusedFunctions.map((line) => `${line} (${r.region})`))
  if (refused.length > 0) {
    sections.push(
      `Input 'functions': these ARNs do not name a function of this account:\n${refused.join('\n')}`,
    )
  }

  const limits: string[] = []
  const incompatible: string[] = []
  for (const lookup of functionsOnly ? [] : lookups) {
    const facts = layer.facts ?? (lookup.existing && parseDescription(lookup.existing.description).native)
    const size =
      layer.unzippedSize ?? (lookup.existing && parseDescription(lookup.existing.description).unzippedSize)
    const arn = lookup.existing?.layerVersionArn ?? `${layerArnFor(lookup, inputs)}:0`
    for (const state of lookup.functions) {
      const where = `${state.name} (${lookup.region})`
      for (const problem of checkLimits(state, { arn, unzippedSize: size ?? 0 }, lookup.layerSizes))
        limits.push(`${where}: ${problem}`)
      for (const problem of compatibilityProblems(state, { runtime: inputs.runtime, facts })) {
        incompatible.push(`${where}: ${problem}`)
      }
    }
  }
  if (limits.length > 0) sections.push(`These functions would exceed Lambda limits:\n${limits.join('\n')}`)
  if (incompatible.length > 0) {
    sections.push(`These functions could not load the layer:\n${incompatible.join('\n')}`)
  }
  return sections.length > 0 ? sections.join('\n') : undefined
}

function unzippedSizeOfExisting(lookups: readonly RegionLookup[]): number | undefined {
  for (const lookup of lookups) {
    const size = lookup.existing && parseDescription(lookup.existing.description).unzippedSize
    if (size !== undefined) return size
  }
  return undefined
}

function layerArnFor(lookup: RegionLookup, inputs: Inputs): string {
  if (lookup.latest) return lookup.latest.layerArn
  const fnArn = lookup.functions[0]?.arn
  const account = fnArn?.split(':')[4] ?? '000000000000'
  const partition = fnArn?.split(':')[1] ?? 'aws'
  return `arn:${partition}:lambda:${lookup.region}:${account}:layer:${inputs.layerName}`
}
