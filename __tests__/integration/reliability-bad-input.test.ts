// Issue 7, part 1: every kind of bad input, through dist/index.js as a runner starts it, against moto behind the
// fault proxy. Each case must end with a non-zero exit, exactly one short `::error::` line that names the input and
// carries no stack trace, and nothing written to AWS: no request that writes, the layer's versions and the
// function's layers unchanged.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetFunctionConfigurationCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { TEST_ACCOUNT } from '../helpers/moto.js'
import { runAction, type ActionRunResult } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

useMotoBehindProxy({ resetBeforeEach: false })

let before: { versions: string[]; orders: string[] }

const LAYER = 'shop-deps'
/** Inputs of a run that would publish a version and move `orders` onto it: each case breaks one thing. */
const VALID: Record<string, string> = {
  'layer-name': LAYER,
  runtime: 'python3.12',
  lockfiles: 'deps.lock',
  'build-command': 'bash build.sh',
  'layer-directory': 'layer',
  functions: 'orders',
  mode: 'apply',
}
/** A folder outside every workspace, for the symlink case. */
const OUTSIDE = mkdtempSync(path.join(tmpdir(), 'outside-'))
writeFileSync(path.join(OUTSIDE, 'secret.txt'), 'not for the layer\n')

interface BadInput {
  name: string
  /** The input the one error line must name. */
  input: string
  /** Overrides of VALID; undefined removes the input. */
  inputs?: Record<string, string | undefined>
  env?: Record<string, string | undefined>
  /** Extra files in the workspace. */
  files?: Record<string, string>
}

const PYTHON_BUILTIN = { 'build-command': undefined, 'layer-directory': undefined }

