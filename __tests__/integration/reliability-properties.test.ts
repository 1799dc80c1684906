// Security and limit properties read back from what AWS, the log, the report and GitHub hold after a run of
// dist/index.js against moto behind the fault proxy: who a shared version is granted to, that no secret the action
// can see is ever printed or written, and that a function which would end with six layers stops the run before
// anything is published.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { GetLayerVersionPolicyCommand } from '@aws-sdk/client-lambda'
import { SECRET_ENV } from '../../src/main.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'
import { LAMBDA_LIMITS } from '../helpers/fault-proxy.js'
import { errorText, FLEET_INPUTS, LAYER, layersOf, project, runFleet, versionsOf } from '../helpers/fleet.js'
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js'
import { runAction, type ActionRunResult } from '../helpers/run-action.js'

useMotoBehindProxy()

const ACCOUNT = '111122223333'
const ORGANIZATION = 'o-a1b2c3d4e5'

describe('sharing: every statement of the version policy', () => {
  interface PolicyStatement {
    Sid?: string
    Effect?: string
    Action?: string | string[]
    Principal?: string | { AWS?: string | string[] }
    Condition?: Record<string, Record<string, string | string[]>>
  }

  async function statementsOf(versionArn: string): Promise<PolicyStatement[]> {
    const [, , , , , , name, version] = versionArn.split(':')
    try {
      const answer = await moto.lambda.send(
        new GetLayerVersionPolicyCommand({ LayerName: name, VersionNumber: Number(version) }),
      )
      return ([] as PolicyStatement[]).concat(JSON.parse(answer.Policy ?? '{}').Statement ?? [])
    } catch (err) {
      if ((err as Error).name === 'ResourceNotFoundException') return []
      throw err
    }
  }

  /**
   * What one statement grants: `account:<id>` for a named account, `organization:<id>` for `*` limited by an
   * OrganizationId condition, `public` for a bare `*`; anything else is shown whole so the test names it.
   */
  function grantOf(statement: PolicyStatement): string {
    const actions = ([] as string[]).concat(statement.Action ?? [])
    if (statement.Effect !== 'Allow' || actions.join() !== 'lambda:GetLayerVersion') {
      return `unexpected: ${JSON.stringify(statement)}`
    }
    const principals =
      typeof statement.Principal === 'string'
        ? [statement.Principal]
        : ([] as string[]).concat(statement.Principal?.AWS ?? [])
    const conditions = Object.values(statement.Condition ?? {}).flatMap((byKey) => Object.entries(byKey))
    if (principals.length !== 1) return `unexpected: ${JSON.stringify(statement)}`
    const account = /^(?:arn:aws:iam::)?(\d{12})(?::root)?$/.exec(principals[0])?.[1]
    if (account && conditions.length === 0) return `account:${account}`
    if (principals[0] !== '*') return `unexpected: ${JSON.stringify(statement)}`
    if (conditions.length === 0) return 'public'
    const [[key, value]] = conditions
    if (conditions.length === 1 && key.toLowerCase() === 'aws:principalorgid') {
      return `organization:${([] as string[]).concat(value).join()}`
    }
    return `unexpected: ${JSON.stringify(statement)}`
  }

  async function grantsOf(result: ActionRunResult): Promise<string[]> {
    expect(result.errors).toEqual([])
    expect(result.code).toBe(0)
    return (await statementsOf(result.outputs['layer-version-arn'])).map(grantOf).sort()
  }

  it('without share-with, the version has no policy at all', async () => {
    expect(await grantsOf(await runFleet(moto, proxy, project()))).toEqual([])
  })

  it('an account is granted by name and an organization only as * with its OrganizationId condition', async () => {
    const result = await runFleet(moto, proxy, project(), { 'share-with': `${ACCOUNT}, ${ORGANIZATION}` })
    expect(await grantsOf(result)).toEqual([`account:${ACCOUNT}`, `organization:${ORGANIZATION}`])

    // A rerun finds both grants and writes no second statement.
    proxy.reset()
    const again = await runFleet(moto, proxy, project(), { 'share-with': `${ORGANIZATION},${ACCOUNT}` })
    expect(await grantsOf(again)).toEqual([`account:${ACCOUNT}`, `organization:${ORGANIZATION}`])
    expect(proxy.writeCount()).toBe(0)
  })

  it('a bare * is granted only when share-with says *', async () => {
    const result = await runFleet(moto, proxy, project(), { 'share-with': `*, ${ACCOUNT}` })
    expect(await grantsOf(result)).toEqual([`account:${ACCOUNT}`, 'public'])
  })
})

