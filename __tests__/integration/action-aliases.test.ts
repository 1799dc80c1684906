// Versions, aliases, the smoke test, the SSM pointer and the runtime radar, through dist/index.js against moto.
// moto implements PublishVersion, aliases, tags and SSM parameters; it runs functions only in Docker, so Invoke is
// answered by the fault proxy (a success, a function error with X-Amz-Function-Error, or a timeout), and a
// SnapStart version's slow `Active` is the proxy answering `Pending` for a few reads.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CreateAliasCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  ListLayerVersionsCommand,
  PublishVersionCommand,
  TagResourceCommand,
} from '@aws-sdk/client-lambda'
import { DeleteParameterCommand, GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
import { runAction } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy()

const PAYLOAD = '{"ping": true}'

function project(lock = 'requests==2.32.5\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aliases-'))
  writeFileSync(path.join(dir, 'deps.lock'), lock)
  writeFileSync(path.join(dir, 'build.sh'), 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n')
  return dir
}

function run(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
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

/** A function with version 1 published and alias `live` on it, as a SnapStart or provisioned function is. */
async function functionWithAlias(name: string, layers: string[] = [], runtime?: string) {
  await moto.createFunction({ name, layers, runtime })
  const version = await moto.lambda.send(new PublishVersionCommand({ FunctionName: name }))
  await moto.lambda.send(
    new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: version.Version }),
  )
}

/** A run that moves `functions` and their alias `live`, smoke-testing each. */
function runWithAliases(workspace: string, functions: string) {
  return run(workspace, { functions, aliases: 'live', 'smoke-test-payload': PAYLOAD })
}

async function aliasVersion(name: string, alias = 'live'): Promise<string> {
  return (await moto.lambda.send(new GetAliasCommand({ FunctionName: name, Name: alias }))).FunctionVersion!
}

async function layersOf(name: string, qualifier?: string): Promise<string[]> {
  const config = await moto.lambda.send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  )
  return (config.Layers ?? []).map((l) => l.Arn!)
}

async function layerVersions(): Promise<number[]> {
  const page = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: 'shop-deps' }))
  return (page.LayerVersions ?? []).map((v) => v.Version!).sort()
}

