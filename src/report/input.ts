import { replaceLayer } from '../aws/functions.js'
import { unzippedSizeOf } from '../aws/layers.js'
import type { Inputs } from '../inputs.js'
import type { FunctionInput, ReportInput } from './model.js'
import type { PackageSize } from '../core/types.js'
import type { FunctionOutcome, PipelineResult, RegionOutcome } from '../rollout/outcome.js'
import { runtimeNotice } from '../core/runtimes.js'

export interface RunContext {
  eventName: string
  commitSha?: string
  repository?: string
  serverUrl?: string
  runUrl?: string
  publishedPackages?: PackageSize[]
  /** The date the runtime radar measures from. */
  today?: Date
}

/** What the pipeline found and did, in the shape the report is computed from. */
export function toReportInput(inputs: Inputs, result: PipelineResult, ctx: RunContext): ReportInput {
  const zip = result.artifact?.zip
  const version = result.version
  const ourUnzippedSize = zip?.unzippedSize ?? unzippedSizeOf(version?.description)
  const functions: FunctionInput[] = result.regions.flatMap((region) => [
    ...region.functions.map((fn): FunctionInput => {
      const layers = fn.state?.layers ?? []
      // After an update the function carries the new version; report the layers it has now.
      const after =
        fn.status === 'updated' && region.version
          ? replaceLayer(
              layers.map((l) => l.arn),
              region.version.layerVersionArn,
            ).map((arn) => layers.find((l) => l.arn === arn) ?? { arn, codeSize: region.version!.codeSize })
          : layers
      return {
        name: fn.name,
        region: fn.region,
        codeSize: fn.state?.codeSize,
        layers: after.map((l) => ({
          arn: l.arn,
          codeSize: l.codeSize,
          unzippedSize:
            version && l.arn === version.layerVersionArn ? ourUnzippedSize : region.layerSizes?.get(l.arn),
        })),
        status: fn.status,
        error: fn.error,
        rollout: fn.rollout,
        notes: functionNotes(fn, ctx.today ?? new Date()),
      }
    }),
    ...(region.missingFunctions ?? []).map((name): FunctionInput => ({
      name,
      region: region.region,
      layers: [],
      status: 'missing',
    })),
  ])
  const previous = result.previousVersion
  return {
    layerName: inputs.layerName,
    runtime: inputs.runtime.id,
    architectures: inputs.architectures,
    mode: inputs.mode,
    eventName: ctx.eventName,
    plan: result.plan,
    published: result.published,
    cacheHit: result.cacheHit,
    fingerprint: result.fingerprint,
    zip: zip ? { zipSize: zip.zipSize, unzippedSize: zip.unzippedSize } : undefined,
    current: version
      ? { version: version.version, arn: version.layerVersionArn, zipSize: version.codeSize }
      : undefined,
    previous: previous
      ? {
          version: previous.version,
          zipSize: previous.codeSize || undefined,
          unzippedSize: unzippedSizeOf(previous.description),
        }
      : undefined,
    regions: result.regions.map((r) => ({
      region: r.region,
      plan: r.planned ?? (r.published ? 'publish' : result.plan === 'unknown' ? 'unknown' : 'reuse'),
      published: r.published,
      version: r.version?.version,
      arn: r.version?.layerVersionArn,
      error: r.error,
      notes: regionNotes(r),
    })),
    functions,
    packages: result.artifact?.packages,
    publishedPackages: ctx.publishedPackages,
    commitSha: ctx.commitSha,
    runUrl: ctx.runUrl,
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    warnings: result.warnings,
    failure: result.failure,
  }
}

function functionNotes(fn: FunctionOutcome, today: Date): string[] | undefined {
  const notes: string[] = []
  if (fn.stack)
    notes.push(`managed by stack ${fn.stack}: its next deploy puts its own layers back (see ssm-parameter)`)
  const notice = fn.state?.runtime ? runtimeNotice(fn.state.runtime, today) : undefined
  if (notice) notes.push(notice.text)
  return notes.length > 0 ? notes : undefined
}

function regionNotes(region: RegionOutcome): string[] {
  const notes: string[] = []
  const granted = region.sharing?.granted ?? []
  if (granted.length > 0) notes.push(`shared with ${granted.join(', ')}`)
  if (region.duplicate) {
    notes.push(
      region.duplicate.deleted
        ? `deleted v${region.duplicate.version}, a concurrent run's duplicate`
        : `kept duplicate v${region.duplicate.version} (in use by ${region.duplicate.usedBy?.join(', ')})`,
    )
  }
  const pruning = region.pruning
  if (pruning?.deleted.length)
    notes.push(`deleted old versions ${pruning.deleted.map((v) => `v${v}`).join(', ')}`)
  for (const kept of pruning?.keptInUse ?? [])
    notes.push(`kept v${kept.version} (in use by ${kept.usedBy.join(', ')})`)
  if (pruning?.error) notes.push(`no versions deleted: ${pruning.error}`)
  if (region.pointer?.written)
    notes.push(`${region.pointer.name} set to v${region.pointer.value.split(':').pop()}`)
  if (region.pointer?.superseded) notes.push(`${region.pointer.name} left for a later run's version`)
  if (region.leftOnNewerVersion?.length)
    notes.push(`left on a newer version: ${region.leftOnNewerVersion.join(', ')}`)
  return notes
}
