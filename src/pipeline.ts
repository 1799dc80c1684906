import path from 'node:path'
import { obtainArtifact, readCachedPackages } from './builders/artifact.js'
import {
  builderInstaller,
  builderName,
  builderSettings,
  LAYOUT_VERSION,
  prepareBuild,
} from './builders/build.js'
import type { BuilderName, BuildRequest, BuildTools } from './builders/types.js'
import type { LayerCache } from './package/cache.js'
import { errorMessage, UserError } from './core/errors.js'
import type { RunCommand } from './core/exec.js'
import { computeFingerprint } from './fingerprint/digest.js'
import type { Inputs } from './inputs.js'
import { lookUpRegions, plannedOutcome } from './rollout/plan.js'
import type { AwsAccess } from './aws/access.js'
import { fingerprintOf, parseDescription, uploadProblem } from './aws/layers.js'
import type { LayerArtifact, LayerVersion } from './core/types.js'
import type { Logger } from './core/logger.js'
import type { PipelineResult, RegionLookup } from './rollout/outcome.js'
import { PipelineFailure } from './rollout/outcome.js'
import { autoDetectLockfiles, resolveLockfiles } from './fingerprint/lockfiles.js'
import { coveredFiles } from './fingerprint/covered.js'
import { applyToRegions } from './rollout/apply.js'
import { rolloutProblems } from './rollout/checks.js'
import { runOf } from './rollout/convergence.js'
import { rolloutWarnings } from './rollout/radar.js'

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
  /** The date the runtime radar measures from (tests pin it). */
  today?: Date
}

export async function runPipeline(inputs: Inputs, deps: PipelineDeps): Promise<PipelineResult> {
  // Work that only reads what is finished (saving the zip to the cache) overlaps with what follows (publishing).
  const background: Promise<void>[] = []
  // Tools fetched ahead of the build (uv) are dropped when the run needs no build.
  const ahead = new AbortController()
  try {
    return await runStages(inputs, deps, (work) => background.push(work), ahead)
  } finally {
    ahead.abort()
    await Promise.all(background)
  }
}