describe('versions and aliases through dist/index.js', () => {
  it('moves an alias only after its new version is Active and passed the smoke test; a second run writes nothing', async () => {
    await functionWithAlias('orders')
    await functionWithAlias('payments')
    const workspace = project()
    proxy.keepVersionsPending(3)

    const first = await runWithAliases(workspace, 'orders, payments')
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    const layer = first.outputs['layer-version-arn']
    expect(JSON.parse(first.outputs['function-versions'])).toEqual({ orders: '2', payments: '2' })
    expect(JSON.parse(first.outputs['updated-functions']).sort()).toEqual(['orders', 'payments'])
    for (const name of ['orders', 'payments']) {
      expect(await aliasVersion(name)).toBe('2')
      expect(await layersOf(name, '2')).toEqual([layer])
      expect(await layersOf(name, '1')).toEqual([])
    }
    // The smoke test ran against the new version while the alias still served version 1.
    expect(proxy.invocations.map((i) => [i.functionName, i.qualifier, i.aliases.live]).sort()).toEqual([
      ['orders', '2', '1'],
      ['payments', '2', '1'],
    ])
    expect(proxy.invocations.every((i) => i.payload === PAYLOAD && i.layers.includes(layer))).toBe(true)
    // Progress while SnapStart (here: the proxy) keeps the version Pending, and the alias moves after it.
    const log = first.stdout
    expect(log).toMatch(/version 2: Pending/)
    expect(log.lastIndexOf('Pending')).toBeLessThan(log.indexOf('Moved alias'))
    expect(log.indexOf('Smoke test of orders (version 2) passed')).toBeLessThan(
      log.indexOf('Moved alias orders:live'),
    )

    proxy.reset()
    const again = await run(workspace, { functions: 'orders, payments', aliases: 'live' })
    expect(again.code).toBe(0)
    expect(again.outputs['function-versions']).toBe('{}')
    expect(proxy.writeCount()).toBe(0)
  })

  it('gives a function already current on $LATEST a new version when its alias serves an older layer', async () => {
    await functionWithAlias('orders')
    const workspace = project()
    const latestOnly = await run(workspace, { functions: 'orders' })
    expect(latestOnly.code).toBe(0)
    const layer = latestOnly.outputs['layer-version-arn']
    expect(await layersOf('orders')).toEqual([layer])
    expect(await aliasVersion('orders')).toBe('1')

    proxy.reset()
    const plan = await run(workspace, { functions: 'orders', aliases: 'live', mode: 'plan' })
    expect(plan.code).toBe(0)
    expect(plan.summary).toMatch(/live/)
    expect(proxy.writeCount()).toBe(0)

    const applied = await run(workspace, { functions: 'orders', aliases: 'live' })
    expect(applied.errors).toEqual([])
    expect(applied.outputs).toMatchObject({ published: 'false', 'function-versions': '{"orders":"2"}' })
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(0)
    expect(proxy.writeCount('PublishVersion')).toBe(1)
    expect(proxy.writeCount('UpdateAlias')).toBe(1)
    expect(await aliasVersion('orders')).toBe('2')
    expect(await layersOf('orders', '2')).toEqual([layer])
  })

  it('leaves an alias on $LATEST there and publishes no version for it: it serves the new layer with $LATEST', async () => {
    await moto.createFunction({ name: 'orders' })
    await moto.lambda.send(
      new CreateAliasCommand({ FunctionName: 'orders', Name: 'live', FunctionVersion: '$LATEST' }),
    )
    await functionWithAlias('payments')

    const result = await runWithAliases(project(), 'orders, payments')
    expect(result.errors).toEqual([])
    expect(result.code).toBe(0)
    const layer = result.outputs['layer-version-arn']
    expect(await aliasVersion('orders')).toBe('$LATEST')
    expect(await layersOf('orders')).toEqual([layer])
    expect(await layersOf('orders', 'live')).toEqual([layer])
    expect(proxy.writeCount('PublishVersion')).toBe(1)
    expect(JSON.parse(result.outputs['function-versions'])).toEqual({ payments: '2' })
    expect(await aliasVersion('payments')).toBe('2')
    expect(JSON.parse(result.outputs['updated-functions']).sort()).toEqual(['orders', 'payments'])
    expect(result.stdout).toContain('Left orders:live on $LATEST')
    expect(result.summary).toMatch(/live.{0,20} on \$LATEST/)
    expect(proxy.invocations.map((i) => [i.functionName, i.qualifier]).sort()).toEqual([
      ['orders', undefined],
      ['payments', '2'],
    ])
  })

  it('keeps the alias and puts $LATEST back when the smoke test fails; the other functions go on', async () => {
    const monitoring = await moto.publishLayer('monitoring')
    await functionWithAlias('orders', [monitoring])
    await functionWithAlias('payments')
    proxy.answerInvoke('orders', {
      kind: 'error',
      errorType: 'ImportError',
      message: "No module named 'requests'",
    })

    const result = await runWithAliases(project(), 'orders, payments')
    expect(result.code).toBe(1)
    const errors = result.errors.join('\n')
    expect(errors).toMatch(/orders/)
    expect(errors).toContain("No module named 'requests'")
    expect(errors).not.toMatch(/payments/)
    expect(await aliasVersion('orders')).toBe('1')
    expect(await layersOf('orders')).toEqual([monitoring])
    expect(await aliasVersion('payments')).toBe('2')
    expect(JSON.parse(result.outputs['function-versions'])).toEqual({ payments: '2' })
    expect(result.summary).toContain("No module named 'requests'")
  })

  it('without aliases, smoke-tests $LATEST and puts its previous layer list back after a timeout', async () => {
    const monitoring = await moto.publishLayer('monitoring')
    await moto.createFunction({ name: 'orders', layers: [monitoring] })
    const workspace = project()
    const first = await run(workspace, { functions: 'orders', 'smoke-test-payload': PAYLOAD })
    expect(first.code).toBe(0)
    const v1 = first.outputs['layer-version-arn']
    expect(await layersOf('orders')).toEqual([monitoring, v1])

    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nsix==1.16.0\n')
    proxy.answerInvoke('orders', { kind: 'timeout', seconds: 3 })
    const broken = await run(workspace, { functions: 'orders', 'smoke-test-payload': PAYLOAD })
    expect(broken.code).toBe(1)
    expect(broken.errors.join('\n')).toMatch(/orders.*Task timed out after 3\.00 seconds/s)
    expect(proxy.invocations.at(-1)).toMatchObject({ functionName: 'orders', qualifier: undefined })
    expect(proxy.invocations.at(-1)!.layers).toContain(broken.outputs['layer-version-arn'])
    expect(await layersOf('orders')).toEqual([monitoring, v1])
  })

  it('invokes a slow function once for the smoke test, waiting for its Timeout; only a throttled invoke is sent again', async () => {
    await moto.createFunction({ name: 'orders' })
    // Each invoke answers after 3 s, past the 1 s socket idle time of the other AWS calls.
    const slow = { kind: 'ok', afterMs: 3000 } as const
    proxy.answerInvoke('orders', slow, slow, slow, slow)
    proxy.throttle('Invoke', 1)

    const result = await run(
      project(),
      { functions: 'orders', 'smoke-test-payload': PAYLOAD },
      { LAYER_ACTION_AWS_REQUEST_TIMEOUT_MS: '1000' },
    )
    expect(result.errors).toEqual([])
    expect(result.code).toBe(0)
    expect(proxy.writeCount('Invoke')).toBe(2)
    expect(proxy.invocations).toHaveLength(1)
    expect(proxy.invocations[0]).toMatchObject({ functionName: 'orders', payload: PAYLOAD })
    expect(result.stdout).toMatch(/Smoke test of orders \(\$LATEST\) passed/)
    expect(await layersOf('orders')).toEqual([result.outputs['layer-version-arn']])
  })

  it('refuses an alias that does not exist before publishing anything', async () => {
    await functionWithAlias('orders')
    await moto.createFunction({ name: 'payments' })
    const result = await run(project(), { functions: 'orders, payments', aliases: 'live' })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/aliases.*payments:live/)
    expect(proxy.writeCount()).toBe(0)
    expect(await layerVersions()).toEqual([])
  })

  it('writes the layer version ARN to the SSM parameter in each region, and not again when nothing changed', async () => {
    const workspace = project()
    const inputs = { regions: 'us-east-1, eu-west-1', 'ssm-parameter': '/layers/shop-deps' }
    const first = await run(workspace, inputs)
    expect(first.errors).toEqual([])
    const arns = JSON.parse(first.outputs['layer-version-arns'])
    const versions: Record<string, number> = {}
    for (const region of ['us-east-1', 'eu-west-1']) {
      const ssm = new SSMClient({ region, endpoint: moto.url, credentials: testCredentials })
      const parameter = (await ssm.send(new GetParameterCommand({ Name: '/layers/shop-deps' }))).Parameter!
      expect(parameter.Value).toBe(arns[region])
      expect(parameter.Value).toMatch(new RegExp(`^arn:aws:lambda:${region}:`))
      versions[region] = parameter.Version!
    }
    expect(proxy.writeCount('PutParameter')).toBe(2)

    proxy.reset()
    const again = await run(workspace, inputs)
    expect(again.code).toBe(0)
    expect(proxy.writeCount()).toBe(0)
    expect(proxy.readCount('GetParameter')).toBe(2)
    for (const region of ['us-east-1', 'eu-west-1']) {
      const ssm = new SSMClient({ region, endpoint: moto.url, credentials: testCredentials })
      const parameter = (await ssm.send(new GetParameterCommand({ Name: '/layers/shop-deps' }))).Parameter!
      expect(parameter.Version).toBe(versions[region])
    }
  })

  it('leaves the SSM parameter on the version of a later run, as the functions are; a later run moves both', async () => {
    await moto.createFunction({ name: 'orders' })
    const inputs = { functions: 'orders', 'ssm-parameter': '/layers/shop-deps' }
    const ssm = new SSMClient({ region: moto.region, endpoint: moto.url, credentials: testCredentials })
    const pointer = async () =>
      (await ssm.send(new GetParameterCommand({ Name: '/layers/shop-deps' }))).Parameter!.Value

    const later = await run(project('requests==2.32.5\n'), inputs, { GITHUB_RUN_ID: '200' })
    expect(later.errors).toEqual([])
    const v1 = later.outputs['layer-version-arn']
    expect(await pointer()).toBe(v1)

    // A run that started earlier finishes later, with other lockfiles: it publishes, but moves neither.
    proxy.reset()
    const earlier = await run(project('requests==2.32.4\n'), inputs, { GITHUB_RUN_ID: '100' })
    expect(earlier.errors).toEqual([])
    expect(earlier.outputs.published).toBe('true')
    expect(earlier.stdout).toContain('Left where a later run moved them: orders')
    expect(await layersOf('orders')).toEqual([v1])
    expect(await pointer()).toBe(v1)
    expect(proxy.writeCount('PutParameter')).toBe(0)

    // Also without functions to tell: the parameter names a later run's version.
    const alone = await run(
      project('requests==2.32.3\n'),
      { 'ssm-parameter': '/layers/shop-deps' },
      { GITHUB_RUN_ID: '150' },
    )
    expect(alone.errors).toEqual([])
    expect(await pointer()).toBe(v1)
    expect(alone.summary).toContain("left for a later run's version")

    // As if the later run's write had not landed yet: the functions alone tell.
    await ssm.send(new DeleteParameterCommand({ Name: '/layers/shop-deps' }))
    const retried = await run(project('requests==2.32.4\n'), inputs, {
      GITHUB_RUN_ID: '100',
      GITHUB_RUN_ATTEMPT: '2',
    })
    expect(retried.errors).toEqual([])
    expect(await layersOf('orders')).toEqual([v1])
    await expect(pointer()).rejects.toMatchObject({ name: 'ParameterNotFound' })

    const latest = await run(project('requests==2.32.4\n'), inputs, { GITHUB_RUN_ID: '300' })
    expect(latest.errors).toEqual([])
    const v2 = latest.outputs['layer-version-arn']
    expect(v2).toBe(earlier.outputs['layer-version-arn'])
    expect(await layersOf('orders')).toEqual([v2])
    expect(await pointer()).toBe(v2)
  })

  it('warns about stack-managed functions and deprecated runtimes, with the date', async () => {
    const stacked = await moto.createFunction({ name: 'orders' })
    await moto.lambda.send(
      new TagResourceCommand({
        Resource: stacked.FunctionArn,
        Tags: { 'aws:cloudformation:stack-name': 'shop-stack' },
      }),
    )
    await moto.createFunction({ name: 'legacy', runtime: 'python3.9' })
    const result = await run(project(), { functions: 'orders, legacy' })
    expect(result.code).toBe(0)
    const warnings = result.warnings.join('\n')
    expect(warnings).toMatch(
      /orders \(us-east-1\) is managed by CloudFormation stack 'shop-stack'.*ssm-parameter/,
    )
    expect(warnings).toMatch(/python3\.9 is deprecated since 2025-12-15.*legacy \(us-east-1\)/)
    expect(warnings).not.toMatch(/python3\.12/)
    expect(result.summary).toContain('shop-stack')
    expect(result.summary).toContain('2025-12-15')
  })

  it('does not list a runtime past its update-block date as compatible, and says so', async () => {
    const result = await run(project(), { runtime: 'nodejs20.x' })
    expect(result.code).toBe(0)
    expect(result.warnings.join('\n')).toContain(
      "The layer's runtime: nodejs20.x: Lambda blocks function updates on it since 2026-07-01",
    )
    const page = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: 'shop-deps' }))
    expect(page.LayerVersions?.[0].CompatibleRuntimes ?? []).toEqual([])
  })

  it('rolls back by revert: the earlier layer version is reused and the aliases move back, with no layer publish', async () => {
    await functionWithAlias('orders')
    const workspace = project()
    const inputs = { functions: 'orders', aliases: 'live', 'smoke-test-payload': PAYLOAD }
    const first = await run(workspace, inputs)
    const v1 = first.outputs['layer-version-arn']
    expect(await aliasVersion('orders')).toBe('2')

    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nsix==1.16.0\n')
    const changed = await run(workspace, inputs)
    expect(changed.outputs['layer-version']).toBe('2')
    expect(await aliasVersion('orders')).toBe('3')

    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\n')
    proxy.reset()
    const started = Date.now()
    const reverted = await run(workspace, inputs)
    const seconds = (Date.now() - started) / 1000
    expect(reverted.errors).toEqual([])
    expect(reverted.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version-arn': v1 })
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    expect(reverted.stdout).not.toMatch(/Building the layer/)
    expect(await layersOf('orders')).toEqual([v1])
    const version = await aliasVersion('orders')
    expect(await layersOf('orders', version)).toEqual([v1])
    expect(reverted.outputs['function-versions']).toBe(JSON.stringify({ orders: version }))
    expect(await layerVersions()).toEqual([1, 2])
    console.log(`revert run: ${seconds.toFixed(1)} s`)
  })
})

const testCredentials = { accessKeyId: 'testing', secretAccessKey: 'testing' }