const CASES: BadInput[] = [
  { name: 'layer-name missing', input: 'layer-name', inputs: { 'layer-name': undefined } },
  { name: 'layer-name with a space', input: 'layer-name', inputs: { 'layer-name': 'shop deps' } },
  { name: 'layer-name over 140 characters', input: 'layer-name', inputs: { 'layer-name': 'x'.repeat(141) } },
  {
    name: 'layer-name given as an ARN',
    input: 'layer-name',
    inputs: { 'layer-name': `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:layer:shop-deps` },
  },
  { name: 'runtime missing', input: 'runtime', inputs: { runtime: undefined } },
  { name: 'runtime unknown (python2.7)', input: 'runtime', inputs: { runtime: 'python2.7' } },
  { name: 'runtime of another language (java21)', input: 'runtime', inputs: { runtime: 'java21' } },
  { name: 'architecture x86', input: 'architecture', inputs: { architecture: 'x86' } },
  { name: 'architecture list with sparc', input: 'architecture', inputs: { architecture: 'arm64, sparc' } },
  {
    name: 'working-directory that does not exist',
    input: 'working-directory',
    inputs: { 'working-directory': 'no-such-dir' },
  },
  {
    name: 'working-directory that is a file',
    input: 'working-directory',
    inputs: { 'working-directory': 'deps.lock' },
  },
  { name: 'lockfile outside working-directory', input: 'lockfiles', inputs: { lockfiles: '../deps.lock' } },
  { name: 'lockfile as an absolute path', input: 'lockfiles', inputs: { lockfiles: '/etc/passwd' } },
  {
    name: 'lockfile that does not exist',
    input: 'lockfiles',
    inputs: { lockfiles: 'deps.lock, missing.lock' },
  },
  { name: 'lockfile glob that matches nothing', input: 'lockfiles', inputs: { lockfiles: 'locks/*.lock' } },
  {
    name: 'no lockfile found by auto-detection',
    input: 'lockfiles',
    inputs: { lockfiles: undefined, ...PYTHON_BUILTIN },
  },
  {
    name: 'malformed Pipfile.lock',
    input: 'lockfiles',
    inputs: { lockfiles: 'Pipfile.lock', ...PYTHON_BUILTIN },
    files: { 'Pipfile.lock': '{"default": {"requests": ' },
  },
  {
    name: 'malformed requirements.txt',
    input: 'lockfiles',
    inputs: { lockfiles: 'requirements.txt', ...PYTHON_BUILTIN },
    files: { 'requirements.txt': 'requests=>=2.0 !!\n' },
  },
  {
    name: 'a package that does not exist (real installer)',
    input: 'lockfiles',
    inputs: { lockfiles: 'requirements.txt', ...PYTHON_BUILTIN },
    files: { 'requirements.txt': 'layer-action-no-such-package-4242==1.0\n' },
  },
  {
    name: 'a Python lockfile for a Node.js runtime',
    input: 'lockfiles',
    inputs: { runtime: 'nodejs22.x', lockfiles: 'requirements.txt', ...PYTHON_BUILTIN },
    files: { 'requirements.txt': 'requests==2.32.5\n' },
  },
  {
    name: 'custom runtime without lockfiles',
    input: 'lockfiles',
    inputs: { runtime: 'provided.al2023', lockfiles: undefined },
  },
  {
    name: 'custom runtime without build-command',
    input: 'build-command',
    inputs: { runtime: 'provided.al2023', ...PYTHON_BUILTIN },
  },
  {
    name: 'build-command without layer-directory',
    input: 'layer-directory',
    inputs: { 'layer-directory': undefined },
  },
  {
    name: 'layer-directory without build-command',
    input: 'build-command',
    inputs: { 'build-command': undefined },
  },
  {
    name: 'layer-directory outside working-directory',
    input: 'layer-directory',
    inputs: { 'layer-directory': '../out' },
  },
  {
    name: 'layer-directory as an absolute path',
    input: 'layer-directory',
    inputs: { 'layer-directory': '/tmp/layer' },
  },
  {
    name: 'layer-directory is working-directory itself',
    input: 'layer-directory',
    inputs: { 'layer-directory': '.' },
  },
  {
    name: 'build-command that fails',
    input: 'build-command',
    inputs: { 'build-command': 'echo compiling; exit 3' },
  },
  {
    name: 'build-command that leaves no layer-directory',
    input: 'layer-directory',
    inputs: { 'build-command': 'true' },
  },
  {
    name: 'build-command that leaves layer-directory empty',
    input: 'layer-directory',
    inputs: { 'build-command': 'mkdir -p layer' },
  },
  {
    name: 'build-command that turns layer-directory into a symlink leading outside',
    input: 'layer-directory',
    inputs: { 'build-command': `ln -s ${OUTSIDE} layer` },
  },
  {
    name: 'custom runtime bootstrap that is not executable',
    input: 'build-command',
    inputs: {
      runtime: 'provided.al2023',
      'build-command': 'mkdir -p layer && echo "#!/bin/sh" > layer/bootstrap',
    },
  },
  {
    name: 'function name with shell characters',
    input: 'functions',
    inputs: { functions: 'orders; rm -rf /' },
  },
  {
    name: 'function ARN with an alias',
    input: 'functions',
    inputs: { functions: `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:orders:prod` },
  },
  {
    name: 'function ARN in a region that is not published to',
    input: 'functions',
    inputs: { functions: `arn:aws:lambda:eu-west-1:${TEST_ACCOUNT}:function:orders` },
  },
  { name: 'function that does not exist', input: 'functions', inputs: { functions: 'orders, ghost' } },
  { name: 'mode deploy', input: 'mode', inputs: { mode: 'deploy' } },
  { name: 'force yes', input: 'force', inputs: { force: 'yes' } },
  { name: 'comment maybe', input: 'comment', inputs: { comment: 'maybe' } },
  { name: 'update-layer-users 1', input: 'update-layer-users', inputs: { 'update-layer-users': '1' } },
  { name: 'build-from-source yes', input: 'build-from-source', inputs: { 'build-from-source': 'yes' } },
  {
    name: 's3-bucket with capitals and underscore',
    input: 's3-bucket',
    inputs: { 's3-bucket': 'Layer_Zips' },
  },
  { name: 's3-bucket too short', input: 's3-bucket', inputs: { 's3-bucket': 'ab' } },
  { name: 'regions with an unknown name', input: 'regions', inputs: { regions: 'mars-1' } },
  { name: 'regions in capitals', input: 'regions', inputs: { regions: 'us-east-1, EU-WEST-1' } },
  {
    name: 'AWS_REGION that is not a region, no regions input',
    input: 'regions',
    env: { AWS_REGION: 'moon', AWS_DEFAULT_REGION: 'moon' },
  },
  {
    name: 'apply mode with no region at all',
    input: 'regions',
    env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
  },
  { name: 'share-with a short account id', input: 'share-with', inputs: { 'share-with': '12345' } },
  {
    name: 'share-with two organizations',
    input: 'share-with',
    inputs: { 'share-with': 'o-abcdefghij, o-klmnopqrst' },
  },
  {
    name: 'share-with an IAM ARN',
    input: 'share-with',
    inputs: { 'share-with': `arn:aws:iam::${TEST_ACCOUNT}:root` },
  },
  { name: 'keep-versions -1', input: 'keep-versions', inputs: { 'keep-versions': '-1' } },
  { name: 'keep-versions three', input: 'keep-versions', inputs: { 'keep-versions': 'three' } },
  { name: 'keep-versions 1.5', input: 'keep-versions', inputs: { 'keep-versions': '1.5' } },
  { name: 'aliases with a space', input: 'aliases', inputs: { aliases: 'live now' } },
  { name: 'aliases that do not exist', input: 'aliases', inputs: { aliases: 'live' } },
  { name: 'publish-version 1', input: 'publish-version', inputs: { 'publish-version': '1' } },
  {
    name: 'smoke-test-payload not JSON',
    input: 'smoke-test-payload',
    inputs: { 'smoke-test-payload': '{ping}' },
  },
  {
    name: 'smoke-test-payload with no functions to invoke',
    input: 'smoke-test-payload',
    inputs: { functions: undefined, 'smoke-test-payload': '{"ping": true}' },
  },
  {
    name: 'ssm-parameter without a leading /',
    input: 'ssm-parameter',
    inputs: { 'ssm-parameter': 'layers/x' },
  },
  { name: 'ssm-parameter under /aws', input: 'ssm-parameter', inputs: { 'ssm-parameter': '/aws/layers' } },
  {
    name: 'no AWS credentials in apply mode',
    input: 'mode',
    env: {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_PROFILE: undefined,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SHARED_CREDENTIALS_FILE: path.join(OUTSIDE, 'no-credentials'),
      AWS_CONFIG_FILE: path.join(OUTSIDE, 'no-config'),
    },
  },
]