async function runStages(
  inputs: Inputs,
  deps: PipelineDeps,
  background: (work: Promise<void>) => void,
  ahead: AbortController,
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
    buildFromSource: inputs.buildFromSource,
    env: deps.env,
    run: deps.run,
    log: log.info,
    warn,
  }
  // Started first: a download of uv then overlaps the fingerprint and the AWS lookup.
  const tools = prepareBuild(buildRequest, ahead.signal)
  const fingerprinting = layerFingerprint(inputs, buildRequest, tools, builder)
  // The AWS reads need no fingerprint until they are done: they start now, and the fingerprint's file reads (and
  // uv's version probe) overlap their round trips.
  const run = runOf(deps.env)
  const fingerprinted = fingerprinting.then((f) => f.fingerprint)
  // Without a region (allowed in plan mode) AWS cannot be asked: the plan is unknown and the layer is built.
  const looking =
    deps.aws && inputs.regions.length > 0 ? lookUpRegions(deps.aws, inputs, fingerprinted, run) : undefined
  // A failed fingerprint is the run's one error (thrown below); the reads that may have failed meanwhile, and
  // their wait for it, are not reported as unhandled.
  fingerprinted.catch(() => undefined)
  looking?.catch(() => undefined)
  const { fingerprint, lockfiles, shown } = await fingerprinting
  log.info(`Fingerprint ${fingerprint} (${shown.join(', ')})`)

  let lookups: RegionLookup[] | undefined
  if (looking) {
    try {
      lookups = await log.group('Looking up the layer in AWS', () => looking)
    } catch (err) {
      if (inputs.mode === 'apply') throw isMissingCredentials(err) ? noCredentials() : err
      warn(`Could not ask AWS, so the plan is unknown: ${errorMessage(err)}`)
    }
  } else if (inputs.mode === 'plan') {
    const missing = deps.aws ? "No region (set the 'regions' input or AWS_REGION)" : 'No AWS credentials'
    warn(`${missing}: the plan is unknown (the layer was built, nothing in AWS was read)`)
  } else {
    throw noCredentials()
  }

  // Functions that do not exist or belong to another account stop an apply before anything is built.
  const unnamed = lookups && rolloutProblems(inputs, lookups, {}, { functionsOnly: true })
  if (unnamed && inputs.mode === 'apply') throw new UserError(`${unnamed}\nNothing was published.`)
  for (const line of rolloutWarnings(lookups ?? [], inputs.runtime, deps.today ?? new Date())) warn(line)

  const everyRegionHasIt = lookups !== undefined && lookups.every((r) => r.existing !== undefined)
  let artifact: LayerArtifact | undefined
  if (!inputs.force && everyRegionHasIt) ahead.abort()
  if (inputs.force || !everyRegionHasIt) {
    artifact = await log.group('Building the layer', () =>
      obtainArtifact({
        layerName: inputs.layerName,
        fingerprint,
        workDirectory: deps.workDirectory,
        build: { ...buildRequest, lockfiles: lockfiles.map((l) => l.absolutePath), tools },
        cache: deps.cache,
        rebuild: inputs.force,
        expectedContent: lookups?.map((r) => contentOf(r.existing)).find(Boolean),
        log: log.info,
        background,
      }),
    )
  }
  if (lookups && artifact) lookups = reuseSameContents(lookups, artifact, inputs, log)

  const first = lookups?.[0]
  const previousFingerprint = fingerprintOf(first?.latest?.description)
  const publishedPackages =
    artifact && previousFingerprint && previousFingerprint !== fingerprint
      ? await readCachedPackages(deps.cache, inputs.layerName, previousFingerprint, deps.workDirectory)
      : undefined
  const publishNeeded = lookups?.some((r) => needsPublish(r.existing, artifact, inputs.force))
  const problems = rolloutProblems(inputs, lookups ?? [], {
    unzippedSize: artifact?.zip.unzippedSize,
    facts: artifact?.facts,
    uploadSize: publishNeeded ? artifact?.zip.zipSize : undefined,
  })
  // Without the lookup it is unknown whether the push publishes; if it does, this is what stops it.
  const upload = !lookups && artifact && uploadProblem(artifact.zip.zipSize, inputs.s3Bucket)
  if (upload) warn(`If the push has to publish this layer, it will fail: ${upload}`)
  if (problems && inputs.mode === 'apply') throw new UserError(`${problems}\nNothing was published.`)
  // A pull request's check fails for whatever would make the push fail, after the report is written.
  const planFailure = (result: PipelineResult) => {
    if (!problems) return result
    for (const line of problems.split('\n')) warn(line)
    throw new PipelineFailure(result, problems)
  }

  if (!lookups) {
    return planFailure({
      fingerprint,
      plan: 'unknown',
      published: false,
      cacheHit: artifact?.cacheHit ?? true,
      artifact,
      regions: [],
      warnings,
    })
  }

  if (inputs.mode === 'plan') {
    return planFailure({
      fingerprint,
      plan: publishNeeded ? 'publish' : 'reuse',
      published: false,
      cacheHit: artifact?.cacheHit ?? true,
      artifact,
      version: first?.existing,
      previousVersion: first?.latest,
      publishedPackages,
      regions: lookups.map((r) =>
        plannedOutcome(r, needsPublish(r.existing, artifact, inputs.force) ? 'publish' : 'reuse'),
      ),
      warnings,
    })
  }

  const outcomes = await applyToRegions(deps.aws!, inputs, lookups, {
    fingerprint,
    artifact,
    commit: deps.commit,
    run,
    needsPublish: (existing) => needsPublish(existing, artifact, inputs.force),
    log,
  })
  const failed = outcomes.filter((o) => o.error)
  const published = outcomes.some((o) => o.published)
  const result: PipelineResult = {
    fingerprint,
    plan: published || outcomes.some((o) => o.planned === 'publish') ? 'publish' : 'reuse',
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

/** The fingerprint of what defines the layer, the lockfiles it came from, and what the log names as its inputs. */
async function layerFingerprint(
  inputs: Inputs,
  buildRequest: Omit<BuildRequest, 'lockfiles' | 'outputDirectory'>,
  tools: BuildTools,
  builder: BuilderName,
) {
  const lockfiles = await resolveLockfiles(
    inputs.workingDirectory,
    inputs.lockfiles,
    autoDetectLockfiles(inputs.runtime.family),
    inputs.runtime.id,
  )
  const covered = await coveredFiles({
    workingDirectory: inputs.workingDirectory,
    family: inputs.runtime.family,
    lockfiles,
    buildCommand: inputs.buildCommand,
    env: buildRequest.env ?? process.env,
  })
  const installer = await builderInstaller({ ...buildRequest, tools })
  const fingerprint = await computeFingerprint({
    lockfiles: covered,
    runtime: inputs.runtime,
    architectures: inputs.architectures,
    builder,
    builderSettings: {
      ...builderSettings({ ...buildRequest, lockfiles: lockfiles.map((l) => l.absolutePath) }),
      installer,
    },
    layoutVersion: LAYOUT_VERSION,
  })
  const files = covered.map((l) => (l.kind === 'folder' ? `${l.relativePath}/` : l.relativePath))
  return { fingerprint, lockfiles, shown: [...files, ...(installer ? [installer] : [])] }
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

function contentOf(version: LayerVersion | undefined): string | undefined {
  return version && parseDescription(version.description).contentDigest
}

/**
 * The backstop for a fingerprint that changed while the contents did not: a region whose newest version holds
 * exactly what was built (same content digest, runtime and architectures) reuses that version instead of
 * publishing a copy and moving every function onto it.
 */
function reuseSameContents(
  lookups: RegionLookup[],
  artifact: LayerArtifact,
  inputs: Inputs,
  log: Logger,
): RegionLookup[] {
  const built = artifact.zip.contentDigest
  if (!built) return lookups
  return lookups.map((lookup) => {
    const latest = lookup.latest
    if (lookup.existing || !latest || contentOf(latest) !== built) return lookup
    const sameTarget =
      latest.compatibleRuntimes.includes(inputs.runtime.id) &&
      [...latest.compatibleArchitectures].sort().join() === [...inputs.architectures].sort().join()
    if (!sameTarget) return lookup
    log.info(
      `${lookup.region}: version ${latest.version} already holds exactly these contents; reusing it instead of ` +
        `publishing a copy`,
    )
    return {
      ...lookup,
      existing: latest,
      functionPlans: lookup.functionPlans.map((plan) => ({
        ...plan,
        status: plan.state?.layers.some((l) => l.arn === latest.layerVersionArn) ? 'current' : 'would-update',
      })),
    }
  })
}

export function defaultWorkDirectory(env: NodeJS.ProcessEnv, tmp: string): string {
  return path.join(env.RUNNER_TEMP || tmp, 'layer-action')
}
