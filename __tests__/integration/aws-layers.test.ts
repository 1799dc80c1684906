import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HeadBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { PublishLayerVersionCommand } from '@aws-sdk/client-lambda'
import { createAwsClients, type AwsClients } from '../../src/aws/clients.js'
import {
  describeVersion,
  fingerprintOf,
  getLayerVersion,
  listLayerVersions,
  parseDescription,
  publishLayerVersion,
  s3KeyFor,
} from '../../src/aws/layers.js'
import { UserError } from '../../src/core/errors.js'
import { findRuntime } from '../../src/core/runtimes.js'
import type { LayerZip } from '../../src/core/types.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { startMotoForTests, storedZip, TEST_REGION, type MotoServer } from '../helpers/moto.js'
import { DIRECT_UPLOAD_LIMIT } from '../../src/core/limits.js'

const runtime = findRuntime('python3.12')!
const fingerprint = (n: number) => createHash('sha256').update(`lockfile ${n}`).digest('hex')

let moto: MotoServer
let proxy: FaultProxy
let aws: AwsClients
let dir: string
const savedEnv = { ...process.env }

beforeAll(async () => {
  moto = await startMotoForTests()
  proxy = await startFaultProxy(moto.url)
  Object.assign(process.env, moto.env(proxy.url))
  aws = createAwsClients(TEST_REGION)
  dir = await mkdtemp(join(tmpdir(), 'aws-layers-'))
}, 120_000)

afterAll(async () => {
  process.env = savedEnv
  await proxy?.stop()
  await moto?.stop()
  if (dir) await rm(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  await moto.reset()
  proxy.reset()
  proxy.pageSize = undefined
  proxy.limits = undefined
})

async function zipFile(name: string, bytes: Buffer): Promise<LayerZip> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  const codeSha256 = createHash('sha256').update(bytes).digest('base64')
  return { path, zipSize: bytes.length, unzippedSize: bytes.length * 3, codeSha256, fileCount: 1 }
}

/** A file of `size` zero bytes without writing them (sparse), hashed by streaming. */
async function bigZip(name: string, size: number): Promise<LayerZip> {
  const path = join(dir, name)
  const handle = await open(path, 'w')
  await handle.truncate(size)
  await handle.close()
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk)
  return { path, zipSize: size, unzippedSize: size, codeSha256: hash.digest('base64'), fileCount: 1 }
}

const publish = (zip: LayerZip, n: number, s3Bucket?: string) =>
  publishLayerVersion(aws, {
    layerName: 'deps',
    zip,
    fingerprint: fingerprint(n),
    commit: 'a'.repeat(40),
    runtime,
    architectures: ['arm64'],
    s3Bucket,
  })

describe('version descriptions', () => {
  it('keep the commit with a content digest and the largest sizes Lambda allows', () => {
    const facts = {
      fingerprint: fingerprint(2),
      codeSha256: 'q'.repeat(43) + '=',
      contentDigest: 'Ab-_'.repeat(5) + 'xy',
      zipSize: 262_144_000,
      unzippedSize: 262_144_000,
      commit: 'd'.repeat(40),
    }
    const description = describeVersion(facts)
    expect(description.length).toBeLessThanOrEqual(256)
    expect(parseDescription(description)).toEqual(facts)
  })

  it('carry the fingerprint, hash and sizes within 256 characters', () => {
    const facts = {
      fingerprint: fingerprint(1),
      codeSha256: 'q'.repeat(43) + '=',
      zipSize: 12,
      unzippedSize: 34,
    }
    const description = describeVersion({ ...facts, commit: 'b'.repeat(40) })
    expect(description.length).toBeLessThanOrEqual(256)
    expect(parseDescription(description)).toEqual({ ...facts, commit: 'b'.repeat(40) })
    expect(
      describeVersion({ fingerprint: 'f'.repeat(128), codeSha256: facts.codeSha256, commit: 'c'.repeat(40) })
        .length,
    ).toBeLessThanOrEqual(256)
  })

  it('ignore descriptions that were not written by layer-action', () => {
    expect(fingerprintOf('built by hand')).toBeUndefined()
    expect(fingerprintOf('fingerprint:not-hex')).toBeUndefined()
    expect(fingerprintOf(undefined)).toBeUndefined()
  })
})

