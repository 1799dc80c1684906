// The bundled action (dist/index.js) as a runner starts it, against moto behind the fault proxy.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import {
  GetFunctionConfigurationCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda'
import { describeVersion, parseDescription } from '../../src/aws/layers.js'
import { LAMBDA_LIMITS } from '../helpers/fault-proxy.js'
import { storedZip } from '../helpers/moto.js'
import { runAction, type RunActionOptions } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

beforeEach(async () => {
  proxy.pageSize = undefined
  proxy.limits = undefined
})

/** A project whose layer is built by a shell command from one lockfile: fast and offline. */
function project(lock = 'requests==2.32.5\n', buildCommand?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apply-'))
  writeFileSync(path.join(dir, 'deps.lock'), lock)
  writeFileSync(
    path.join(dir, 'build.sh'),
    buildCommand ?? 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n',
  )
  return dir
}

function run(workspace: string, inputs: Record<string, string> = {}, env: RunActionOptions['env'] = {}) {
  return runAction({
    workspace,
    inputs: {
      'layer-name': 'shop-deps',
      runtime: 'python3.12',
      lockfiles: 'deps.lock',
      'build-command': 'bash build.sh',
      'layer-directory': 'layer',
      ...inputs,
    },
    env: { ...moto.env(proxy.url), LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'), ...env },
  })
}

async function layersOf(name: string): Promise<string[]> {
  const config = await moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  return (config.Layers ?? []).map((l) => l.Arn!)
}

async function versionsOf(layerName: string): Promise<number[]> {
  const page = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))
  return (page.LayerVersions ?? []).map((v) => v.Version!).sort()
}

