// A pull request run of the bundled action with every peer on loopback: moto (Lambda), the Actions cache service
// and the GitHub REST API. It plans, comments once, edits that comment on the next run, and changes nothing in AWS.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetFunctionConfigurationCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js'
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js'
import { startMotoForTests, type MotoServer } from '../helpers/moto.js'
import { runAction } from '../helpers/run-action.js'

const FORMER_MARKER = '<!-- layer-action:shop-deps:x86_64 -->'
let moto: MotoServer
let cache: CacheServer
let github: GitHubServer

beforeAll(async () => {
  // A comment an earlier release posted on PR 9, under the marker it used (no regions in it).
  const earlier = { issue: 9, body: `${FORMER_MARKER}\nreport of an earlier release`, type: 'Bot' as const }
  ;[moto, cache, github] = await Promise.all([
    startMotoForTests(),
    startCacheServer(),
    startGitHubServer({ comments: [{ ...earlier, login: 'github-actions[bot]' }] }),
  ])
})
afterAll(async () => {
  await Promise.all([moto?.stop(), cache?.close(), github?.close()])
})

const PR = { name: 'pull_request', payload: { pull_request: { number: 7 }, number: 7 } }

function run(
  workspace: string,
  event: { name: string; payload: unknown },
  extraEnv: Record<string, string> = {},
  extraInputs: Record<string, string> = {},
) {
  return runAction({
    workspace,
    event,
    inputs: {
      'layer-name': 'shop-deps',
      runtime: 'python3.12',
      lockfiles: 'deps.lock',
      'build-command':
        'mkdir -p layer/python/requests layer/python/six && cp deps.lock layer/python/requests/ && cp deps.lock layer/python/six/',
      'layer-directory': 'layer',
      functions: 'orders',
      'github-token': github.token,
      ...extraInputs,
    },
    env: { ...moto.env(), ...cache.env, ...github.env, LAYER_ACTION_CACHE_DIR: undefined, ...extraEnv },
  })
}

async function layerVersions(): Promise<number[]> {
  const page = await moto.lambda.send(new ListLayerVersionsCommand({ LayerName: 'shop-deps' }))
  return (page.LayerVersions ?? []).map((v) => v.Version!)
}

it('plans on a pull request: one sticky comment, edited in place, nothing changed in AWS', async () => {
  await moto.createFunction({ name: 'orders' })
  const workspace = mkdtempSync(path.join(tmpdir(), 'pr-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\n')

  const push = await run(workspace, { name: 'push', payload: {} })
  expect(push.errors).toEqual([])
  expect(push.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
  expect(cache.entries().length).toBeGreaterThan(0)
  const v1 = push.outputs['layer-version-arn']

  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nsix==1.16.0\nmore==1\n')
  const pr = await run(workspace, PR)
  expect(pr.errors).toEqual([])
  expect(pr.code).toBe(0)
  expect(pr.outputs).toMatchObject({
    plan: 'publish',
    published: 'false',
    'layer-version-arn': '',
    'updated-functions': '[]',
  })
  expect(await layerVersions()).toEqual([1])
  const config = await moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'orders' }))
  expect(config.Layers?.map((l) => l.Arn)).toEqual([v1])

  const comments = github.comments(7)
  expect(comments).toHaveLength(1)
  const body = String(comments[0].body)
  expect(body.split('\n')[0]).toBe('<!-- layer-action:shop-deps:x86_64:us-east-1 -->')
  expect(body).toMatch(/would publish on merge/)
  expect(body).toMatch(/Package changes against/)
  expect(pr.summary).toContain('would publish on merge')

  const again = await run(workspace, PR)
  expect(again.code).toBe(0)
  expect(github.comments(7)).toHaveLength(1)
  expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
  expect(await layerVersions()).toEqual([1])
})

it('keeps one comment per region set, taking over the comment an earlier release posted', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'pr-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nregions==1\n')
  const event = { name: 'pull_request', payload: { pull_request: { number: 9 }, number: 9 } }
  // The jobs of a region matrix: the same layer and architecture, one region each.
  const us = await run(workspace, event, {}, { functions: '', regions: 'us-east-1' })
  const eu = await run(workspace, event, {}, { functions: '', regions: 'eu-west-1' })
  expect([us.code, eu.code]).toEqual([0, 0])

  const comments = github.comments(9)
  expect(comments.map((c) => String(c.body).split('\n')[0])).toEqual([
    '<!-- layer-action:shop-deps:x86_64:us-east-1 -->',
    '<!-- layer-action:shop-deps:x86_64:eu-west-1 -->',
  ])
  expect(String(comments[0].body)).not.toMatch(/earlier release/)
  expect(String(comments[1].body)).toMatch(/would publish on merge/)
})

it('replaces the comment with the failure when the plan fails before it is complete', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'pr-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nfailing==1\n')
  const event = { name: 'pull_request', payload: { pull_request: { number: 11 }, number: 11 } }
  const planned = await run(workspace, event, {}, { functions: '' })
  expect(planned.code).toBe(0)
  expect(String(github.comments(11)[0]?.body)).toMatch(/would publish on merge/)

  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nfailing==2\n')
  const failed = await run(
    workspace,
    event,
    {},
    { functions: '', 'build-command': 'echo broken >&2; exit 3' },
  )
  expect(failed.code).toBe(1)
  expect(failed.errors.join('\n')).toMatch(/build-command failed \(exit code 3\)/)
  const comments = github.comments(11)
  expect(comments).toHaveLength(1)
  const body = String(comments[0].body)
  expect(body.split('\n')[0]).toBe('<!-- layer-action:shop-deps:x86_64:us-east-1 -->')
  expect(body).toMatch(/the run failed before its plan was complete/i)
  expect(body).toMatch(/build-command failed \(exit code 3\)/)
  expect(body).not.toMatch(/would publish on merge/)
  expect(failed.summary).toMatch(/the run failed before its plan was complete/i)
  expect(failed.outputs.plan).toBeUndefined()
})

it('keeps the run green with a summary when the token may not comment', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'pr-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'fork==1\n')
  github.setForbidWrites(true)
  try {
    const result = await run(workspace, { name: 'pull_request', payload: { pull_request: { number: 8 } } })
    expect(result.code).toBe(0)
    expect(result.errors).toEqual([])
    expect(result.warnings.join('\n')).toMatch(/pull-requests: write/)
    expect(result.summary).toContain('shop-deps')
    expect(github.comments(8)).toHaveLength(0)
  } finally {
    github.setForbidWrites(false)
  }
})

it('does not save the cache entry again on a forced rebuild', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'force-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'forced==1\n')
  const first = await run(workspace, { name: 'push', payload: {} })
  expect(first.outputs.published).toBe('true')
  const creates = () => cache.requests.filter((r) => r.path.endsWith('/CreateCacheEntry')).length
  const before = creates()

  const forced = await run(workspace, { name: 'schedule', payload: {} }, { INPUT_FORCE: 'true' })
  expect(forced.errors).toEqual([])
  expect(forced.outputs).toMatchObject({ published: 'false', 'cache-hit': 'false' })
  expect(creates()).toBe(before)
})