beforeAll(async () => {
  const monitoring = await moto.publishLayer('monitoring')
  const current = await moto.publishLayer(LAYER, { 'python/old.py': 'old' }, 'published by hand')
  await moto.createFunction({ name: 'orders', layers: [monitoring, current] })
  before = await awsState()
})

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-input-'))
  writeFileSync(path.join(dir, 'deps.lock'), 'requests==2.32.5\n')
  writeFileSync(path.join(dir, 'build.sh'), 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n')
  mkdirSync(path.join(dir, 'locks'))
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  return dir
}

async function run(c: Pick<BadInput, 'inputs' | 'env' | 'files'>): Promise<ActionRunResult> {
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries({ ...VALID, ...c.inputs }))
    if (value !== undefined) inputs[name] = value
  const dir = workspace(c.files)
  return runAction({
    workspace: dir,
    inputs,
    env: { ...moto.env(proxy.url), LAYER_ACTION_CACHE_DIR: path.join(dir, '.cache'), ...c.env },
  })
}

async function awsState(): Promise<{ versions: string[]; orders: string[] }> {
  const versions = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: LAYER }))
  const orders = await moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'orders' }))
  return {
    versions: (versions.LayerVersions ?? []).map((v) => `${v.Version}:${v.Description}`).sort(),
    orders: (orders.Layers ?? []).map((l) => l.Arn!),
  }
}

/** The message of an `::error::` line as the runner shows it (workflow commands escape %, CR and LF). */
function decode(line: string): string {
  return line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function namesInput(message: string, input: string): boolean {
  return new RegExp(`(^|[^\\w-])${input.replace(/-/g, '\\-')}([^\\w-]|$)`).test(message)
}

describe('bad input through dist/index.js: one clear error, nothing written', () => {
  it('covers at least 30 cases and every input the action reads', async () => {
    const { INPUT_NAMES } = await import('../../src/inputs.js')
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    const covered = new Set(CASES.flatMap((c) => [c.input, ...Object.keys(c.inputs ?? {})]))
    // github-token accepts any value; its handling is checked in reliability-security.test.ts.
    expect(INPUT_NAMES.filter((name) => name !== 'github-token' && !covered.has(name))).toEqual([])
  })

  it.each(CASES)('$name', async (c) => {
    proxy.reset()
    const result = await run(c)

    expect(result.code).not.toBe(0)
    expect(result.errors).toHaveLength(1)
    const error = decode(result.errors[0])
    expect(namesInput(error, c.input)).toBe(true)
    expect(error).not.toMatch(/\n\s+at /)
    expect(error.split('\n')[0].length).toBeLessThanOrEqual(400)
    expect(error.length).toBeLessThanOrEqual(3000)
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m)

    expect(proxy.writeCount()).toBe(0)
    expect(await awsState()).toEqual(before)
  })

  it('the same run with valid inputs does publish and move the function (the checks above can see writes)', async () => {
    proxy.reset()
    const result = await run({})
    expect(result.errors).toEqual([])
    expect(result.code).toBe(0)
    expect(proxy.writeCount('PublishLayerVersion')).toBe(1)
    expect(proxy.writeCount('UpdateFunctionConfiguration')).toBe(1)
    const after = await awsState()
    expect(after.versions).toHaveLength(before.versions.length + 1)
    expect(after.orders).not.toEqual(before.orders)
  })
})