describe('apply through dist/index.js', () => {
  it('publishes once, reuses after, survives a lost cache, and replaces the entry in place on change', async () => {
    const otherLayer = await moto.publishLayer('monitoring')
    await moto.createFunction({ name: 'orders', layers: [otherLayer] })
    await moto.createFunction({ name: 'payments' })
    const workspace = project()

    const first = await run(workspace, { functions: 'orders, payments' })
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({
      published: 'true',
      plan: 'publish',
      'cache-hit': 'false',
      'layer-version': '1',
    })
    expect(JSON.parse(first.outputs['updated-functions']).sort()).toEqual(['orders', 'payments'])
    const v1 = first.outputs['layer-version-arn']
    expect(v1).toMatch(/:layer:shop-deps:1$/)
    expect(first.outputs['layer-arn']).toBe(v1.replace(/:1$/, ''))
    expect(await layersOf('orders')).toEqual([otherLayer, v1])
    expect(await layersOf('payments')).toEqual([v1])
    expect(first.summary).toContain('shop-deps')

    proxy.reset()
    const second = await run(workspace, { functions: 'orders, payments' })
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({
      published: 'false',
      plan: 'reuse',
      'cache-hit': 'true',
      'layer-version-arn': v1,
      'updated-functions': '[]',
      'zip-path': '',
    })
    expect(proxy.writeCount()).toBe(0)

    proxy.reset()
    const lostCache = await run(
      workspace,
      { functions: 'orders' },
      { LAYER_ACTION_CACHE_DIR: path.join(workspace, '.empty') },
    )
    expect(lostCache.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version-arn': v1 })
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf('shop-deps')).toEqual([1])

    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nsix==1.16.0\n')
    const changed = await run(workspace, { functions: 'orders, payments' })
    expect(changed.code).toBe(0)
    expect(changed.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })
    const v2 = changed.outputs['layer-version-arn']
    expect(await layersOf('orders')).toEqual([otherLayer, v2])
    expect(await layersOf('payments')).toEqual([v2])
    expect(await versionsOf('shop-deps')).toEqual([1, 2])
  })

  it('force rebuilds: publishes nothing when the zip is the same, and a new version when the bytes changed', async () => {
    await moto.createFunction({ name: 'orders' })
    // The build also copies a file the fingerprint does not cover, as a refreshed upstream package would change.
    const workspace = project(
      'requests==2.32.5\n',
      'mkdir -p layer/python && cp deps.lock extra.txt layer/python/\n',
    )
    writeFileSync(path.join(workspace, 'extra.txt'), 'wheel build 1\n')
    const first = await run(workspace, { functions: 'orders' })
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })

    proxy.reset()
    const same = await run(workspace, { functions: 'orders', force: 'true' })
    expect(same.errors).toEqual([])
    expect(same.outputs).toMatchObject({
      published: 'false',
      plan: 'reuse',
      'cache-hit': 'false',
      'layer-version': '1',
    })
    expect(same.outputs['zip-path']).not.toBe('')
    expect(same.outputs.fingerprint).toBe(first.outputs.fingerprint)
    expect(proxy.writeCount()).toBe(0)

    writeFileSync(path.join(workspace, 'extra.txt'), 'wheel build 2\n')
    const changed = await run(workspace, { functions: 'orders', force: 'true' })
    expect(changed.outputs).toMatchObject({
      published: 'true',
      'layer-version': '2',
      'updated-functions': '["orders"]',
    })
    expect(changed.outputs.fingerprint).toBe(first.outputs.fingerprint)
    expect(await layersOf('orders')).toEqual([changed.outputs['layer-version-arn']])

    proxy.reset()
    const after = await run(workspace, { functions: 'orders' })
    expect(after.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '2' })
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf('shop-deps')).toEqual([1, 2])
  })

  it('a forced rebuild that goes back to earlier contents publishes anew, and later runs leave the functions there', async () => {
    await moto.createFunction({ name: 'orders' })
    // What an unpinned requirement resolves to: outside the fingerprint, as a new upstream release is.
    const upstream = path.join(mkdtempSync(path.join(tmpdir(), 'upstream-')), 'release.txt')
    const workspace = project('pkg\n', `mkdir -p layer/python && cp ${upstream} layer/python/pkg.txt\n`)
    const release = async (text: string, inputs: Record<string, string>) => {
      writeFileSync(upstream, text)
      const result = await run(workspace, { functions: 'orders', ...inputs })
      expect(result.errors).toEqual([])
      return result
    }
    await release('1.0', {})
    await release('1.1', { force: 'true' })
    // 1.1 is yanked: the scheduled refresh resolves 1.0 again.
    const back = await release('1.0', { force: 'true' })
    expect(back.outputs).toMatchObject({ published: 'true', 'layer-version': '3' })
    expect(await layersOf('orders')).toEqual([back.outputs['layer-version-arn']])

    proxy.reset()
    const push = await release('1.0', {})
    expect(push.outputs).toMatchObject({
      published: 'false',
      'layer-version': '3',
      'updated-functions': '[]',
    })
    expect(proxy.writeCount()).toBe(0)
    expect(await layersOf('orders')).toEqual([back.outputs['layer-version-arn']])
    expect(await versionsOf('shop-deps')).toEqual([1, 2, 3])
  })

  it('a forced rebuild with the contents AWS has writes nothing, not even a cache entry the cache had lost', async () => {
    const workspace = project('unchanged==1\n')
    const first = await run(workspace)
    expect(first.outputs.published).toBe('true')
    rmSync(path.join(workspace, '.cache'), { recursive: true, force: true }) // evicted, as a week-old entry is

    proxy.reset()
    const forced = await run(workspace, { force: 'true' })
    expect(forced.errors).toEqual([])
    expect(forced.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'cache-hit': 'false' })
    expect(proxy.writeCount()).toBe(0)
    expect(existsSync(path.join(workspace, '.cache'))).toBe(false)
  })

  it('builds again instead of publishing a cached zip whose bytes are not the ones its entry records', async () => {
    await moto.createFunction({ name: 'orders' })
    const workspace = project('damaged==1\n')
    const planned = await run(workspace, { mode: 'plan' })
    expect(planned.errors).toEqual([])
    const cached = readdirSync(path.join(workspace, '.cache'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('layer.zip'))
      .map((f) => path.join(workspace, '.cache', f))
    expect(cached).toHaveLength(1)
    const bytes = readFileSync(cached[0])
    bytes[Math.floor(bytes.length / 2)] ^= 0xff // the same size, other bytes
    writeFileSync(cached[0], bytes)

    const result = await run(workspace, { functions: 'orders' })
    expect(result.errors).toEqual([])
    expect(result.stdout).toMatch(
      /The cached zip \(.*\) is not the one its entry records \(damaged\); building instead/,
    )
    expect(result.outputs).toMatchObject({ published: 'true', 'cache-hit': 'false', 'layer-version': '1' })
    expect(await versionsOf('shop-deps')).toEqual([1])
    expect(await layersOf('orders')).toEqual([result.outputs['layer-version-arn']])
  })

  it('force compares contents, not compression: a version zipped by another zlib is not republished', async () => {
    const workspace = project()
    const first = await run(workspace)
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    // The same files, stored instead of deflated (as another zlib would produce other bytes), published as v2 with
    // this run's fingerprint and content digest but its own CodeSha256.
    const v1 = parseDescription(
      (await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: 'shop-deps' }))).LayerVersions![0]
        .Description,
    )
    const zip = storedZip({ 'python/': '', 'python/deps.txt': 'requests==2.32.5\n' })
    const codeSha256 = createHash('sha256').update(zip).digest('base64')
    expect(codeSha256).not.toBe(v1.codeSha256)
    await moto.lambda.send(
      new PublishLayerVersionCommand({
        LayerName: 'shop-deps',
        Content: { ZipFile: zip },
        Description: describeVersion({
          fingerprint: v1.fingerprint!,
          contentDigest: v1.contentDigest,
          codeSha256,
        }),
      }),
    )

    proxy.reset()
    const forced = await run(workspace, { force: 'true' })
    expect(forced.errors).toEqual([])
    expect(forced.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '2' })
    expect(proxy.writeCount()).toBe(0)
  })

  it('refuses a missing function before publishing anything', async () => {
    await moto.createFunction({ name: 'orders' })
    const result = await run(project(), { functions: 'orders, ghost' })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/ghost/)
    expect(result.errors.join('\n')).not.toMatch(/\n\s+at /)
    expect(await versionsOf('shop-deps')).toEqual([])
    expect(await layersOf('orders')).toEqual([])
  })

  it('refuses a zip over 50 MB without s3-bucket, and publishes it through the bucket', async () => {
    const big = project('big==1\n', 'mkdir -p layer && head -c 53000000 /dev/urandom > layer/blob.bin\n')
    proxy.limits = LAMBDA_LIMITS
    // A pull request's check fails for it too, with the report written.
    const planned = await run(big, { mode: 'plan' })
    expect(planned.code).toBe(1)
    expect(planned.errors.join('\n')).toMatch(/over Lambda's 50 MB limit[^]*'s3-bucket'/)
    expect(planned.outputs).toMatchObject({ plan: 'publish', published: 'false' })
    expect(proxy.writeCount()).toBe(0)
    const refused = await run(big)
    expect(refused.code).toBe(1)
    expect(refused.errors.join('\n')).toMatch(/s3-bucket/)
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    expect(await versionsOf('shop-deps')).toEqual([])

    await moto.createBucket('layer-zips')
    const viaBucket = await run(big, { 's3-bucket': 'layer-zips' })
    expect(viaBucket.errors).toEqual([])
    expect(viaBucket.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    expect(Number(viaBucket.outputs['zip-size'])).toBeGreaterThan(52_428_800)
  })

  it('refuses a layer over 250 MB unzipped before publishing, naming the function and the numbers', async () => {
    await moto.createFunction({ name: 'orders' })
    const huge = project('huge==1\n', 'mkdir -p layer && head -c 262200000 /dev/zero > layer/zeros.bin\n')
    const result = await run(huge, { functions: 'orders' })
    expect(result.code).toBe(1)
    const error = result.errors.join('\n')
    expect(error).toMatch(/orders/)
    expect(error).toMatch(/262144000/)
    expect(await versionsOf('shop-deps')).toEqual([])
  })

  it("counts another layer's unzipped size from its description toward 250 MB, not its zipped size", async () => {
    const other = await moto.publishLayer(
      'other-deps',
      { 'python/x.py': 'x' },
      'layer-action unzipped:210000000',
    )
    await moto.createFunction({ name: 'orders', layers: [other] })
    const layer = project('sixty==1\n', 'mkdir -p layer && head -c 60000000 /dev/zero > layer/zeros.bin\n')
    // A pull request's check fails with it, and the report's row for the function agrees with the check.
    const planned = await run(layer, { functions: 'orders', mode: 'plan' })
    expect(planned.code).toBe(1)
    expect(planned.summary).toMatch(/\| `orders` \| us-east-1 \|.*\| ≥ 257\.5 MB \| ⛔ over by 7\.5 MB \|/)
    const result = await run(layer, { functions: 'orders' })
    expect(result.code).toBe(1)
    const error = result.errors.join('\n')
    expect(error).toMatch(/orders \(us-east-1\): function code and layers would be/)
    expect(error).toMatch(/Lambda allows 250 MB/)
    expect(await versionsOf('shop-deps')).toEqual([])
    expect(await layersOf('orders')).toEqual([other])
  })

  it('pages through versions and survives 409, 429 and a concurrent edit of the layers', async () => {
    const otherLayer = await moto.publishLayer('monitoring')
    const addedByOthers = await moto.publishLayer('tracing')
    await moto.createFunction({ name: 'orders', layers: [otherLayer] })
    const workspace = project()
    // Earlier versions of this layer that carry other fingerprints.
    for (let i = 0; i < 4; i++)
      await moto.publishLayer('shop-deps', { 'python/x.txt': String(i) }, `older ${i}`)
    const first = await run(workspace)
    expect(first.outputs['layer-version']).toBe('5')

    proxy.reset()
    proxy.pageSize = 2
    proxy.conflictNextUpdates(2).throttle('UpdateFunctionConfiguration', 1)
    proxy.beforeNextUpdate('orders', () => moto.setLayers('orders', [otherLayer, addedByOthers]))

    const result = await run(workspace, { functions: 'orders' })
    expect(result.errors).toEqual([])
    expect(result.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '5' })
    expect(proxy.readCount('ListLayerVersions')).toBeGreaterThanOrEqual(3)
    expect(await layersOf('orders')).toEqual([otherLayer, addedByOthers, result.outputs['layer-version-arn']])
    expect(await versionsOf('shop-deps')).toEqual([1, 2, 3, 4, 5])
  })
})
