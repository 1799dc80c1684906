import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAwsAccess } from './aws/access.js'
import { hasAwsCredentials } from './aws/clients.js'
import { unzippedSizeOf } from './aws/layers.js'
import { createLayerCache } from './package/cache.js'
import { errorMessage } from './core/errors.js'
import { runCommand } from './core/exec.js'
import { readInputs, type InputName, type Inputs } from './inputs.js'
import { defaultWorkDirectory, runPipeline } from './pipeline.js'
import { GitHubClient } from './report/github.js'
import { toReportInput } from './report/input.js'
import { buildReport } from './report/model.js'
import {
  readGitHubContext,
  writeReport,
  type SummaryWriter,
  type WriteReportResult,
} from './report/publish.js'
import type { Logger } from './core/logger.js'
import type { PipelineResult } from './rollout/outcome.js'
import { PipelineFailure } from './rollout/outcome.js'

/** What the action needs from its host: GitHub Actions (main.ts) or a terminal (cli.ts). */
export interface ActionHost {
  getInput(name: InputName): string
  setOutput(name: string, value: string): void
  setSecret(value: string): void
  log: Logger
  env: NodeJS.ProcessEnv
  baseDirectory: string
  /** The job summary; absent outside Actions. */
  summary?: SummaryWriter
}

export interface ActionRun {
  inputs: Inputs
  result: PipelineResult
  report: WriteReportResult
}

/** Reads the inputs, runs the pipeline, sets the outputs and writes the report. Throws on failure. */
export async function executeAction(host: ActionHost): Promise<ActionRun> {
  const token = host.getInput('github-token')
  if (token) host.setSecret(token)
  const inputs = readInputs({
    get: (name) => host.getInput(name),
    env: host.env,
    baseDirectory: host.baseDirectory,
  })
  const workDirectory = defaultWorkDirectory(host.env, tmpdir())

  const aws = inputs.mode === 'apply' || hasAwsCredentials(host.env) ? createAwsAccess() : undefined
  let result: PipelineResult
  let failure: unknown
  try {
    result = await runPipeline(inputs, {
      run: runCommand,
      cache: createLayerCache(host.env, host.log.warning),
      log: host.log,
      aws,
      env: host.env,
      workDirectory,
      commit: host.env.GITHUB_SHA,
    })
  } catch (err) {
    if (!(err instanceof PipelineFailure)) {
      // A plan that fails before it is complete still replaces the pull request's comment, which would otherwise
      // keep showing the previous run's plan beside a failed check. No outputs: nothing was planned.
      if (inputs.mode === 'plan') {
        await publishReport(host, inputs, failedPlan(err), workDirectory, token).catch((reportErr: unknown) =>
          host.log.warning(`Could not write the report: ${errorMessage(reportErr)}`),
        )
      }
      throw err
    }
    result = err.result
    failure = err
  }

  setOutputs(host, inputs, result)
  const report = await publishReport(host, inputs, result, workDirectory, token)
  if (failure) throw failure
  return { inputs, result, report }
}

function failedPlan(err: unknown): PipelineResult {
  return {
    fingerprint: '',
    plan: 'unknown',
    published: false,
    cacheHit: false,
    regions: [],
    warnings: [],
    failure: errorMessage(err),
  }
}

async function publishReport(
  host: ActionHost,
  inputs: Inputs,
  result: PipelineResult,
  workDirectory: string,
  token: string,
): Promise<WriteReportResult> {
  const { env } = host
  const context = await readGitHubContext(env)
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const report = buildReport(
    toReportInput(inputs, result, {
      eventName: context.eventName,
      commitSha: env.GITHUB_SHA,
      repository: env.GITHUB_REPOSITORY,
      serverUrl,
      runUrl:
        env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
          ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
          : undefined,
      publishedPackages: result.publishedPackages,
    }),
  )
  const written = await writeReport(report, {
    summary: host.summary,
    github: token ? GitHubClient.fromEnv(token, env) : undefined,
    context,
    comment: inputs.comment,
    outDir: path.join(workDirectory, 'report', inputs.layerName),
    warn: host.log.warning,
    info: host.log.info,
    regions: inputs.regions,
  })
  host.setOutput('report-path', written.reportPath)
  host.setOutput('report-json-path', written.reportJsonPath)
  return written
}

/** Function → the version this run published for it; `region/function` keys when the run spans regions. */
function functionVersions(result: PipelineResult): Record<string, string> {
  const multiRegion = result.regions.length > 1
  return Object.fromEntries(
    result.regions.flatMap((r) =>
      r.functions.flatMap((f) =>
        f.status === 'updated' && f.rollout?.version
          ? [[multiRegion ? `${r.region}/${f.name}` : f.name, f.rollout.version]]
          : [],
      ),
    ),
  )
}

function setOutputs(host: ActionHost, inputs: Inputs, result: PipelineResult): void {
  const version = result.version
  const updated = result.regions.flatMap((r) =>
    r.functions.filter((f) => f.status === 'updated').map((f) => f.name),
  )
  const outputs: Record<string, string> = {
    fingerprint: result.fingerprint,
    published: String(result.published),
    'cache-hit': String(result.cacheHit),
    'layer-arn': version?.layerArn ?? result.previousVersion?.layerArn ?? '',
    'layer-version-arn': version?.layerVersionArn ?? '',
    'layer-version': version ? String(version.version) : '',
    'zip-size': String(result.artifact?.zip.zipSize ?? version?.codeSize ?? ''),
    'unzipped-size': String(result.artifact?.zip.unzippedSize ?? unzippedSizeOf(version?.description) ?? ''),
    'updated-functions': JSON.stringify([...new Set(updated)]),
    'zip-path': result.artifact?.zip.path ?? '',
    plan: result.plan,
    'layer-version-arns': JSON.stringify(
      Object.fromEntries(
        result.regions.flatMap((r) => (r.version ? [[r.region, r.version.layerVersionArn]] : [])),
      ),
    ),
  }
  outputs['function-versions'] = JSON.stringify(functionVersions(result))
  for (const [name, value] of Object.entries(outputs)) host.setOutput(name, value)
}
