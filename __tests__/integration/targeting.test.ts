// Writing only to the functions named, only where the layer fits: through dist/index.js against moto behind the
// fault proxy, asserting what AWS holds afterwards.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  CreateFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionCommand,
  LambdaClient,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'
import { errorText, LAYER, layersOf, project, runFleet, versionsOf } from '../helpers/fleet.js'
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js'
import { ROLE_ARN, storedZip, TEST_ACCOUNT } from '../helpers/moto.js'
import { runAction } from '../helpers/run-action.js'

useMotoBehindProxy()

const OTHER_ACCOUNT = '999999999999'

let github: GitHubServer
beforeAll(async () => {
  github = await startGitHubServer()
})
afterAll(async () => {
  await github?.close()
})
beforeEach(() => {
  proxy.updateDelayMs = undefined
})

/** A Lambda client for another account of the same moto server (moto keeps accounts apart, like AWS). */
function otherAccount(): LambdaClient {
  const client = new LambdaClient({
    region: moto.region,
    endpoint: moto.url,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    maxAttempts: 1,
  })
  client.middlewareStack.add(
    (next) => (args) => {
      ;(args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = OTHER_ACCOUNT
      return next(args)
    },
    { step: 'build', name: 'otherAccount' },
  )
  return client
}

async function createRoleIn(account: string): Promise<string> {
  const params = new URLSearchParams({
    Action: 'CreateRole',
    Version: '2010-05-08',
    RoleName: 'layer-action-test',
    AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [] }),
  })
  await fetch(moto.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-moto-account-id': account,
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20240101/${moto.region}/iam/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: params,
  })
  return `arn:aws:iam::${account}:role/layer-action-test`
}

async function createFunction(
  name: string,
  options: { runtime?: string; architecture?: string; layers?: string[] } = {},
) {
  await moto.createRole()
  await moto.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: (options.runtime ?? 'python3.12') as never,
      Role: ROLE_ARN,
      Handler: 'index.handler',
      Code: { ZipFile: storedZip({ 'index.py': 'def handler(event, context):\n    return 1\n' }) },
      Architectures: [(options.architecture ?? 'x86_64') as never],
      Layers: options.layers,
    }),
  )
}

/** A build that puts a CPython 3.12 extension module for x86_64 (an ELF header is enough to read) into the layer. */
const NATIVE_BUILD = [
  'set -e',
  'mkdir -p layer/python/fast',
  'cp deps.lock layer/python/deps.txt',
  'so=layer/python/fast/_speedups.cpython-312-x86_64-linux-gnu.so',
  "printf '\\177ELF\\002\\001\\001' > $so",
  'head -c 9 /dev/zero >> $so',
  "printf '\\003\\000\\076\\000' >> $so",
  'head -c 108 /dev/zero >> $so',
  '',
].join('\n')

