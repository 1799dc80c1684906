import type { AwsClients } from '../aws/clients.js'
import { type FunctionState } from '../aws/functions.js'
import { type SharingOutcome } from '../aws/permissions.js'
import { type PruneOutcome } from '../aws/prune.js'
import { UserError } from '../core/errors.js'
import type { FunctionStatus, LayerArtifact, LayerVersion, PackageSize, Plan } from '../core/types.js'

export interface FunctionOutcome {
  name: string
  region: string
  status: FunctionStatus
  error?: string
  /** The configuration as read before this run changed it. */
  state?: FunctionState
  /** Found by `update-layer-users` (it uses this layer) rather than named in `functions`. */
  discovered?: boolean
  /** Versions, aliases and the smoke test (see rollout/versions.ts). */
  rollout?: FunctionRollout
  /** The CloudFormation stack that manages the function (its next deploy puts its own layer list back). */
  stack?: string
  /** The runtime radar's note on the function's runtime. */
  runtimeNotice?: string
}

export interface FunctionRollout {
  /** The function version this run published (apply), or `new` for one it would publish (plan). */
  version?: string
  /** Aliases moved (apply) or to move (plan), from the version they pointed at. */
  aliases: { name: string; from: string; to?: string }[]
  /** Aliases left on $LATEST: they serve the new layer from there. */
  onLatest?: string[]
  smokeTest?: { passed: boolean; target: string; error?: string }
  /** After a failed smoke test, $LATEST got its previous layer list back. */
  putBack?: boolean
}

/** What the read phase learned about a function's aliases and tags. */
export interface RolloutRead {
  /** Each alias in `aliases` that exists, with the layers of the version it points at. */
  aliases: { name: string; version: string; layers: string[] }[]
  missingAliases: string[]
  stack?: string
}

export interface RegionOutcome {
  region: string
  version?: LayerVersion
  published: boolean
  /** Whether the region publishes (or, in plan mode, would publish on merge) or reuses the version found. */
  planned?: 'publish' | 'reuse'
  /** Unzipped sizes of the functions' other layers, where their descriptions say (see RegionLookup). */
  layerSizes?: ReadonlyMap<string, number>
  functions: FunctionOutcome[]
  /** Listed in `functions` but not found in this region (plan mode reports them; apply refuses to start). */
  missingFunctions?: string[]
  /** Functions `update-layer-users` left alone because they use a newer version than this run's (`name (version N)`). */
  leftOnNewerVersion?: string[]
  /** What `share-with` did to the version. */
  sharing?: SharingOutcome
  /** This run published a twin of a version a concurrent run had published first, and settled on that one. */
  duplicate?: { version: number; deleted: boolean; usedBy?: string[] }
  /** What `keep-versions` deleted and kept. */
  pruning?: PruneOutcome
  /** What `ssm-parameter` did; `superseded`: left on a later run's version. */
  pointer?: { name: string; value: string; written: boolean; superseded?: boolean }
  error?: string
}

export interface RegionLookup {
  region: string
  clients: AwsClients
  /** The version carrying this fingerprint (the first of its twins, see canonicalVersion). */
  existing?: LayerVersion
  /** The newest version of the layer, whatever its fingerprint. */
  latest?: LayerVersion
  /** Every version of the layer, newest first. */
  versions: LayerVersion[]
  /** Named in `functions`, then those found by `update-layer-users`. */
  functions: FunctionState[]
  missingFunctions: string[]
  /** Named by an ARN of another account or partition than the credentials', with the reason: never written to. */
  refusedFunctions: string[]
  /** Names of the functions found by `update-layer-users`. */
  discovered: string[]
  leftOnNewerVersion: string[]
  /** What apply would do to each function, against `existing`. */
  functionPlans: FunctionOutcome[]
  /** Aliases and stack tags by function name (see rollout/versions.ts). */
  rolloutReads?: Map<string, RolloutRead>
  /** Unzipped sizes of the other layers of functions that would move, where their descriptions say. */
  layerSizes?: ReadonlyMap<string, number>
}

export interface PipelineResult {
  fingerprint: string
  plan: Plan
  published: boolean
  cacheHit: boolean
  artifact?: LayerArtifact
  /** The version carrying this fingerprint in the first region (after publishing, in apply mode). */
  version?: LayerVersion
  /** The newest version before this run, in the first region. */
  previousVersion?: LayerVersion
  regions: RegionOutcome[]
  /** Packages of previousVersion, when a run saved its manifest: the report diffs against them. */
  publishedPackages?: PackageSize[]
  warnings: string[]
  /** The error that ended a plan before it was complete (a failed build, say): the report says so. */
  failure?: string
}

/** A run that did part of its work: the outputs and report still describe what happened. */
export class PipelineFailure extends UserError {
  constructor(
    readonly result: PipelineResult,
    message: string,
  ) {
    super(message)
  }
}
