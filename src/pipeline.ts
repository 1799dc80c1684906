import path from 'node:path'
import { obtainArtifact, readCachedPackages } from './builders/artifact.js'
import { builderName, builderSettings, LAYOUT_VERSION } from './builders/build.js'
import type { LayerCache } from './package/cache.js'
import { errorMessage, UserError } from './core/errors.js'
import type { RunCommand } from './core/exec.js'
import { computeFingerprint } from './fingerprint/digest.js'
import type { Inputs } from './inputs.js'
import { lookUpRegions, plannedOutcome } from './rollout/plan.js'
import type { AwsAccess } from './aws/access.js'
import { fingerprintOf, parseDescription } from './aws/layers.js'
import type { LayerArtifact, LayerVersion } from './core/types.js'
import type { Logger } from './core/logger.js'
import type { PipelineResult } from './rollout/outcome.js'
import { PipelineFailure } from './rollout/outcome.js'
import { autoDetectLockfiles, resolveLockfiles } from './fingerprint/lockfiles.js'
import { applyToRegions } from './rollout/apply.js'

export interface PipelineDeps {
  run: RunCommand
  cache: LayerCache
  log: Logger
  /** undefined when AWS cannot be asked (no credentials in plan mode). */
  aws?: AwsAccess
  env: NodeJS.ProcessEnv
  /** A folder for this run's build output and zips. */
  workDirectory: string
  commit?: string
}

export async function runPipeline(inputs: Inputs, deps: PipelineDeps): Promise<PipelineResult> {
  // Work that only reads what is finished (saving the zip to the cache) overlaps with what follows (publishing).
  const background: Promise<void>[] = []
  try {
    return await runStages(inputs, deps, (work) => background.push(work))
  } finally {
    await Promise.all(background)
  }
}