describe('exact function identity', () => {
  it("refuses an ARN of another account and leaves that account's same-named function and ours alone", async () => {
    const other = otherAccount()
    await other.send(
      new CreateFunctionCommand({
        FunctionName: 'orders',
        Runtime: 'python3.12',
        Role: await createRoleIn(OTHER_ACCOUNT),
        Handler: 'index.handler',
        Code: { ZipFile: storedZip({ 'index.py': 'x = 1\n' }) },
      }),
    )
    await createFunction('orders')

    for (const arn of [
      `arn:aws:lambda:us-east-1:${OTHER_ACCOUNT}:function:orders`,
      `${OTHER_ACCOUNT}:function:orders`,
      `arn:aws-cn:lambda:us-east-1:${TEST_ACCOUNT}:function:orders`,
    ]) {
      const result = await runFleet(moto, proxy, project(), { functions: arn })
      expect(result.code).not.toBe(0)
      const error = errorText(result)
      expect(error).toContain(arn)
      expect(error).toContain(`account ${TEST_ACCOUNT}`)
      expect(error).toMatch(/Nothing was published/)
    }
    expect(await versionsOf(moto.lambda)).toEqual([])
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(0)
    expect(await layersOf(moto.lambda, 'orders')).toEqual([])
    const theirs = await other.send(new GetFunctionConfigurationCommand({ FunctionName: 'orders' }))
    expect(theirs.FunctionArn).toContain(OTHER_ACCOUNT)
    expect(theirs.Layers ?? []).toEqual([])
  })

  it('takes a name, a partial ARN and an ARN with $LATEST for one function: one update, reported once', async () => {
    await createFunction('orders')
    const functions = [
      'orders',
      `${TEST_ACCOUNT}:function:orders`,
      `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:orders:$LATEST`,
    ].join('\n')
    const result = await runFleet(moto, proxy, project(), { functions })
    expect(result.errors).toEqual([])
    expect(JSON.parse(result.outputs['updated-functions'])).toEqual(['orders'])
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(1)
    expect(await layersOf(moto.lambda, 'orders')).toEqual([result.outputs['layer-version-arn']])
  })

  it("points a qualified ARN at 'aliases' and changes nothing", async () => {
    await createFunction('orders')
    const result = await runFleet(moto, proxy, project(), {
      functions: `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:orders:live`,
    })
    expect(result.code).not.toBe(0)
    expect(errorText(result)).toMatch(/Input 'functions'.*'aliases'/)
    expect(proxy.writeCount()).toBe(0)
  })
})

describe('compatibility before publishing', () => {
  it('refuses every function that could not load the layer, named or found, and publishes nothing', async () => {
    const older = await moto.publishLayer(LAYER, { 'python/old.txt': 'old' }, 'by hand')
    await createFunction('fits')
    await createFunction('graviton', { architecture: 'arm64' })
    await createFunction('legacy', { runtime: 'python3.11' })
    await createFunction('web', { runtime: 'nodejs20.x', layers: [older] })
    const workspace = project('numpy==2.1.0\n', NATIVE_BUILD)

    const result = await runFleet(moto, proxy, workspace, {
      functions: 'fits, graviton, legacy',
      'update-layer-users': 'true',
    })
    expect(result.code).not.toBe(0)
    const error = errorText(result)
    expect(error).toMatch(
      /graviton \(us-east-1\): it runs on arm64, and the layer's native code is for x86_64/,
    )
    expect(error).toMatch(/legacy \(us-east-1\): it runs python3\.11.*CPython 3\.12 \(cp312\)/)
    expect(error).toMatch(/web \(us-east-1\): it runs nodejs20\.x, and this is a Python layer/)
    expect(error).not.toMatch(/fits \(/)
    expect(error).toMatch(/Nothing was published/)
    expect(await versionsOf(moto.lambda)).toEqual([1])
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(0)

    // Published for the function it fits; a later run that reuses it (no build) reads the facts from the version.
    const fits = await runFleet(moto, proxy, workspace, { functions: 'fits' })
    expect(fits.errors).toEqual([])
    const description = (
      await moto.lambda.send(new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 2 }))
    ).Description
    expect(description).toMatch(/ native:x86_64,cp312/)
    proxy.reset()
    const reuse = await runFleet(moto, proxy, workspace, { functions: 'fits, graviton' })
    expect(reuse.code).not.toBe(0)
    expect(reuse.outputs['zip-path'] ?? '').toBe('')
    expect(errorText(reuse)).toMatch(/graviton \(us-east-1\): it runs on arm64/)
    expect(proxy.writeCount()).toBe(0)
    expect(await layersOf(moto.lambda, 'graviton')).toEqual([])
  })

  it('moves a pure layer across minor Python versions and CPUs', async () => {
    await createFunction('legacy', { runtime: 'python3.11', architecture: 'arm64' })
    const result = await runFleet(moto, proxy, project(), { functions: 'legacy' })
    expect(result.errors).toEqual([])
    expect(await layersOf(moto.lambda, 'legacy')).toEqual([result.outputs['layer-version-arn']])
  })

  it('refuses a layer over 250 MB unzipped before any upload, with its size', async () => {
    const build = 'mkdir -p layer/python && head -c 262144001 /dev/zero > layer/python/big.bin\n'
    const result = await runFleet(moto, proxy, project('big==1\n', build))
    expect(result.code).not.toBe(0)
    expect(errorText(result)).toMatch(/The layer is .* unzipped \(262144001 bytes\)/)
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf(moto.lambda)).toEqual([])
  })
})

