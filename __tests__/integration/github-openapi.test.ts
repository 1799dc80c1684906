// The requests the report makes, checked against GitHub's published OpenAPI description (@octokit/openapi).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { GitHubClient, upsertStickyComment } from '../../src/report/github.js'
import { startGitHubServer, type GitHubServer, type LoggedRequest } from '../helpers/github-server.js'

interface Parameter {
  name: string
  in: string
  required?: boolean
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { content: Record<string, { schema: Schema }> }
  responses: Record<string, unknown>
}
interface Schema {
  type?: string
  properties?: Record<string, unknown>
  required?: string[]
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: { parameters: Record<string, Parameter> }
}

const require = createRequire(import.meta.url)
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
) as Spec

function operationFor(method: string, path: string): { template: string; operation: Operation } | undefined {
  for (const [template, operations] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    const operation = operations[method.toLowerCase()]
    if (operation && pattern.test(path)) return { template, operation }
  }
  return undefined
}

function parametersOf(operation: Operation): Parameter[] {
  return (operation.parameters ?? []).map((p) =>
    '$ref' in p ? spec.components.parameters[p.$ref.split('/').pop()!] : p,
  )
}

/** Problems with one logged request, measured against the description; empty when it conforms. */
function problemsWith(request: LoggedRequest): string[] {
  const found = operationFor(request.method, request.path)
  if (!found) return [`${request.method} ${request.path} is not in the description`]
  const { template, operation } = found
  const problems: string[] = []
  const parameters = parametersOf(operation)
  for (const name of Object.keys(request.query)) {
    if (!parameters.some((p) => p.in === 'query' && p.name === name))
      problems.push(`${template}: query parameter ${name} is not declared`)
  }
  for (const p of parameters.filter((p) => p.in === 'query' && p.required)) {
    if (!(p.name in request.query))
      problems.push(`${template}: required query parameter ${p.name} is missing`)
  }
  const schema = operation.requestBody?.content['application/json']?.schema
  if (schema) {
    const body = (request.body ?? {}) as Record<string, unknown>
    for (const name of schema.required ?? [])
      if (!(name in body)) problems.push(`${template}: body lacks required ${name}`)
    for (const name of Object.keys(body))
      if (!(name in (schema.properties ?? {})))
        problems.push(`${template}: body field ${name} is not declared`)
  } else if (request.body !== undefined && request.method !== 'GET') {
    problems.push(`${template}: sends a body the operation does not take`)
  }
  if (!(String(request.status) in operation.responses))
    problems.push(`${template}: answered ${request.status}, which the description does not list`)
  return problems
}

describe('GitHub requests match the OpenAPI description', () => {
  let server: GitHubServer
  afterEach(async () => {
    await server?.close()
    server = undefined as unknown as GitHubServer
  })
  const target = (body: string) => ({
    owner: 'octo-org',
    repo: 'octo-repo',
    issue: 3,
    marker: '<!-- m -->',
    body,
  })

  it('for a personal access token: /user, every page of comments, create, then update', async () => {
    const comments = Array.from({ length: 120 }, (_, i) => ({
      issue: 3,
      body: `note ${i}`,
      login: 'someone',
    }))
    server = await startGitHubServer({ tokenKind: 'user', login: 'octocat', comments })
    const client = () => GitHubClient.fromEnv(server.token, server.env)
    expect((await upsertStickyComment(client(), target('first'))).action).toBe('created')
    expect((await upsertStickyComment(client(), target('second'))).action).toBe('updated')
    const rest = server.requests.filter((r) => r.path !== '/graphql')
    expect(rest.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /user',
        'GET /repos/octo-org/octo-repo/issues/3/comments',
        'POST /repos/octo-org/octo-repo/issues/3/comments',
        expect.stringMatching(/^PATCH \/repos\/octo-org\/octo-repo\/issues\/comments\/\d+$/),
      ]),
    )
    // 121 comments: two pages on each run.
    expect(rest.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toHaveLength(4)
    expect(rest.flatMap(problemsWith)).toEqual([])
  })

  it('for an installation token: the refused /user is a documented answer, and GraphQL names the app', async () => {
    server = await startGitHubServer({ tokenKind: 'installation', login: 'github-actions[bot]' })
    expect(
      (await upsertStickyComment(GitHubClient.fromEnv(server.token, server.env), target('x'))).action,
    ).toBe('created')
    expect(server.requests.find((r) => r.path === '/user')?.status).toBe(403)
    const graphql = server.requests.find((r) => r.path === '/graphql')
    expect(graphql).toMatchObject({
      method: 'POST',
      status: 200,
      body: { query: expect.stringContaining('viewer') },
    })
    expect(server.requests.filter((r) => r.path !== '/graphql').flatMap(problemsWith)).toEqual([])
  })

  it('notices a request the description does not allow', () => {
    const bad: LoggedRequest = {
      method: 'PATCH',
      path: '/repos/o/r/issues/comments/1',
      query: { page: '2' },
      body: { text: 'x' },
      status: 200,
    }
    expect(problemsWith(bad)).toEqual([
      '/repos/{owner}/{repo}/issues/comments/{comment_id}: query parameter page is not declared',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}: body lacks required body',
      '/repos/{owner}/{repo}/issues/comments/{comment_id}: body field text is not declared',
    ])
  })
})
