import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { readInputs, splitList, type InputName } from '../../src/inputs.js'

const base = mkdtempSync(path.join(tmpdir(), 'inputs-'))
mkdirSync(path.join(base, 'app', 'layer'), { recursive: true })
writeFileSync(path.join(base, 'app', 'requirements.txt'), 'six==1.16.0\n')

function read(
  values: Partial<Record<InputName, string>>,
  env: NodeJS.ProcessEnv = { AWS_REGION: 'eu-west-1' },
) {
  return readInputs({ get: (name) => values[name] ?? '', env, baseDirectory: base })
}

const minimal = { 'layer-name': 'deps', runtime: 'python3.12' }

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (err) {
    if (err instanceof InputError) return err
    throw err
  }
  throw new Error('expected an InputError')
}

describe('readInputs', () => {
  it('fills defaults for a minimal configuration', () => {
    const inputs = read(minimal)
    expect(inputs).toMatchObject({
      layerName: 'deps',
      architectures: ['x86_64'],
      workingDirectory: base,
      lockfiles: [],
      functions: [],
      mode: 'apply',
      force: false,
      comment: true,
      regions: ['eu-west-1'],
      shareWith: [],
      keepVersions: 0,
    })
    expect(inputs.runtime).toMatchObject({
      id: 'python3.12',
      family: 'python',
      languageVersion: '3.12',
      glibcMinor: 34,
    })
  })

  it('plans on pull_request events in auto mode and applies otherwise', () => {
    expect(read(minimal, { AWS_REGION: 'us-east-1', GITHUB_EVENT_NAME: 'pull_request' }).mode).toBe('plan')
    expect(read(minimal, { AWS_REGION: 'us-east-1', GITHUB_EVENT_NAME: 'pull_request_target' }).mode).toBe(
      'plan',
    )
    expect(read(minimal, { AWS_REGION: 'us-east-1', GITHUB_EVENT_NAME: 'schedule' }).mode).toBe('apply')
    expect(
      read({ ...minimal, mode: 'apply' }, { GITHUB_EVENT_NAME: 'pull_request', AWS_REGION: 'us-east-1' })
        .mode,
    ).toBe('apply')
  })

  it('splits lists on commas and newlines and drops duplicates', () => {
    expect(splitList(' a, b\n\nc ,')).toEqual(['a', 'b', 'c'])
    const inputs = read({
      ...minimal,
      functions: 'one,two\ntwo\narn:aws:lambda:eu-west-1:123456789012:function:three',
      regions: 'eu-west-1, us-east-1',
      architecture: 'arm64, x86_64',
    })
    expect(inputs.functions).toEqual(['one', 'two', 'arn:aws:lambda:eu-west-1:123456789012:function:three'])
    expect(inputs.regions).toEqual(['eu-west-1', 'us-east-1'])
    expect(inputs.architectures).toEqual(['x86_64', 'arm64'])
  })

  it('resolves working-directory and layer-directory', () => {
    const inputs = read({
      'layer-name': 'rt',
      runtime: 'provided.al2023',
      'working-directory': 'app',
      lockfiles: 'requirements.txt',
      'build-command': 'make',
      'layer-directory': 'layer',
    })
    expect(inputs.workingDirectory).toBe(path.join(base, 'app'))
    expect(inputs.layerDirectory).toBe(path.join(base, 'app', 'layer'))
  })

  it.each<[string, Partial<Record<InputName, string>>, InputName | string, RegExp]>([
    ['missing layer-name', { runtime: 'python3.12' }, 'layer-name', /required/],
    ['bad layer-name', { ...minimal, 'layer-name': 'my layer' }, 'layer-name', /letters, digits/],
    ['unknown runtime', { ...minimal, runtime: 'python2.7' }, 'runtime', /python3\.9.*provided\.al2/],
    ['bad architecture', { ...minimal, architecture: 'amd64' }, 'architecture', /x86_64 or arm64/],
    [
      'missing working-directory',
      { ...minimal, 'working-directory': 'nope' },
      'working-directory',
      /existing directory/,
    ],
    ['absolute lockfile', { ...minimal, lockfiles: '/etc/passwd' }, 'lockfiles', /relative/],
    ['lockfile outside', { ...minimal, lockfiles: '../x.txt' }, 'lockfiles', /inside working-directory/],
    ['bad mode', { ...minimal, mode: 'deploy' }, 'mode', /plan, apply, auto/],
    ['bad force', { ...minimal, force: 'yes' }, 'force', /true or false/],
    ['bad comment', { ...minimal, comment: '1' }, 'comment', /true or false/],
    [
      'provided without lockfiles',
      { 'layer-name': 'rt', runtime: 'provided.al2' },
      'lockfiles',
      /Cargo\.lock/,
    ],
    [
      'provided without build-command',
      { 'layer-name': 'rt', runtime: 'provided.al2023', lockfiles: 'app/requirements.txt' },
      'build-command',
      /shell command/,
    ],
    [
      'build-command without layer-directory',
      { ...minimal, 'build-command': 'make' },
      'layer-directory',
      /fills/,
    ],
    [
      'layer-directory without build-command',
      { ...minimal, 'layer-directory': 'out' },
      'build-command',
      /fill/,
    ],
    [
      'layer-directory outside',
      { ...minimal, 'build-command': 'make', 'layer-directory': '../elsewhere' },
      'layer-directory',
      /inside working-directory/,
    ],
    ['bad function name', { ...minimal, functions: 'my function' }, 'functions', /function name/],
    [
      'qualified function ARN',
      { ...minimal, functions: 'arn:aws:lambda:eu-west-1:123456789012:function:f:prod' },
      'functions',
      /unqualified/,
    ],
    ['bad bucket', { ...minimal, 's3-bucket': 'My_Bucket' }, 's3-bucket', /S3 bucket name/],
    ['bad region', { ...minimal, regions: 'europe' }, 'regions', /eu-west-1/],
    ['bad account', { ...minimal, 'share-with': '1234' }, 'share-with', /12-digit/],
    [
      'two organizations',
      { ...minimal, 'share-with': 'o-abcdefghij,o-klmnopqrst' },
      'share-with',
      /one organization/,
    ],
    ['negative keep-versions', { ...minimal, 'keep-versions': '-1' }, 'keep-versions', /whole number/],
    ['fractional keep-versions', { ...minimal, 'keep-versions': '2.5' }, 'keep-versions', /whole number/],
  ])('rejects %s naming the input', (_case, values, input, expected) => {
    const err = errorOf(() => read(values))
    expect(err.input).toBe(input)
    expect(err.message).toMatch(new RegExp(`^Input '${input.replace(/[()]/g, '\\$&')}'`))
    expect(err.message).toMatch(expected)
    expect(err.message).not.toMatch(/\n/)
  })

  it.each<[Partial<Record<InputName, string>>, InputName, string]>([
    [{ architecture: 'aarch64' }, 'architecture', 'arm64'],
    [{ architecture: 'amd64' }, 'architecture', 'x86_64'],
    [{ architecture: 'x64' }, 'architecture', 'x86_64'],
    [{ architecture: 'ARM64' }, 'architecture', 'arm64'],
    [{ regions: 'US-EAST-1' }, 'regions', 'us-east-1'],
    [{ 's3-bucket': 'My-Bucket' }, 's3-bucket', 'my-bucket'],
  ])('suggests the right spelling for %j', (values, input, meant) => {
    const err = errorOf(() => read({ ...minimal, ...values }))
    expect(err.input).toBe(input)
    expect(err.message).toContain(`did you mean '${meant}'?`)
  })

  it.each([
    '192.168.1.1',
    'ab',
    'a'.repeat(64),
    'my..bucket',
    'my-.bucket',
    '-bucket',
    'xn--bucket',
    'b-s3alias',
  ])('refuses the bucket name %s under S3 naming rules', (bucket) => {
    expect(errorOf(() => read({ ...minimal, 's3-bucket': bucket })).input).toBe('s3-bucket')
  })

  it('accepts bucket names S3 accepts', () => {
    for (const bucket of ['abc', 'my.bucket-1', 'a'.repeat(63), '192.168.1.1x'])
      expect(read({ ...minimal, 's3-bucket': bucket }).s3Bucket).toBe(bucket)
  })

  it('takes partial ARNs and $LATEST, and refuses versions and aliases pointing at aliases', () => {
    const functions =
      '123456789012:function:orders, arn:aws:lambda:eu-west-1:123456789012:function:api:$LATEST'
    expect(read({ ...minimal, functions }).functions).toHaveLength(2)
    const err = errorOf(() => read({ ...minimal, functions: '123456789012:function:orders:live' }))
    expect(err.input).toBe('functions')
    expect(err.message).toMatch(/'aliases'/)
  })

  it('refuses a function ARN in a region that is not published to', () => {
    const functions = 'arn:aws:lambda:us-west-2:123456789012:function:api'
    expect(errorOf(() => read({ ...minimal, functions })).input).toBe('functions')
  })

  it('needs a region in apply mode but not in plan mode', () => {
    expect(errorOf(() => read({ ...minimal, mode: 'apply' }, {})).input).toBe('regions')
    expect(read({ ...minimal, mode: 'plan' }, {}).regions).toEqual([])
  })

  it("shares with '*' only when written", () => {
    expect(read(minimal).shareWith).toEqual([])
    expect(read({ ...minimal, 'share-with': '*' }).shareWith).toEqual(['*'])
  })
})
