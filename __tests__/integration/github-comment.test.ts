import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitHubClient, upsertStickyComment } from '../../src/report/github.js'
import { commentMarker } from '../../src/report/markdown.js'
import { buildReport, type ReportInput } from '../../src/report/model.js'
import { writeReport, type SummaryWriter } from '../../src/report/publish.js'
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js'

const MB = 1024 * 1024
const PR = 7
const MARKER = commentMarker('deps', ['x86_64'])

function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    layerName: 'deps',
    runtime: 'python3.12',
    architectures: ['x86_64'],
    mode: 'plan',
    eventName: 'pull_request',
    plan: 'publish',
    published: false,
    cacheHit: false,
    fingerprint: 'c'.repeat(64),
    zip: { zipSize: 12 * MB, unzippedSize: 40 * MB },
    previous: { version: 3, zipSize: 11 * MB },
    functions: [
      {
        name: 'api',
        region: 'eu-west-1',
        codeSize: 20_000,
        status: 'would-update',
        layers: [{ arn: 'arn:aws:lambda:eu-west-1:1:layer:deps:3', codeSize: 11 * MB }],
      },
    ],
    packages: [{ name: 'numpy', version: '2.1.0', size: 30 * MB }],
    ...overrides,
  }
}

function recorder(): SummaryWriter & { text: string; writes: number } {
  return {
    text: '',
    writes: 0,
    addRaw(text: string) {
      this.text += text
      return this
    },
    async write() {
      this.writes++
      return this
    },
  }
}

