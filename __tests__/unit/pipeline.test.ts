// runPipeline in process, with the AWS, cache and command adapters replaced by fakes (helpers/fakes.ts): the plan
// and apply branches in seconds. The same behaviour is proven against moto through dist/ by the integration tests.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isUserFacing, UserError } from '../../src/core/errors.js'
import { readInputs, type InputName } from '../../src/inputs.js'
import { runPipeline, type PipelineDeps } from '../../src/pipeline.js'
import { PipelineFailure, type PipelineResult } from '../../src/rollout/outcome.js'
import { FakeCache, FakeCommands, FakeLambda, FakeLog, fakeAws } from '../helpers/fakes.js'

const LAYER = 'shop-deps'
const REGION = 'us-east-1'

let lambda: FakeLambda
let cache: FakeCache
let workspace: string

beforeEach(() => {
  lambda = new FakeLambda(REGION)
  cache = new FakeCache()
  workspace = mkdtempSync(path.join(tmpdir(), 'pipeline-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\n')
})
afterEach(() => cache.clear())

interface Run {
  result: PipelineResult
  commands: FakeCommands
  log: FakeLog
  /** Writes this run sent to the fake Lambda. */
  writes: string[]
}

/** One run of the pipeline on `workspace`, with the inputs a workflow would give (read by readInputs). */
async function run(
  inputs: Partial<Record<InputName, string>> = {},
  deps: Partial<PipelineDeps> = {},
  env: NodeJS.ProcessEnv = { AWS_REGION: REGION },
): Promise<Run> {
  const given: Partial<Record<InputName, string>> = {
    'layer-name': LAYER,
    runtime: 'python3.12',
    lockfiles: 'deps.lock',
    'build-command': 'bash build.sh',
    'layer-directory': 'layer',
    mode: 'apply',
    ...inputs,
  }
  const commands = new FakeCommands()
  const log = new FakeLog()
  const callsBefore = lambda.calls.length
  const result = await runPipeline(
    readInputs({ get: (name) => given[name] ?? '', env, baseDirectory: workspace }),
    {
      run: commands.run,
      cache,
      log,
      aws: fakeAws(lambda),
      env,
      workDirectory: path.join(workspace, '.work'),
      commit: 'abc123',
      ...deps,
    },
  )
  return { result, commands, log, writes: writesSince(callsBefore) }
}

/** The error a run ends with, and the writes it made before. */
async function failure(inputs: Partial<Record<InputName, string>>, deps: Partial<PipelineDeps> = {}) {
  const callsBefore = lambda.calls.length
  const error = await run(inputs, deps).then(
    () => undefined,
    (err: unknown) => err as Error,
  )
  if (!error) throw new Error('the run was expected to fail')
  return { error, writes: writesSince(callsBefore) }
}

function writesSince(callIndex: number): string[] {
  return lambda.calls
    .slice(callIndex)
    .map((c) => c.command)
    .filter((c) => !/^(Get|List)/.test(c))
}

function changeLockfile(content = 'requests==2.32.5\nsix==1.16.0\n') {
  writeFileSync(path.join(workspace, 'deps.lock'), content)
}

describe('plan mode', () => {
  it('a layer that does not exist yet: builds, plans a publish, writes nothing', async () => {
    lambda.addFunction('orders')
    const { result, commands, writes } = await run({ mode: 'plan', functions: 'orders' })
    expect(result).toMatchObject({ plan: 'publish', published: false, cacheHit: false })
    expect(result.artifact?.zip.fileCount).toBe(1)
    expect(commands.calls).toHaveLength(1)
    expect(result.regions[0].functions).toEqual([
      expect.objectContaining({ name: 'orders', status: 'would-update' }),
    ])
    expect(writes).toEqual([])
  })

  it('a version with this fingerprint exists: plans a reuse without building', async () => {
    lambda.addFunction('orders')
    const published = await run({ functions: 'orders' })
    const { result, commands, writes } = await run({ mode: 'plan', functions: 'orders' })
    expect(result).toMatchObject({ plan: 'reuse', published: false, artifact: undefined })
    expect(result.version?.layerVersionArn).toBe(published.result.version?.layerVersionArn)
    expect(result.regions[0].functions).toEqual([
      expect.objectContaining({ name: 'orders', status: 'current' }),
    ])
    expect(commands.calls).toEqual([])
    expect(writes).toEqual([])
  })

  it('a changed lockfile plans a publish, and the functions would move', async () => {
    lambda.addFunction('orders')
    await run({ functions: 'orders' })
    changeLockfile()
    const { result, writes } = await run({ mode: 'plan', functions: 'orders' })
    expect(result.plan).toBe('publish')
    expect(result.previousVersion?.version).toBe(1)
    expect(result.regions[0].functions[0].status).toBe('would-update')
    expect(writes).toEqual([])
  })

  it('without AWS: the plan is unknown, the layer is still built', async () => {
    const { result, log } = await run({ mode: 'plan' }, { aws: undefined })
    expect(result).toMatchObject({ plan: 'unknown', regions: [] })
    expect(result.artifact).toBeDefined()
    expect(log.warnings.join('\n')).toMatch(/No AWS credentials: the plan is unknown/)
  })

  it('with credentials but no region: the plan is unknown, the layer is still built', async () => {
    const { result, commands, log, writes } = await run({ mode: 'plan' }, {}, {})
    expect(result).toMatchObject({ plan: 'unknown', regions: [] })
    expect(result.artifact).toBeDefined()
    expect(commands.calls).toHaveLength(1)
    expect(log.warnings.join('\n')).toMatch(/No region \(set the 'regions' input or AWS_REGION\)/)
    expect(writes).toEqual([])
  })

  it('when AWS cannot be asked: the plan is unknown, with the reason as a warning', async () => {
    lambda.failNext('ListLayerVersions', new Error('socket hang up'))
    const { result, log, writes } = await run({ mode: 'plan' })
    expect(result.plan).toBe('unknown')
    expect(log.warnings.join('\n')).toMatch(/Could not ask AWS.*socket hang up/)
    expect(writes).toEqual([])
  })

  it('a missing lockfile is the one error while the AWS reads, started alongside, fail too', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      lambda.failNext('ListLayerVersions', new Error('socket hang up'))
      const { error, writes } = await failure({ lockfiles: 'missing.lock' })
      expect(isUserFacing(error)).toBe(true)
      expect(error.message).toMatch(/missing\.lock/)
      expect(writes).toEqual([])
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })

  it('a function that does not exist fails the plan, which is still reported', async () => {
    lambda.addFunction('orders')
    const { error, writes } = await failure({ mode: 'plan', functions: 'orders, ghost' })
    expect(error).toBeInstanceOf(PipelineFailure)
    expect(error.message).toMatch(/do not exist: ghost \(us-east-1\)/)
    const { result } = error as PipelineFailure
    expect(result.plan).toBe('publish')
    expect(result.regions[0].missingFunctions).toEqual(['ghost'])
    expect(writes).toEqual([])
  })
})

