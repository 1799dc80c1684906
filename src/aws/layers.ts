import { readFile } from 'node:fs/promises'
import {
  DeleteLayerVersionCommand,
  GetLayerVersionCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  type GetLayerVersionResponse,
  type PublishLayerVersionCommandInput,
  type LambdaClient,
  type LayerVersionContentInput,
  type LayerVersionsListItem,
  type Runtime as LambdaRuntime,
} from '@aws-sdk/client-lambda'
import { parseLayerArn } from '../core/arn.js'
import { mapWithConcurrency } from '../core/concurrency.js'
import { UserError } from '../core/errors.js'
import type { LayerFacts, LayerVersion, LayerZip } from '../core/types.js'
import { decodeFacts, encodeFacts } from '../package/layer-facts.js'
import { isCompatibleRuntimeListable, type Architecture, type Runtime } from '../core/runtimes.js'
import type { AwsClients } from './clients.js'
import { backoffDelay, httpStatusOf, isNotFound, isThrottling, sleep } from './retry.js'
import { DESCRIPTION_LIMIT, DIRECT_UPLOAD_LIMIT } from '../core/limits.js'
import { formatBytes } from '../core/format.js'

/** Largest zip PublishLayerVersion takes inline (`ZipFile`); above it the zip must come from S3. */

/** What layer-action writes into a version's description (versions are immutable, so it stays true). */
export interface VersionFacts {
  fingerprint: string
  /** Base64 sha256 of the zip, as Lambda reports CodeSha256. */
  codeSha256?: string
  /** LayerZip.contentDigest: what the zip holds, however it was compressed. */
  contentDigest?: string
  zipSize?: number
  unzippedSize?: number
  /** The workflow run that published it (`<run id>-<attempt>`), which orders concurrent runs. */
  run?: string
  /** What decides which functions can load it (see LayerFacts). */
  native?: LayerFacts
  commit?: string
}

const FIELDS = {
  fingerprint: /^[0-9a-f]{16,128}$/,
  sha256: /^[A-Za-z0-9+/]{43}=$/,
  content: /^[A-Za-z0-9_-]{22}$/,
  size: /^\d+$/,
  unzipped: /^\d+$/,
  run: /^\d{1,20}-\d{1,6}$/,
}

/**
 * `layer-action fingerprint:<hex> sha256:<base64> content:<digest> size:<bytes> unzipped:<bytes> commit:<sha>`, at most 256
 * characters (the commit goes first if it would not fit). ListLayerVersions returns descriptions but not
 * CodeSha256 or sizes, so carrying them here saves a GetLayerVersion per version.
 */
export function describeVersion(facts: VersionFacts): string {
  if (!FIELDS.fingerprint.test(facts.fingerprint))
    throw new Error(`Not a hex fingerprint: ${facts.fingerprint}`)
  const parts = ['layer-action', `fingerprint:${facts.fingerprint}`]
  if (facts.codeSha256) parts.push(`sha256:${facts.codeSha256}`)
  if (facts.contentDigest) parts.push(`content:${facts.contentDigest}`)
  if (facts.zipSize !== undefined) parts.push(`size:${facts.zipSize}`)
  if (facts.unzippedSize !== undefined) parts.push(`unzipped:${facts.unzippedSize}`)
  if (facts.run && FIELDS.run.test(facts.run)) parts.push(`run:${facts.run}`)
  if (facts.native) parts.push(`native:${encodeFacts(facts.native)}`)
  const commit = facts.commit?.replace(/\s+/g, '').slice(0, 40)
  const withCommit = commit ? [...parts, `commit:${commit}`].join(' ') : ''
  if (withCommit && withCommit.length <= DESCRIPTION_LIMIT) return withCommit
  // A short commit is better than none; the facts before it are what later runs decide by.
  const room = DESCRIPTION_LIMIT - parts.join(' ').length - ' commit:'.length
  if (commit && room >= 7) return [...parts, `commit:${commit.slice(0, room)}`].join(' ')
  return parts.join(' ')
}

/** The facts in a description written by describeVersion; a foreign description yields no fingerprint. */
export function parseDescription(description: string | undefined): Partial<VersionFacts> {
  const fields = new Map<string, string>()
  for (const word of (description ?? '').split(/\s+/)) {
    const colon = word.indexOf(':')
    if (colon > 0) fields.set(word.slice(0, colon), word.slice(colon + 1))
  }
  const valid = (key: keyof typeof FIELDS) => {
    const value = fields.get(key)
    return value !== undefined && FIELDS[key].test(value) ? value : undefined
  }
  const number = (key: 'size' | 'unzipped') => (valid(key) === undefined ? undefined : Number(valid(key)))
  return {
    fingerprint: valid('fingerprint'),
    codeSha256: valid('sha256'),
    contentDigest: valid('content'),
    zipSize: number('size'),
    unzippedSize: number('unzipped'),
    run: valid('run'),
    native: decodeFacts(fields.get('native')),
    commit: fields.get('commit'),
  }
}