async function runStages(
  inputs: Inputs,
  deps: PipelineDeps,
  background: (work: Promise<void>) => void,
): Promise<PipelineResult> {
  const { log } = deps
  const warnings: string[] = []
  const warn = (line: string) => {
    warnings.push(line)
    log.warning(line)
  }

  const builder = builderName(inputs)
  const buildRequest = {
    runtime: inputs.runtime,
    architectures: inputs.architectures,
    workingDirectory: inputs.workingDirectory,
    buildCommand: inputs.buildCommand,
    layerDirectory: inputs.layerDirectory,
    run: deps.run,
    log: log.info,
  }
  const lockfiles = await resolveLockfiles(
    inputs.workingDirectory,
    inputs.lockfiles,
    autoDetectLockfiles(inputs.runtime.family),
    inputs.runtime.id,
  )
  const fingerprint = await computeFingerprint({
    lockfiles,
    runtime: inputs.runtime,
    architectures: inputs.architectures,
    builder,
    builderSettings: builderSettings({ ...buildRequest, lockfiles: lockfiles.map((l) => l.absolutePath) }),
    layoutVersion: LAYOUT_VERSION,
  })
  log.info(`Fingerprint ${fingerprint} (${lockfiles.map((l) => l.relativePath).join(', ')})`)

  let lookups = undefined
  if (deps.aws) {
    try {
      lookups = await log.group('Looking up the layer in AWS', () =>
        lookUpRegions(deps.aws!, inputs, fingerprint),
      )
    } catch (err) {
      if (inputs.mode === 'apply') throw isMissingCredentials(err) ? noCredentials() : err
      warn(`Could not ask AWS, so the plan is unknown: ${errorMessage(err)}`)
    }
  } else if (inputs.mode === 'plan') {
    warn('No AWS credentials: the plan is unknown (the layer was built, nothing in AWS was read)')
  } else {
    throw noCredentials()
  }

  const missing = lookups?.flatMap((r) => r.missingFunctions.map((fn) => `${fn} (${r.region})`)) ?? []
  if (missing.length > 0) {
    const message = `Input 'functions': these functions do not exist: ${missing.join(', ')}`
    if (inputs.mode === 'apply') throw new UserError(`${message}. Nothing was published.`)
    warn(message)
  }

  const everyRegionHasIt = lookups !== undefined && lookups.every((r) => r.existing !== undefined)
  let artifact: LayerArtifact | undefined
  if (inputs.force || !everyRegionHasIt) {
    artifact = await log.group('Building the layer', () =>
      obtainArtifact({
        layerName: inputs.layerName,
        fingerprint,
        workDirectory: deps.workDirectory,
        build: { ...buildRequest, lockfiles: lockfiles.map((l) => l.absolutePath) },
        cache: deps.cache,
        rebuild: inputs.force,
        log: log.info,
        background,
      }),
    )
  }

  const first = lookups?.[0]
  const previousFingerprint = fingerprintOf(first?.latest?.description)
  const publishedPackages =
    artifact && previousFingerprint && previousFingerprint !== fingerprint
      ? await readCachedPackages(deps.cache, inputs.layerName, previousFingerprint, deps.workDirectory)
      : undefined
  if (!lookups) {
    return {
      fingerprint,
      plan: 'unknown',
      published: false,
      cacheHit: artifact?.cacheHit ?? true,
      artifact,
      regions: [],
      warnings,
    }
  }

  if (inputs.mode === 'plan') {
    const publishNeeded = lookups.some((r) => needsPublish(r.existing, artifact, inputs.force))
    return {
      fingerprint,
      plan: publishNeeded ? 'publish' : 'reuse',
      published: false,
      cacheHit: artifact?.cacheHit ?? true,
      artifact,
      version: first?.existing,
      previousVersion: first?.latest,
      publishedPackages,
      regions: lookups.map(plannedOutcome),
      warnings,
    }
  }

  const outcomes = await applyToRegions(deps.aws!, inputs, lookups, {
    fingerprint,
    artifact,
    commit: deps.commit,
    needsPublish: (existing) => needsPublish(existing, artifact, inputs.force),
    log,
  })
  const failed = outcomes.filter((o) => o.error)
  const published = outcomes.some((o) => o.published)
  const result: PipelineResult = {
    fingerprint,
    plan: published ? 'publish' : 'reuse',
    published,
    cacheHit: artifact?.cacheHit ?? true,
    artifact,
    version: outcomes[0]?.version,
    previousVersion: first?.latest,
    publishedPackages,
    regions: outcomes,
    warnings,
  }
  if (failed.length > 0) {
    throw new PipelineFailure(result, failed.map((o) => `${o.region}: ${o.error}`).join('\n'))
  }
  return result
}

function noCredentials(): UserError {
  return new UserError(
    "No AWS credentials were found, and mode 'apply' needs them: configure them in an earlier step " +
      "(aws-actions/configure-aws-credentials), or set 'mode: plan' to build and report without AWS",
  )
}

/** The SDK's default credential chain found nothing (no env keys, OIDC, profile or instance role). */
function isMissingCredentials(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (e.name === 'CredentialsProviderError') return true
  return false
}

/**
 * A version with this fingerprint is reused unless a forced rebuild produced different contents. Contents are
 * compared by digest where the version carries one, so a zip compressed by another zlib is not a change.
 */
function needsPublish(
  existing: LayerVersion | undefined,
  artifact: LayerArtifact | undefined,
  force: boolean,
): boolean {
  if (!existing) return true
  if (!force || !artifact) return false
  const publishedContent = parseDescription(existing.description).contentDigest
  if (publishedContent && artifact.zip.contentDigest) return publishedContent !== artifact.zip.contentDigest
  return artifact.zip.codeSha256 !== existing.codeSha256
}

export function defaultWorkDirectory(env: NodeJS.ProcessEnv, tmp: string): string {
  return path.join(env.RUNNER_TEMP || tmp, 'layer-action')
}