describe('apply mode', () => {
  it('a publish that fails still reports the plan as publish', async () => {
    lambda.failNext(
      'PublishLayerVersion',
      Object.assign(new Error('not allowed'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 },
      }),
    )
    const { error, writes } = await failure({})
    expect(error).toBeInstanceOf(PipelineFailure)
    expect(error.message).toMatch(/not allowed/)
    expect((error as PipelineFailure).result).toMatchObject({ plan: 'publish', published: false })
    expect(writes.filter((w) => w !== 'PublishLayerVersion')).toEqual([])
  })

  it('first publish: one version with the fingerprint, the function moved with its other layer kept first', async () => {
    const other = lambda.publishByHand('monitoring')
    lambda.addFunction('orders', [other])
    lambda.addFunction('payments')
    const { result, writes } = await run({ functions: 'orders, payments' })

    expect(result).toMatchObject({ plan: 'publish', published: true, cacheHit: false })
    const arn = result.version!.layerVersionArn
    expect(arn).toBe(`arn:aws:lambda:${REGION}:123456789012:layer:${LAYER}:1`)
    expect(result.version!.description).toContain(`fingerprint:${result.fingerprint}`)
    expect(result.version!.description).toContain('commit:abc123')
    expect(lambda.layersOf('orders')).toEqual([other, arn])
    expect(lambda.layersOf('payments')).toEqual([arn])
    expect(result.regions[0].functions.map((f) => [f.name, f.status])).toEqual([
      ['orders', 'updated'],
      ['payments', 'updated'],
    ])
    expect(writes).toEqual([
      'PublishLayerVersion',
      'UpdateFunctionConfiguration',
      'UpdateFunctionConfiguration',
    ])
    // Every update carried the RevisionId it read, so another writer's change cannot be overwritten.
    for (const update of lambda.calls.filter((c) => c.command === 'UpdateFunctionConfiguration')) {
      expect(update.input.RevisionId).toEqual(expect.any(String))
    }
    expect(cache.saved).toHaveLength(2)
  })

  it('the same lockfile again: reuses the version, builds nothing and writes nothing', async () => {
    lambda.addFunction('orders')
    await run({ functions: 'orders' })
    const { result, commands, writes } = await run({ functions: 'orders' })
    expect(result).toMatchObject({ plan: 'reuse', published: false, cacheHit: true })
    expect(result.version?.version).toBe(1)
    expect(result.regions[0].functions[0].status).toBe('current')
    expect(commands.calls).toEqual([])
    expect(writes).toEqual([])
  })

  it('a changed lockfile: a new version, the function moves to it in place', async () => {
    const other = lambda.publishByHand('monitoring')
    lambda.addFunction('orders', [other])
    const first = await run({ functions: 'orders' })
    changeLockfile()
    const { result, writes } = await run({ functions: 'orders' })
    expect(result).toMatchObject({ published: true })
    expect(result.version?.version).toBe(2)
    expect(result.fingerprint).not.toBe(first.result.fingerprint)
    expect(result.previousVersion?.version).toBe(1)
    expect(lambda.layersOf('orders')).toEqual([other, result.version!.layerVersionArn])
    expect(writes).toEqual(['PublishLayerVersion', 'UpdateFunctionConfiguration'])
    expect(lambda.versionsOf(LAYER)).toEqual([1, 2])
  })

  it('force with the same bytes: rebuilds, publishes nothing', async () => {
    lambda.addFunction('orders')
    await run({ functions: 'orders' })
    const { result, commands, writes } = await run({ functions: 'orders', force: 'true' })
    expect(commands.calls).toHaveLength(1)
    expect(result).toMatchObject({ plan: 'reuse', published: false, cacheHit: false })
    expect(writes).toEqual([])
    expect(lambda.versionsOf(LAYER)).toEqual([1])
  })

  it('a function that does not exist stops the run before anything is written', async () => {
    lambda.addFunction('orders')
    const { error, writes } = await failure({ functions: 'orders, ghost' })
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toMatch(/do not exist: ghost \(us-east-1\)\nNothing was published/)
    expect(writes).toEqual([])
    expect(lambda.versionsOf(LAYER)).toEqual([])
  })

  it('a function that would end with six layers stops the run before anything is written', async () => {
    const others = [1, 2, 3, 4, 5].map((n) => lambda.publishByHand(`other-${n}`))
    lambda.addFunction('orders', others)
    lambda.addFunction('payments')
    const { error, writes } = await failure({ functions: 'payments, orders' })
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toMatch(/orders \(us-east-1\): it would have 6 layers; Lambda allows 5/)
    expect(error.message).not.toMatch(/payments/)
    expect(writes).toEqual([])
    expect(lambda.layersOf('orders')).toEqual(others)
  })

  it('a function over 250 MB unzipped stops the run before anything is written', async () => {
    const big = lambda.publishByHand('big-models')
    lambda.addFunction('orders', [big], { CodeSize: 262_144_000 })
    const { error, writes } = await failure({ functions: 'orders' })
    expect(error.message).toMatch(
      /orders \(us-east-1\): function code and layers would be .* Lambda allows 250 MB/,
    )
    expect(writes).toEqual([])
  })

  it('without AWS credentials: one clear error, nothing built', async () => {
    const commands = new FakeCommands()
    const { error } = await failure({}, { aws: undefined, run: commands.run })
    expect(error.message).toMatch(/No AWS credentials were found, and mode 'apply' needs them/)
    expect(commands.calls).toEqual([])
  })

  it('a function whose update fails: the others move, the failure names it, nothing is pruned', async () => {
    lambda.addFunction('orders')
    lambda.addFunction('payments')
    await run({ functions: 'orders, payments' })
    changeLockfile()
    lambda.failNext(
      'UpdateFunctionConfiguration',
      Object.assign(new Error('User is not authorized'), {
        name: 'AccessDeniedException',
        $metadata: { httpStatusCode: 403 },
      }),
    )
    const { error } = await failure({ functions: 'orders, payments', 'keep-versions': '1' })
    expect(error).toBeInstanceOf(PipelineFailure)
    const result = (error as PipelineFailure).result
    expect(result.published).toBe(true)
    expect(error.message).toMatch(/could not update orders \(.*not authorized/)
    expect(lambda.layersOf('payments')).toEqual([result.version!.layerVersionArn])
    expect(lambda.versionsOf(LAYER)).toEqual([1, 2])
  })

  it('share-with: the account by name, the organization only with its condition', async () => {
    const { result } = await run({ 'share-with': '111122223333, o-a1b2c3d4e5' })
    expect(result.regions[0].sharing?.granted).toEqual(['111122223333', 'o-a1b2c3d4e5'])
    expect(lambda.policyOf(LAYER, 1).map((s) => [s.Principal, s.Condition])).toEqual([
      ['111122223333', undefined],
      ['*', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }],
    ])
  })

  it('keep-versions deletes old versions nobody uses and keeps the ones in use', async () => {
    const [v1, v2] = [lambda.publishByHand(LAYER, 'one'), lambda.publishByHand(LAYER, 'two')]
    lambda.addFunction('legacy', [v1])
    lambda.addFunction('orders', [v2])
    const { result } = await run({ functions: 'orders', 'keep-versions': '1' })
    expect(result.version?.version).toBe(3)
    expect(result.regions[0].pruning).toMatchObject({
      deleted: [2],
      keptInUse: [{ version: 1, usedBy: ['legacy'] }],
    })
    expect(lambda.versionsOf(LAYER)).toEqual([1, 3])
    expect(lambda.layersOf('legacy')).toEqual([v1])
  })

  it('update-layer-users moves the functions that use an older version, and only those', async () => {
    const v1 = lambda.publishByHand(LAYER, 'one')
    const other = lambda.publishByHand('monitoring')
    lambda.addFunction('alpha', [v1, other])
    lambda.addFunction('plain', [other])
    const { result } = await run({ 'update-layer-users': 'true' })
    const v2 = result.version!.layerVersionArn
    expect(result.regions[0].functions.map((f) => [f.name, f.status, f.discovered])).toEqual([
      ['alpha', 'updated', true],
    ])
    expect(lambda.layersOf('alpha')).toEqual([v2, other])
    expect(lambda.layersOf('plain')).toEqual([other])
  })
})
