import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda'
import { createAwsClients, LAMBDA_MAX_ATTEMPTS, type AwsClients } from '../../src/aws/clients.js'
import {
  checkLimits,
  getFunctionState,
  isFunctionNotFound,
  mapWithConcurrency,
  moveFunctionToVersion,
} from '../../src/aws/functions.js'
import { UserError } from '../../src/core/errors.js'
import { LAMBDA_LIMITS, startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { startMotoForTests, TEST_REGION, type MotoServer } from '../helpers/moto.js'

let moto: MotoServer
let proxy: FaultProxy
let aws: AwsClients
const savedEnv = { ...process.env }
const delays: number[] = []
const options = { sleep: async (ms: number) => void delays.push(ms) }

let other: string
let depsV1: string
let depsV2: string

beforeAll(async () => {
  moto = await startMotoForTests()
  proxy = await startFaultProxy(moto.url)
  Object.assign(process.env, moto.env(proxy.url))
  aws = createAwsClients(TEST_REGION)
}, 120_000)

afterAll(async () => {
  process.env = savedEnv
  await proxy?.stop()
  await moto?.stop()
})

beforeEach(async () => {
  await moto.reset()
  other = await moto.publishLayer('other')
  depsV1 = await moto.publishLayer('deps', { 'python/deps.py': '1' })
  depsV2 = await moto.publishLayer('deps', { 'python/deps.py': '2' })
  await moto.createFunction({ name: 'api', layers: [other, depsV1] })
  proxy.reset()
  proxy.limits = undefined
  delays.length = 0
})

async function layersOf(name: string): Promise<string[]> {
  const config = await moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  return (config.Layers ?? []).map((l) => l.Arn!)
}

describe('getFunctionState', () => {
  it('reads layers, sizes and the revision', async () => {
    const state = await getFunctionState(aws.lambda, 'api')
    expect(state.name).toBe('api')
    expect(state.arn).toMatch(/:function:api$/)
    expect(state.layers.map((l) => l.arn)).toEqual([other, depsV1])
    expect(state.layers[0].codeSize).toBeGreaterThan(0)
    expect(state.revisionId).toMatch(/^[0-9a-f-]{36}$/)
    expect(state.lastUpdateStatus).toBe('Successful')
    expect(proxy.readCount('GetFunction')).toBe(1)
  })

  it('reports a missing function as FunctionNotFoundError', async () => {
    const attempt = getFunctionState(aws.lambda, 'nope')
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    expect(isFunctionNotFound(await attempt.catch((err) => err))).toBe(true)
    await expect(moveFunctionToVersion(aws.lambda, 'nope', depsV2, options)).rejects.toThrow(
      /'nope' was not found/,
    )
  })
})

describe('moveFunctionToVersion', () => {
  it('replaces only this layer and keeps the order', async () => {
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    expect(await layersOf('api')).toEqual([other, depsV2])
    expect(proxy.writeCount()).toBe(1)
  })

  it('accepts a function ARN', async () => {
    const arn = (await getFunctionState(aws.lambda, 'api')).arn
    expect(await moveFunctionToVersion(aws.lambda, arn, depsV2, options)).toBe('updated')
    expect(await layersOf('api')).toEqual([other, depsV2])
  })

  it('appends the layer to a function that does not use it yet', async () => {
    await moto.createFunction({ name: 'worker', layers: [other] })
    expect(await moveFunctionToVersion(aws.lambda, 'worker', depsV2, options)).toBe('updated')
    expect(await layersOf('worker')).toEqual([other, depsV2])
  })

  it('writes nothing when the function is already on the version', async () => {
    await moto.setLayers('api', [other, depsV2])
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('current')
    expect(proxy.writeCount()).toBe(0)
    expect(proxy.readCount('GetFunction')).toBe(1)
  })

  it('retries ResourceConflictException with backoff', async () => {
    proxy.conflictNextUpdates(2)
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(3)
    expect(delays).toHaveLength(2)
    expect(delays[1]).toBeGreaterThanOrEqual(delays[0] / 2)
    expect(await layersOf('api')).toEqual([other, depsV2])
  })

  it('gives up after maxAttempts conflicts', async () => {
    proxy.conflictNextUpdates(10)
    const attempt = moveFunctionToVersion(aws.lambda, 'api', depsV2, { ...options, maxAttempts: 3 })
    await expect(attempt).rejects.toMatchObject({ name: 'ResourceConflictException' })
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(3)
    expect(await layersOf('api')).toEqual([other, depsV1])
  })

  it('leaves throttling to the SDK: a throttled update is sent at most LAMBDA_MAX_ATTEMPTS times', async () => {
    proxy.throttle('UpdateFunctionConfiguration', 100)
    const attempt = moveFunctionToVersion(aws.lambda, 'api', depsV2, options)
    await expect(attempt).rejects.toMatchObject({ name: 'TooManyRequestsException' })
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(LAMBDA_MAX_ATTEMPTS)
    expect(delays).toHaveLength(0)
    expect(await layersOf('api')).toEqual([other, depsV1])
  }, 30_000)

  it('goes through when the SDK’s attempts outlast the throttling', async () => {
    proxy.throttle('UpdateFunctionConfiguration', LAMBDA_MAX_ATTEMPTS - 1)
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(LAMBDA_MAX_ATTEMPTS)
    expect(await layersOf('api')).toEqual([other, depsV2])
  }, 30_000)

  it('keeps one budget when conflicts and throttling mix', async () => {
    // Conflicts are ours to retry (the SDK does not); each conflict retry's send may itself be throttled once.
    proxy.conflictNextUpdates(2).throttle('UpdateFunctionConfiguration', 1)
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(4)
    expect(delays).toHaveLength(2)
  }, 30_000)

  it('re-reads after a stale RevisionId, keeping the other writer’s change', async () => {
    const extra = await moto.publishLayer('extra')
    proxy.beforeNextUpdate('api', () => moto.setLayers('api', [other, depsV1, extra]))
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    expect(await layersOf('api')).toEqual([other, depsV2, extra])
    // One write refused with 412, one accepted.
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(2)
    expect(proxy.readCount('GetFunction')).toBeGreaterThanOrEqual(2)
  })

  it('does nothing more when the other writer already moved the function', async () => {
    proxy.beforeNextUpdate('api', () => moto.setLayers('api', [other, depsV2]))
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('current')
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(1)
  })

  it('waits until LastUpdateStatus is Successful', async () => {
    proxy.reportInProgress(1)
    expect(await moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).toBe('updated')
    // our read, the waiter's read that saw InProgress, the one that saw Successful
    expect(proxy.readCount('GetFunction')).toBe(3)
  }, 30_000)

  it('reports an update that Lambda marks Failed, with its reason', async () => {
    proxy.failNextUpdate('The layer is not compatible with the function architecture')
    const attempt = moveFunctionToVersion(aws.lambda, 'api', depsV2, options)
    await expect(attempt).rejects.toBeInstanceOf(UserError)
    await expect(attempt).rejects.toThrow(/'api' failed: The layer is not compatible/)
  })

  it('surfaces a limit Lambda enforces without retrying it', async () => {
    proxy.limits = LAMBDA_LIMITS
    const extras = [] as string[]
    for (const name of ['l3', 'l4', 'l5']) extras.push(await moto.publishLayer(name))
    await moto.createFunction({ name: 'full', layers: [other, ...extras, depsV1] })
    expect(await moveFunctionToVersion(aws.lambda, 'full', depsV2, options)).toBe('updated')

    await moto.createFunction({ name: 'crowded', layers: [other, ...extras, await moto.publishLayer('l6')] })
    const state = await getFunctionState(aws.lambda, 'crowded')
    expect(checkLimits(state, { arn: depsV2, unzippedSize: 10 })).toEqual([
      'it would have 6 layers; Lambda allows 5',
    ])
    const attempt = moveFunctionToVersion(aws.lambda, 'crowded', depsV2, options)
    await expect(attempt).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(2)
  })

  it('agrees with Lambda on the 250 MB unzipped limit', async () => {
    proxy.limits = LAMBDA_LIMITS
    proxy.unzippedSizes.set(depsV2, 262_143_900)
    const state = await getFunctionState(aws.lambda, 'api')
    const problems = checkLimits(state, { arn: depsV2, unzippedSize: 262_143_900 })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/≥ 250 MB unzipped \(262144181 bytes\)/)
    await expect(moveFunctionToVersion(aws.lambda, 'api', depsV2, options)).rejects.toThrow(
      /Function code combined with layers exceeds the maximum allowed size of 262144000 bytes/,
    )
  })

  it('moves several functions with bounded concurrency', async () => {
    const names = ['f1', 'f2', 'f3', 'f4', 'f5']
    for (const name of names) await moto.createFunction({ name, layers: [depsV1, other] })
    proxy.latencyMs = 20
    let inFlight = 0
    let peak = 0
    const outcomes = await mapWithConcurrency(names, 2, async (name) => {
      peak = Math.max(peak, ++inFlight)
      try {
        return await moveFunctionToVersion(aws.lambda, name, depsV2, options)
      } finally {
        inFlight--
      }
    })
    proxy.latencyMs = 0
    expect(outcomes).toEqual(names.map(() => 'updated'))
    expect(peak).toBe(2)
    for (const name of names) expect(await layersOf(name)).toEqual([depsV2, other])
  })
})