describe('publishing and finding layer versions', () => {
  it('finds a version by fingerprint through paginated ListLayerVersions', async () => {
    const zips = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => zipFile(`v${n}.zip`, storedZip({ 'python/v.py': `v = ${n}` }))),
    )
    for (const [i, zip] of zips.entries()) {
      const published = await publish(zip, i + 1)
      expect(published).toMatchObject({ version: i + 1, codeSha256: zip.codeSha256, codeSize: zip.zipSize })
      expect(published.compatibleRuntimes).toEqual(['python3.12'])
      expect(published.compatibleArchitectures).toEqual(['arm64'])
    }
    proxy.pageSize = 2
    proxy.reset()

    const versions = await listLayerVersions(aws.lambda, 'deps')
    expect(versions.map((v) => v.version)).toEqual([5, 4, 3, 2, 1])
    expect(proxy.readCount('ListLayerVersions')).toBe(3)
    // The list does not carry CodeSha256; the description does.
    expect(versions[4]).toMatchObject({ codeSha256: zips[0].codeSha256, codeSize: zips[0].zipSize })

    const found = versions.find((v) => fingerprintOf(v.description) === fingerprint(2))
    expect(found).toMatchObject({ version: 2, codeSha256: zips[1].codeSha256 })
    expect(found?.layerVersionArn).toMatch(/:layer:deps:2$/)
    expect(versions.find((v) => fingerprintOf(v.description) === fingerprint(9))).toBeUndefined()
    expect(proxy.writeCount()).toBe(0)
  })

  it('treats a layer that does not exist as having no versions', async () => {
    expect(await listLayerVersions(aws.lambda, 'nothing-here')).toEqual([])
    expect(await getLayerVersion(aws.lambda, 'nothing-here', 1)).toBeUndefined()
  })

  it('refuses a zip over 50 MB without a bucket before uploading anything', async () => {
    const zip = await bigZip('big.zip', DIRECT_UPLOAD_LIMIT + 1)
    const attempt = publish(zip, 1)
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    await expect(attempt).rejects.toThrow(/'s3-bucket'/)
    expect(proxy.writeCount()).toBe(0)
    expect(await listLayerVersions(aws.lambda, 'deps')).toEqual([])
  })

  it('publishes a zip over 50 MB through S3, uploading each zip once', async () => {
    const bucket = await moto.createBucket('layer-artifacts')
    const zip = await bigZip('big.zip', 51 * 1024 * 1024)
    const first = await publish(zip, 1, bucket)
    expect(first).toMatchObject({ version: 1, codeSha256: zip.codeSha256, codeSize: zip.zipSize })
    expect(proxy.writeCount('PUT other')).toBe(1)

    const second = await publish(zip, 2, bucket)
    expect(second.version).toBe(2)
    expect(proxy.writeCount('PUT other')).toBe(1)
    const listed = await moto.s3.send(new ListObjectsV2Command({ Bucket: bucket }))
    expect(listed.Contents?.map((o) => o.Key)).toEqual([s3KeyFor('deps', zip)])
    expect(s3KeyFor('deps', zip)).toMatch(/^layer-action\/deps\/[0-9a-f]{64}\.zip$/)
  }, 60_000)

  it('publishes exactly at the direct-upload limit without S3', async () => {
    const zip = await bigZip('edge.zip', DIRECT_UPLOAD_LIMIT)
    const published = await publish(zip, 1)
    expect(published.codeSize).toBe(DIRECT_UPLOAD_LIMIT)
    expect(proxy.writeCount('PUT other')).toBe(0)
  }, 60_000)

  it('the proxy answers an oversized direct upload as Lambda does', async () => {
    proxy.limits = {
      maxLayers: 5,
      maxUnzippedBytes: 262_144_000,
      maxRequestBytes: 69_905_067,
      unzipFactor: 1,
    }
    const zip = Buffer.alloc(DIRECT_UPLOAD_LIMIT + 1024 * 1024)
    const attempt = aws.lambda.send(
      new PublishLayerVersionCommand({ LayerName: 'deps', Content: { ZipFile: zip } }),
    )
    await expect(attempt).rejects.toMatchObject({
      name: 'RequestEntityTooLargeException',
      $metadata: { httpStatusCode: 413 },
      message: 'Request must be smaller than 69905067 bytes for the PublishLayerVersion operation',
    })
  }, 60_000)

  it('follows the per-service endpoint variables the SDK reads', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ENDPOINT_URL_LAMBDA: proxy.url,
      AWS_ENDPOINT_URL_S3: proxy.url,
    })
    try {
      const clients = createAwsClients(TEST_REGION)
      await moto.createBucket('per-service')
      expect(await listLayerVersions(clients.lambda, 'deps')).toEqual([])
      await (await clients.s3()).send(new HeadBucketCommand({ Bucket: 'per-service' }))
      expect(proxy.readCount('ListLayerVersions')).toBe(1)
      expect(proxy.readCount('HEAD other')).toBe(1)
    } finally {
      process.env = saved
    }
  })
})
