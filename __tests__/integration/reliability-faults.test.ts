// Issue 7, part 2: faults injected by the loopback proxy in front of moto, through dist/index.js. After every fault
// the layer has one version per fingerprint, every function is on it (or, for a fault that stays, every other
// function is), edits by other writers survive, and a rerun converges with no extra writes.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  GetFunctionConfigurationCommand,
  ListLayerVersionsCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda'
import { runAction, type ActionRunResult, type RunActionOptions } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

let monitoring: string

const LAYER = 'shop-deps'

beforeEach(async () => {
  proxy.pageSize = undefined
  monitoring = await moto.publishLayer('monitoring')
})

function project(lock = 'requests==2.32.5\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'faults-'))
  writeFileSync(path.join(dir, 'deps.lock'), lock)
  writeFileSync(path.join(dir, 'build.sh'), 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n')
  return dir
}

function run(
  workspace: string,
  functions: string[],
  env: RunActionOptions['env'] = {},
): Promise<ActionRunResult> {
  return runAction({
    workspace,
    inputs: {
      'layer-name': LAYER,
      runtime: 'python3.12',
      lockfiles: 'deps.lock',
      'build-command': 'bash build.sh',
      'layer-directory': 'layer',
      functions: functions.join(','),
      mode: 'apply',
    },
    env: { ...moto.env(proxy.url), LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'), ...env },
  })
}

async function configOf(name: string) {
  return moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
}

async function layersOf(name: string): Promise<string[]> {
  return ((await configOf(name)).Layers ?? []).map((l) => l.Arn!)
}

/** Versions of the layer per fingerprint found in their descriptions. */
async function versionsByFingerprint(): Promise<Map<string, number[]>> {
  const page = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: LAYER }))
  const byFingerprint = new Map<string, number[]>()
  for (const v of page.LayerVersions ?? []) {
    const fingerprint = /fingerprint:([0-9a-f]+)/.exec(v.Description ?? '')?.[1] ?? `foreign ${v.Version}`
    byFingerprint.set(fingerprint, [...(byFingerprint.get(fingerprint) ?? []), v.Version!])
  }
  return byFingerprint
}

async function createFunctions(names: string[]): Promise<void> {
  for (const name of names) await moto.createFunction({ name, layers: [monitoring] })
}

/** The run succeeded, published exactly one version for its fingerprint, and every function is on it. */
async function expectConverged(result: ActionRunResult, functions: string[]): Promise<string> {
  expect(result.errors).toEqual([])
  expect(result.code).toBe(0)
  const arn = result.outputs['layer-version-arn']
  expect(arn).toMatch(/:layer:shop-deps:\d+$/)
  expect((await versionsByFingerprint()).get(result.outputs.fingerprint)).toEqual([
    Number(arn.split(':').pop()),
  ])
  for (const name of functions) expect(await layersOf(name)).toEqual([monitoring, arn])
  return arn
}

/** A rerun with the faults gone writes nothing and reports the same version. */
async function expectQuietRerun(workspace: string, functions: string[], arn: string): Promise<void> {
  proxy.reset()
  const rerun = await run(workspace, functions)
  expect(rerun.errors).toEqual([])
  expect(rerun.code).toBe(0)
  expect(rerun.outputs).toMatchObject({
    published: 'false',
    'layer-version-arn': arn,
    'updated-functions': '[]',
  })
  expect(proxy.writeCount()).toBe(0)
  // One look at the layer's versions, one read per function.
  expect(proxy.readCount('ListLayerVersions')).toBe(1)
  expect(proxy.readCount('GetFunction') + proxy.readCount('GetFunctionConfiguration')).toBe(functions.length)
}