describe('sticky PR comment against the loopback GitHub server', () => {
  let server: GitHubServer
  afterEach(async () => server?.close())

  const client = () => GitHubClient.fromEnv(server.token, server.env)
  const context = () => ({ eventName: 'pull_request', owner: 'octo-org', repo: 'octo-repo', prNumber: PR })

  it('creates on the first run, edits the same comment on the second, and skips an identical body', async () => {
    server = await startGitHubServer()
    const outDir = mkdtempSync(path.join(tmpdir(), 'report-'))
    const warnings: string[] = []
    const options = {
      github: client(),
      context: context(),
      comment: true,
      outDir,
      warn: (m: string) => warnings.push(m),
    }

    const first = await writeReport(buildReport(reportInput()), { ...options, summary: recorder() })
    expect(first.comment?.action).toBe('created')

    const second = await writeReport(
      buildReport(reportInput({ zip: { zipSize: 13 * MB, unzippedSize: 41 * MB } })),
      {
        ...options,
        github: client(),
        summary: recorder(),
      },
    )
    expect(second.comment).toMatchObject({ action: 'updated', id: first.comment?.id })

    const third = await writeReport(
      buildReport(reportInput({ zip: { zipSize: 13 * MB, unzippedSize: 41 * MB } })),
      {
        ...options,
        github: client(),
      },
    )
    expect(third.comment).toMatchObject({ action: 'unchanged', id: first.comment?.id })

    const comments = server.comments(PR)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toBe(second.commentBody)
    expect(String(comments[0].body).split('\n')[0]).toBe(MARKER)
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.includes('/comments'))).toHaveLength(1)
    expect(warnings).toEqual([])
    // Requests carry the token (the toolkit's `token` scheme) and a JSON body with the required `body` field.
    for (const r of server.requests) expect(r.authorization).toBe(`token ${server.token}`)
    const post = server.requests.find((r) => r.method === 'POST' && r.path.endsWith('/comments'))
    expect(post?.body).toEqual({ body: first.commentBody })
  })

  it('identifies itself via GraphQL viewer when /user is refused (installation token)', async () => {
    server = await startGitHubServer({ tokenKind: 'installation', login: 'my-app[bot]' })
    expect(await client().getAuthenticatedLogin()).toBe('my-app[bot]')
    const user = server.requests.find((r) => r.path === '/user')
    expect(user?.status).toBe(403)
    expect(server.requests.some((r) => r.path === '/graphql' && r.status === 200)).toBe(true)
  })

  it('uses /user for a personal access token', async () => {
    server = await startGitHubServer({ tokenKind: 'user', login: 'octocat' })
    expect(await client().getAuthenticatedLogin()).toBe('octocat')
    expect(server.requests.map((r) => r.path)).toEqual(['/user'])
  })

  it('finds its own comment beyond the first page', async () => {
    const noise = Array.from({ length: 150 }, (_, i) => ({
      issue: PR,
      body: `comment ${i}`,
      login: `user${i % 5}`,
    }))
    server = await startGitHubServer({
      comments: [
        ...noise,
        { issue: PR, body: `${MARKER}\nold report`, login: 'github-actions[bot]', type: 'Bot' },
      ],
    })
    const result = await upsertStickyComment(client(), {
      owner: 'octo-org',
      repo: 'octo-repo',
      issue: PR,
      marker: MARKER,
      body: `${MARKER}\nnew report`,
    })
    expect(result.action).toBe('updated')
    const lists = server.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`),
    )
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true)
    expect(server.comments(PR)).toHaveLength(151)
    expect(server.comments(PR)[150].body).toBe(`${MARKER}\nnew report`)
  })

  it("leaves another user's comment that copies the marker alone", async () => {
    const copied = `${MARKER}\nI copied your marker`
    server = await startGitHubServer({ comments: [{ issue: PR, body: copied, login: 'mallory' }] })
    const result = await upsertStickyComment(client(), {
      owner: 'octo-org',
      repo: 'octo-repo',
      issue: PR,
      marker: MARKER,
      body: 'report without marker',
    })
    expect(result.action).toBe('created')
    const comments = server.comments(PR)
    expect(comments).toHaveLength(2)
    expect(comments[0].body).toBe(copied)
    expect(comments[1].body).toBe(`${MARKER}\nreport without marker`)
    expect(server.requests.some((r) => r.method === 'PATCH')).toBe(false)
  })

  it('a refused comment (403) is a warning; the summary and files are still written', async () => {
    server = await startGitHubServer({ forbidWrites: true })
    const outDir = mkdtempSync(path.join(tmpdir(), 'report-'))
    const warnings: string[] = []
    const summary = recorder()
    const result = await writeReport(buildReport(reportInput()), {
      summary,
      github: client(),
      context: context(),
      comment: true,
      outDir,
      warn: (m) => warnings.push(m),
    })
    expect(result.comment).toBeUndefined()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/Could not post the PR comment .*403 Resource not accessible by integration/)
    expect(warnings[0]).toContain('pull-requests: write')
    expect(summary.writes).toBe(1)
    expect(summary.text).toContain('would publish on merge')
    expect(readFileSync(result.reportPath, 'utf8')).toBe(result.commentBody)
    expect(JSON.parse(readFileSync(result.reportJsonPath, 'utf8')).layer.name).toBe('deps')
    expect(server.comments(PR)).toHaveLength(0)
  })

  it('does not comment outside pull_request events, or when disabled', async () => {
    server = await startGitHubServer()
    const outDir = mkdtempSync(path.join(tmpdir(), 'report-'))
    const warnings: string[] = []
    const summary = recorder()
    await writeReport(buildReport(reportInput({ eventName: 'push', mode: 'apply' })), {
      summary,
      github: client(),
      context: { ...context(), eventName: 'push', prNumber: undefined },
      comment: true,
      outDir,
      warn: (m) => warnings.push(m),
    })
    await writeReport(buildReport(reportInput()), {
      github: client(),
      context: context(),
      comment: false,
      outDir,
      warn: (m) => warnings.push(m),
    })
    expect(summary.writes).toBe(1)
    expect(server.requests).toHaveLength(0)
    expect(warnings).toEqual([])
  })

  it('truncated comments keep the marker, so the next run still finds them', async () => {
    server = await startGitHubServer()
    const functions = Array.from({ length: 500 }, (_, i) => ({
      name: `function-with-a-long-name-${i}`,
      region: 'eu-west-1',
      codeSize: 20_000,
      status: 'would-update' as const,
      layers: [],
    }))
    const options = {
      github: client(),
      context: context(),
      comment: true,
      commentLimit: 3000,
      warn: () => {},
    }
    const outDir = mkdtempSync(path.join(tmpdir(), 'report-'))
    const first = await writeReport(buildReport(reportInput({ functions })), { ...options, outDir })
    expect(first.commentBody.length).toBeLessThanOrEqual(3000)
    expect(first.commentBody).toMatch(/…and \d+ more/)
    const second = await writeReport(buildReport(reportInput({ functions: functions.slice(1) })), {
      ...options,
      outDir,
    })
    expect(second.comment).toMatchObject({ action: 'updated', id: first.comment?.id })
    expect(server.comments(PR)).toHaveLength(1)
  })
})

describe('upsertStickyComment without a known identity', () => {
  const fake = (bodies: string[]) => {
    const created: string[] = []
    return {
      created,
      getAuthenticatedLogin: async () => undefined,
      listIssueComments: async () =>
        bodies.map((body, i) => ({ id: i + 1, body, user: { login: 'someone' } })),
      createIssueComment: async (_o: string, _r: string, _i: number, body: string) => {
        created.push(body)
        return { id: 99, body, user: null }
      },
      updateIssueComment: async () => {
        throw new Error('must not edit')
      },
    }
  }
  const target = { owner: 'o', repo: 'r', issue: 1, marker: MARKER, body: `${MARKER}\nreport` }

  it('starts the thread when no comment carries the marker', async () => {
    const api = fake(['hello'])
    expect(await upsertStickyComment(api, target)).toMatchObject({ action: 'created', id: 99 })
  })

  it('refuses to guess which marked comment is its own', async () => {
    const api = fake([`${MARKER}\nsomebody's`])
    await expect(upsertStickyComment(api, target)).rejects.toThrow(/which account the token belongs to/)
    expect(api.created).toEqual([])
  })
})