export function fingerprintOf(description: string | undefined): string | undefined {
  return parseDescription(description).fingerprint
}

export function unzippedSizeOf(description: string | undefined): number | undefined {
  return parseDescription(description).unzippedSize
}

/**
 * The unzipped sizes that these layer versions' descriptions carry (layer-action writes them), by ARN. A version
 * without one, or that these credentials may not read, is left out: the limit check then counts its zipped size.
 */
export async function describedUnzippedSizes(
  lambda: LambdaClient,
  arns: readonly string[],
  concurrency: number,
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  await mapWithConcurrency([...new Set(arns)], concurrency, async (arn) => {
    const { unversioned, version } = parseLayerArn(arn)
    if (version === undefined) return
    const answer = await lambda
      .send(new GetLayerVersionCommand({ LayerName: unversioned, VersionNumber: version }))
      .catch(() => undefined)
    const size = unzippedSizeOf(answer?.Description)
    if (size !== undefined) sizes.set(arn, size)
  })
  return sizes
}

/**
 * Every version of the layer, newest first; a layer that does not exist has none. ListLayerVersions does not
 * return CodeSha256 or CodeSize: they are taken from the description of versions layer-action published and
 * are '' and 0 for others (use getLayerVersion when those matter).
 */
export async function listLayerVersions(lambda: LambdaClient, layerName: string): Promise<LayerVersion[]> {
  const versions: LayerVersion[] = []
  let marker: string | undefined
  try {
    do {
      const page = await lambda.send(
        new ListLayerVersionsCommand({ LayerName: layerName, Marker: marker, MaxItems: 50 }),
      )
      versions.push(...(page.LayerVersions ?? []).map(fromListItem))
      marker = page.NextMarker || undefined
    } while (marker)
  } catch (err) {
    if (isNotFound(err)) return []
    throw err
  }
  return versions.sort((a, b) => b.version - a.version)
}

/**
 * The lowest-numbered of `version`'s twins (see twinsOf). Two runs that publish the same layer at once create twins;
 * every run settles on the first one, so functions converge.
 */
export function canonicalVersion(versions: readonly LayerVersion[], version: LayerVersion): LayerVersion {
  return twinsOf(versions, version)[0]
}

/**
 * `version` and the versions with its fingerprint and bytes (CodeSha256) next to it among that fingerprint's
 * versions, oldest first. An older copy behind a version with other bytes is history, not a twin: a forced rebuild
 * that went back to earlier contents publishes anew, and functions stay on that newest version.
 */
export function twinsOf(versions: readonly LayerVersion[], version: LayerVersion): LayerVersion[] {
  const fingerprint = fingerprintOf(version.description)
  const sha = shaOf(version)
  if (!fingerprint || !sha) return [version]
  const same = versions.filter(
    (v) => v.version !== version.version && fingerprintOf(v.description) === fingerprint,
  )
  const ordered = [...same, version].sort((a, b) => a.version - b.version)
  let first = ordered.indexOf(version)
  let last = first
  while (first > 0 && shaOf(ordered[first - 1]) === sha) first--
  while (last < ordered.length - 1 && shaOf(ordered[last + 1]) === sha) last++
  return ordered.slice(first, last + 1)
}

function shaOf(version: LayerVersion): string | undefined {
  return version.codeSha256 || parseDescription(version.description).codeSha256
}