describe('faults between the action and AWS', () => {
  it('a team of twelve functions is read in one round trip: every GetFunction is in flight before any is answered', async () => {
    const functions = Array.from({ length: 12 }, (_, i) => `fn-${i + 1}`)
    await createFunctions(functions)
    const workspace = project()
    const arn = await expectConverged(await run(workspace, functions), functions)

    // The proxy answers no GetFunction until all twelve have arrived: reads sent a few at a time wait there until
    // they time out (2 s) and are sent again, which the count of reads shows.
    proxy.reset()
    proxy.holdUntil('GetFunction', functions.length)
    const rerun = await run(workspace, functions, { LAYER_ACTION_AWS_REQUEST_TIMEOUT_MS: '2000' })
    expect(rerun.errors).toEqual([])
    expect(rerun.outputs).toMatchObject({
      published: 'false',
      'layer-version-arn': arn,
      'updated-functions': '[]',
    })
    expect(proxy.readCount('GetFunction')).toBe(functions.length)
    expect(proxy.writeCount()).toBe(0)
  })

  it('throttling of every call it makes', async () => {
    const functions = ['orders', 'payments']
    await createFunctions(functions)
    const workspace = project()
    for (const op of [
      'ListLayerVersions',
      'GetFunction',
      'PublishLayerVersion',
      'UpdateFunctionConfiguration',
    ])
      proxy.throttle(op, 2)

    const result = await run(workspace, functions)
    const arn = await expectConverged(result, functions)
    expect(JSON.parse(result.outputs['updated-functions']).sort()).toEqual(functions)
    await expectQuietRerun(workspace, functions, arn)
  })

  it('an update in progress: 409 ResourceConflictException and LastUpdateStatus InProgress', async () => {
    const functions = ['orders', 'payments', 'invoices']
    await createFunctions(functions)
    const workspace = project()
    proxy.conflictNextUpdates(3).reportInProgress(2)

    const result = await run(workspace, functions)
    const arn = await expectConverged(result, functions)
    expect(JSON.parse(result.outputs['updated-functions']).sort()).toEqual([...functions].sort())
    await expectQuietRerun(workspace, functions, arn)
  })

  it('a stale RevisionId while another writer edits the function: their edit survives', async () => {
    const tracing = await moto.publishLayer('tracing')
    await createFunctions(['orders'])
    const workspace = project()
    proxy.beforeNextUpdate('orders', async () => {
      await moto.lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: 'orders',
          Layers: [monitoring, tracing],
          Description: 'edited by a person during the run',
          Environment: { Variables: { FEATURE: 'on' } },
        }),
      )
    })

    const result = await run(workspace, ['orders'])
    expect(result.errors).toEqual([])
    const arn = result.outputs['layer-version-arn']
    const config = await configOf('orders')
    expect(config.Layers?.map((l) => l.Arn)).toEqual([monitoring, tracing, arn])
    expect(config.Description).toBe('edited by a person during the run')
    expect(config.Environment?.Variables).toEqual({ FEATURE: 'on' })
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(2) // the stale write was refused, then redone
    expect(JSON.parse(result.outputs['updated-functions'])).toEqual(['orders'])
  })

  it('5xx answers from Lambda on reads, the publish and the update', async () => {
    const functions = ['orders', 'payments']
    await createFunctions(functions)
    const workspace = project()
    proxy.serverError('ListLayerVersions', 1, 502)
    proxy.serverError('GetFunction', 2, 500)
    proxy.serverError('PublishLayerVersion', 2, 500)
    proxy.serverError('UpdateFunctionConfiguration', 1, 503)

    const result = await run(workspace, functions)
    const arn = await expectConverged(result, functions)
    await expectQuietRerun(workspace, functions, arn)
  })

  it('a dropped connection after the publish went through: the version is found, not published twice', async () => {
    const functions = ['orders']
    await createFunctions(functions)
    const workspace = project()
    proxy.dropAfterForward('PublishLayerVersion', 1)

    const result = await run(workspace, functions)
    expect(proxy.writeCount('PublishLayerVersion')).toBe(1)
    const arn = await expectConverged(result, functions)
    expect(result.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    await expectQuietRerun(workspace, functions, arn)
  })

  it('a dropped publish answer and Lambda failing after it: the run fails, the rerun reuses the version', async () => {
    const functions = ['orders']
    await createFunctions(functions)
    const workspace = project()
    proxy.dropAfterForward('PublishLayerVersion', 1, () => proxy.serverError('ListLayerVersions', 40))

    const failed = await run(workspace, functions)
    expect(failed.code).not.toBe(0)
    expect(failed.errors).toHaveLength(1)
    expect(await layersOf('orders')).toEqual([monitoring])
    const versions = await versionsByFingerprint()
    expect([...versions.values()]).toEqual([[1]]) // it did land, once

    proxy.reset()
    const rerun = await run(workspace, functions)
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(1)
    const arn = await expectConverged(rerun, functions)
    expect(rerun.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '1' })
    await expectQuietRerun(workspace, functions, arn)
  })

  // An answer that would come after 10 minutes: without a working client timeout this test runs into jest's.
  it('answers slower than the SDK timeout, for reads, the publish and the update', async () => {
    const functions = ['orders']
    await createFunctions(functions)
    const workspace = project()
    const slow = { LAYER_ACTION_AWS_REQUEST_TIMEOUT_MS: '1500' }
    for (const op of [
      'ListLayerVersions',
      'GetFunction',
      'PublishLayerVersion',
      'UpdateFunctionConfiguration',
    ])
      proxy.answerSlowly(op, 1, 600_000)

    const result = await run(workspace, functions, slow)
    const arn = await expectConverged(result, functions)
    expect(result.outputs).toMatchObject({ published: 'true', 'updated-functions': '["orders"]' })
    await expectQuietRerun(workspace, functions, arn)
  }, 90_000)

  it('one function failing for good among many: the others move, the run names it, a rerun touches only it', async () => {
    const functions = ['orders', 'payments', 'legacy-billing', 'invoices', 'refunds', 'shipping']
    const healthy = functions.filter((f) => f !== 'legacy-billing')
    await createFunctions(functions)
    const workspace = project()
    proxy.breakFunction('legacy-billing')

    const first = await run(workspace, functions)
    expect(first.code).not.toBe(0)
    expect(first.errors).toHaveLength(1)
    expect(first.errors[0]).toContain('legacy-billing')
    for (const name of healthy) expect(first.errors[0]).not.toContain(name)
    const arn = first.outputs['layer-version-arn']
    expect(arn).toMatch(/:layer:shop-deps:1$/)
    for (const name of healthy) expect(await layersOf(name)).toEqual([monitoring, arn])
    expect(await layersOf('legacy-billing')).toEqual([monitoring])
    expect(JSON.parse(first.outputs['updated-functions']).sort()).toEqual([...healthy].sort())

    proxy.reset()
    proxy.breakFunction('legacy-billing')
    const stillBroken = await run(workspace, functions)
    expect(stillBroken.code).not.toBe(0)
    expect(stillBroken.errors).toHaveLength(1)
    expect(stillBroken.errors[0]).toContain('legacy-billing')
    expect(proxy.writeCount()).toBe(proxy.writeCount('UpdateFunctionConfiguration'))
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(1) // legacy-billing only

    proxy.reset()
    const repaired = await run(workspace, functions)
    expect(proxy.writeCount()).toBe(1)
    await expectConverged(repaired, functions)
    expect(repaired.outputs['updated-functions']).toBe('["legacy-billing"]')
    await expectQuietRerun(workspace, functions, arn)
  })

  it('two runs at once for the same lockfile: both succeed and the functions end on one version', async () => {
    const functions = ['orders', 'payments']
    await createFunctions(functions)
    const workspace = project()

    const [one, two] = await Promise.all([run(workspace, functions), run(workspace, functions)])
    expect([one.code, two.code]).toEqual([0, 0])
    const arns = functions.map(async (name) => (await layersOf(name))[1])
    const [orders, payments] = await Promise.all(arns)
    expect(orders).toBe(payments)

    proxy.reset()
    const rerun = await run(workspace, functions)
    expect(rerun.code).toBe(0)
    expect(rerun.outputs['layer-version-arn']).toBe(orders)
    expect(proxy.writeCount()).toBe(0)
  })
})