describe('secrets the action can see', () => {
  /** Masked by the action whether or not SECRET_ENV still lists them; a name added to SECRET_ENV is tested too. */
  const MUST_MASK = [
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  ]
  const TOKEN = 'ghs_SecretTokenFromTheInput0123456789abcdef'
  const secretEnv = Object.fromEntries(
    [...new Set([...MUST_MASK, ...SECRET_ENV])].map((name, i) => [
      name,
      `${name.toLowerCase().replace(/_/g, '-')}/Zq${i}x+SECRET+${(0x5eed + i).toString(36)}`,
    ]),
  )
  const SECRETS = [TOKEN, ...Object.values(secretEnv)]
  const PR = { name: 'pull_request', payload: { pull_request: { number: 7 }, number: 7 } }
  let github: GitHubServer

  beforeAll(async () => {
    github = await startGitHubServer({ token: TOKEN })
  })
  afterAll(() => github?.close())

  function run(workspace: string, inputs: Record<string, string>, event = { name: 'push', payload: {} }) {
    return runAction({
      workspace,
      event,
      inputs: { ...FLEET_INPUTS, 'github-token': TOKEN, 'share-with': ACCOUNT, ...inputs },
      env: {
        ...moto.env(proxy.url),
        ...github.env,
        ...secretEnv,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'),
      },
    })
  }

  /** Every secret is masked before any other line, and is in no other line, file, output or comment. */
  function expectMaskedFirstAndNowhereElse(result: ActionRunResult): void {
    const lines = result.stdout.split('\n')
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'))
    expect(firstOther).toBeGreaterThan(0)
    const masked = lines.slice(0, firstOther).map((l) => l.slice('::add-mask::'.length))
    const written = [
      lines.slice(firstOther).join('\n'),
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
      ...['report-path', 'report-json-path']
        .map((name) => result.outputs[name])
        .filter((file) => file && existsSync(file))
        .map((file) => readFileSync(file, 'utf8')),
      ...github.comments().map((c) => String(c.body)),
    ].join('\n')
    for (const secret of SECRETS) {
      expect({ secret, masked: masked.includes(secret) }).toEqual({ secret, masked: true })
      expect({ secret, written: written.includes(secret) }).toEqual({ secret, written: false })
    }
  }

  it('are masked first and never written: on publish, on a pull request comment, on failure and on bad input', async () => {
    await moto.createFunction({ name: 'orders' })
    const workspace = project()

    const published = await run(workspace, { functions: 'orders' })
    expect(published.errors).toEqual([])
    expect(published.outputs.published).toBe('true')
    expectMaskedFirstAndNowhereElse(published)

    const pullRequest = await run(project('requests==2.32.5\nsix==1.16.0\n'), { functions: 'orders' }, PR)
    expect(pullRequest.errors).toEqual([])
    expectMaskedFirstAndNowhereElse(pullRequest)
    expect(pullRequest.outputs.plan).toBe('publish')
    expect(github.comments(7)).toHaveLength(1)

    const failed = await run(workspace, { functions: 'orders, ghost' })
    expect(failed.code).not.toBe(0)
    expectMaskedFirstAndNowhereElse(failed)

    const badInput = await run(workspace, { 'keep-versions': 'many' })
    expect(badInput.code).not.toBe(0)
    expectMaskedFirstAndNowhereElse(badInput)
  })
})

describe('a function that would end with six layers', () => {
  let others: string[]

  beforeEach(async () => {
    proxy.limits = LAMBDA_LIMITS
    others = []
    for (let i = 1; i <= 5; i++) others.push(await moto.publishLayer(`other-${i}`))
    await moto.createFunction({ name: 'orders', layers: others })
    await moto.createFunction({ name: 'payments' })
  })
  afterEach(() => {
    proxy.limits = undefined
  })

  it('fails the run in apply mode before anything is published or moved', async () => {
    const result = await runFleet(moto, proxy, project(), { functions: 'payments, orders' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(/orders \(us-east-1\): it would have 6 layers; Lambda allows 5/)
    expect(errorText(result)).not.toMatch(/payments/)
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf(moto.lambda, LAYER)).toEqual([])
    expect(await layersOf(moto.lambda, 'orders')).toEqual(others)
    expect(await layersOf(moto.lambda, 'payments')).toEqual([])
  })

  it('fails the plan, reported with ⛔, and nothing is written', async () => {
    const result = await runFleet(moto, proxy, project(), { functions: 'payments, orders', mode: 'plan' })
    expect(result.code).toBe(1)
    expect(errorText(result)).toMatch(/orders \(us-east-1\): it would have 6 layers; Lambda allows 5/)
    const rowOf = (name: string) =>
      result.summary.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${name}\``))
    expect(rowOf('orders')).toContain('6 ⛔')
    expect(rowOf('payments')).not.toContain('⛔')
    expect(proxy.writeCount()).toBe(0)
    expect(await versionsOf(moto.lambda, LAYER)).toEqual([])
    expect(await layersOf(moto.lambda, 'orders')).toEqual(others)
  })
})