describe("a pull request's check", () => {
  const PR = { name: 'pull_request', payload: { pull_request: { number: 11 }, number: 11 } }
  const prEnv = () => ({ ...github.env })

  it('fails the step after posting the comment when the push would fail', async () => {
    const others = []
    for (let i = 0; i < 5; i++) others.push(await moto.publishLayer(`other-${i}`))
    await createFunction('crowded', { layers: others })
    const workspace = project()
    const result = await runAction({
      workspace,
      event: PR,
      inputs: {
        'layer-name': LAYER,
        runtime: 'python3.12',
        lockfiles: 'deps.lock',
        'build-command': 'bash build.sh',
        'layer-directory': 'layer',
        functions: 'crowded, ghost',
        'github-token': github.token,
      },
      env: { ...moto.env(proxy.url), ...prEnv(), LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache') },
    })
    expect(result.code).not.toBe(0)
    const error = errorText(result)
    expect(error).toMatch(/crowded \(us-east-1\): it would have 6 layers/)
    expect(error).toMatch(/these functions do not exist: ghost/)
    expect(result.warnings.join('\n')).not.toMatch(/Could not ask AWS/)
    expect(result.outputs.plan).toBe('publish')
    expect(github.comments(11)).toHaveLength(1)
    expect(result.summary).toContain(LAYER)
    expect(proxy.writeCount()).toBe(0)
  })

  it('stays a warning with plan unknown only when AWS cannot be asked', async () => {
    const workspace = project()
    const result = await runAction({
      workspace,
      event: PR,
      inputs: {
        'layer-name': LAYER,
        runtime: 'python3.12',
        lockfiles: 'deps.lock',
        'build-command': 'bash build.sh',
        'layer-directory': 'layer',
        functions: 'orders',
        comment: 'false',
      },
      env: {
        ...moto.env('http://127.0.0.1:9'),
        AWS_MAX_ATTEMPTS: '1',
        LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'),
      },
    })
    expect(result.code).toBe(0)
    expect(result.outputs.plan).toBe('unknown')
    expect(result.warnings.join('\n')).toMatch(/Could not ask AWS/)
  })
})

describe('helpful refusals', () => {
  it.each([
    [{ architecture: 'aarch64' }, "did you mean 'arm64'?"],
    [{ architecture: 'amd64' }, "did you mean 'x86_64'?"],
    [{ regions: 'US-EAST-1' }, "did you mean 'us-east-1'?"],
    [{ 's3-bucket': '192.168.1.1' }, "Input 's3-bucket'"],
  ])('%j', async (inputs, expected) => {
    const result = await runFleet(moto, proxy, project(), inputs)
    expect(result.code).not.toBe(0)
    expect(errorText(result)).toContain(expected)
    expect(proxy.writeCount()).toBe(0)
  })
})

describe('convergence', () => {
  it('a revert moves every managed function, named and found, back to the earlier version without publishing', async () => {
    const older = await moto.publishLayer(LAYER, { 'python/old.txt': 'old' }, 'by hand')
    for (const name of ['named', 'found-1', 'found-2']) await createFunction(name, { layers: [older] })
    const workspace = project('requests==2.32.4\n')
    const inputs = { functions: 'named', 'update-layer-users': 'true' }

    const first = await runFleet(moto, proxy, workspace, inputs)
    expect(first.errors).toEqual([])
    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\n')
    const bump = await runFleet(moto, proxy, workspace, inputs, { GITHUB_RUN_ID: '43' })
    expect(bump.errors).toEqual([])
    for (const name of ['named', 'found-1', 'found-2'])
      expect(await layersOf(moto.lambda, name)).toEqual([bump.outputs['layer-version-arn']])

    writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.4\n')
    proxy.reset()
    const revert = await runFleet(moto, proxy, workspace, inputs, { GITHUB_RUN_ID: '44' })
    expect(revert.errors).toEqual([])
    expect(revert.outputs).toMatchObject({ published: 'false', 'zip-path': '' })
    expect(revert.outputs['layer-version-arn']).toBe(first.outputs['layer-version-arn'])
    expect(proxy.writeCount('PublishLayerVersion')).toBe(0)
    for (const name of ['named', 'found-1', 'found-2'])
      expect(await layersOf(moto.lambda, name)).toEqual([first.outputs['layer-version-arn']])
  })

  it('removes a late-landing twin and applies keep-versions on a run that publishes nothing', async () => {
    const older = await moto.publishLayer(LAYER, { 'python/old.txt': 'old' }, 'by hand')
    await createFunction('orders', { layers: [older] })
    const workspace = project()
    const first = await runFleet(moto, proxy, workspace, { functions: 'orders' })
    expect(first.errors).toEqual([])
    // A publish whose run was cancelled lands late: same fingerprint, same bytes, a higher number.
    const ours = await moto.lambda.send(new GetLayerVersionCommand({ LayerName: LAYER, VersionNumber: 2 }))
    await moto.lambda.send(
      new PublishLayerVersionCommand({
        LayerName: LAYER,
        Description: ours.Description,
        Content: { ZipFile: readFileSync(first.outputs['zip-path']) },
      }),
    )
    expect(await versionsOf(moto.lambda)).toEqual([1, 2, 3])

    proxy.reset()
    const rerun = await runFleet(moto, proxy, workspace, { functions: 'orders', 'keep-versions': '1' })
    expect(rerun.errors).toEqual([])
    expect(rerun.outputs.published).toBe('false')
    expect(rerun.stdout).toMatch(/Deleted version 3 of shop-deps \(us-east-1\): it duplicated version 2/)
    expect(await versionsOf(moto.lambda)).toEqual([2])
    expect(await layersOf(moto.lambda, 'orders')).toEqual([first.outputs['layer-version-arn']])
  })

  it.each([1, 2, 3, 4, 5])(
    'two runs started together end with every function on the later run’s version (trial %i)',
    async () => {
      proxy.updateDelayMs = { min: 0, max: 150 }
      const older = await moto.publishLayer(LAYER, { 'python/old.txt': 'old' }, 'by hand')
      const names = Array.from({ length: 12 }, (_, i) => `fn-${String(i).padStart(2, '0')}`)
      for (const name of names) await createFunction(name, { layers: [older] })
      const inputs = { functions: names.join(','), 'keep-versions': '1' }

      // Either process may start (and so publish and write) first: the order of the workflow runs decides.
      const stagger = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 800))
      const [earlier, later] = await Promise.all([
        stagger().then(() =>
          runFleet(moto, proxy, project('requests==2.32.4\n'), inputs, { GITHUB_RUN_ID: '100' }),
        ),
        stagger().then(() =>
          runFleet(moto, proxy, project('requests==2.32.5\n'), inputs, { GITHUB_RUN_ID: '101' }),
        ),
      ])
      expect(earlier.errors).toEqual([])
      expect(later.errors).toEqual([])
      const winner = later.outputs['layer-version-arn']
      expect(winner).toMatch(/:\d+$/)
      const ends = await Promise.all(names.map((name) => layersOf(moto.lambda, name)))
      expect(ends).toEqual(names.map(() => [winner]))
      // Neither run deleted the version the other was moving functions to while it ran.
      expect(await versionsOf(moto.lambda)).toContain(Number(/:(\d+)$/.exec(winner)![1]))
    },
  )
})