/** One version in full. Uses GetLayerVersion by name and number: moto does not implement GetLayerVersionByArn. */
export async function getLayerVersion(
  lambda: LambdaClient,
  layerName: string,
  version: number,
): Promise<LayerVersion | undefined> {
  try {
    return toLayerVersion(
      await lambda.send(new GetLayerVersionCommand({ LayerName: layerName, VersionNumber: version })),
    )
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

export interface PublishRequest {
  layerName: string
  zip: LayerZip
  facts?: LayerFacts
  /** `<run id>-<attempt>` of the workflow run publishing it. */
  run?: string
  fingerprint: string
  commit?: string
  runtime: Runtime
  architectures: Architecture[]
  /** Needed for zips over 50 MB; must be in the layer's region. */
  s3Bucket?: string
  /** The date CompatibleRuntimes is decided on (tests pin it). */
  today?: Date
}

/** Publishes the zip as a new version: inline up to 50 MB, through `s3Bucket` above that. */
export async function publishLayerVersion(
  clients: AwsClients,
  request: PublishRequest,
): Promise<LayerVersion> {
  const { layerName, zip, s3Bucket } = request
  const content = await layerContent(clients, layerName, zip, s3Bucket)
  const input: PublishLayerVersionCommandInput = {
    LayerName: layerName,
    Description: describeVersion({
      fingerprint: request.fingerprint,
      commit: request.commit,
      codeSha256: zip.codeSha256,
      contentDigest: zip.contentDigest,
      zipSize: zip.zipSize,
      unzippedSize: zip.unzippedSize,
      run: request.run,
      native: request.facts,
    }),
    Content: content,
    // A runtime past its update-block date is never advertised as compatible.
    CompatibleRuntimes: isCompatibleRuntimeListable(request.runtime.id, request.today ?? new Date())
      ? [request.runtime.id as LambdaRuntime]
      : undefined,
    CompatibleArchitectures: request.architectures,
  }
  const published = await publishOnce(clients, input, request)
  // The description promises these bytes: a version holding anything else must not be found by fingerprint later.
  if (published.codeSha256 && published.codeSha256 !== zip.codeSha256) {
    await clients.lambda.send(
      new DeleteLayerVersionCommand({ LayerName: layerName, VersionNumber: published.version }),
    )
    throw new Error(
      `Lambda stored ${layerName} version ${published.version} with CodeSha256 ${published.codeSha256}, expected ${zip.codeSha256}; the version was deleted`,
    )
  }
  return published
}

export const PUBLISH_ATTEMPTS = 4

/**
 * Sends PublishLayerVersion without the SDK's blind retries. When the answer is lost (dropped connection, timeout,
 * 5xx, throttling) the version may exist anyway, so the versions are listed again and one carrying this fingerprint
 * and these bytes is taken instead of publishing a second copy.
 */
async function publishOnce(
  clients: AwsClients,
  input: PublishLayerVersionCommandInput,
  request: PublishRequest,
  sleepFor: (ms: number) => Promise<void> = sleep,
): Promise<LayerVersion> {
  const lambda = clients.lambdaOnce ?? clients.lambda
  for (let attempt = 1; ; attempt++) {
    try {
      return toLayerVersion(await lambda.send(new PublishLayerVersionCommand(input)))
    } catch (err) {
      if (attempt >= PUBLISH_ATTEMPTS || !isAmbiguous(err)) throw err
      await sleepFor(backoffDelay(attempt, 1_000, 8_000))
      const landed = (await listLayerVersions(clients.lambda, request.layerName)).find(
        (v) =>
          fingerprintOf(v.description) === request.fingerprint && v.codeSha256 === request.zip.codeSha256,
      )
      if (landed) return (await getLayerVersion(clients.lambda, request.layerName, landed.version)) ?? landed
    }
  }
}

/** A failure after which the request may or may not have been carried out. */
function isAmbiguous(err: unknown): boolean {
  const status = httpStatusOf(err)
  return status === undefined || status >= 500 || isThrottling(err)
}

async function layerContent(
  clients: AwsClients,
  layerName: string,
  zip: LayerZip,
  s3Bucket: string | undefined,
): Promise<LayerVersionContentInput> {
  if (zip.zipSize <= DIRECT_UPLOAD_LIMIT) return { ZipFile: await readFile(zip.path) }
  if (!s3Bucket) throw new UserError(uploadProblem(zip.zipSize, s3Bucket) ?? 'no s3-bucket')
  const key = s3KeyFor(layerName, zip)
  const { uploadUnlessPresent } = await import('./s3-upload.js')
  await uploadUnlessPresent(await clients.s3(), s3Bucket, key, zip)
  return { S3Bucket: s3Bucket, S3Key: key }
}

/** Why a zip of this size cannot be published, or undefined when it can: over 50 MB it needs `s3-bucket`. */
export function uploadProblem(zipSize: number, s3Bucket: string | undefined): string | undefined {
  if (zipSize <= DIRECT_UPLOAD_LIMIT || s3Bucket) return undefined
  return (
    `The layer zip is ${formatBytes(zipSize)} (${zipSize} bytes), over Lambda's 50 MB limit for a direct upload ` +
    `(${DIRECT_UPLOAD_LIMIT} bytes). Set the 's3-bucket' input to a bucket in the layer's region that these ` +
    `credentials can write to, and the zip will be published through S3.`
  )
}

/** Content-addressed, so a re-run after a failed publish reuses the upload. */
export function s3KeyFor(layerName: string, zip: Pick<LayerZip, 'codeSha256'>): string {
  return `layer-action/${layerName}/${Buffer.from(zip.codeSha256, 'base64').toString('hex')}.zip`
}

function fromListItem(item: LayerVersionsListItem): LayerVersion {
  const layerVersionArn = item.LayerVersionArn ?? ''
  const facts = parseDescription(item.Description)
  return {
    layerArn: layerVersionArn.replace(/:\d+$/, ''),
    layerVersionArn,
    version: item.Version ?? 0,
    description: item.Description ?? '',
    codeSha256: facts.codeSha256 ?? '',
    codeSize: facts.zipSize ?? 0,
    createdDate: item.CreatedDate,
    compatibleRuntimes: item.CompatibleRuntimes ?? [],
    compatibleArchitectures: (item.CompatibleArchitectures ?? []) as Architecture[],
  }
}

function toLayerVersion(response: GetLayerVersionResponse): LayerVersion {
  return {
    ...fromListItem(response),
    layerArn: response.LayerArn ?? '',
    codeSha256: response.Content?.CodeSha256 ?? '',
    codeSize: response.Content?.CodeSize ?? 0,
  }
}
