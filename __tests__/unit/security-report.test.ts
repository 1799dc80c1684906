// Issue 7, part 3: what the action writes where others read it (the PR comment, the job summary) cannot be turned
// into markup, mentions or links by names and tool output; the sticky comment never edits a comment the token's
// identity did not write; child processes never get the action's own tokens.
import { childEnvironment, runCommand } from '../../src/core/exec.js'
import {
  GitHubClient,
  upsertStickyComment,
  type CommentsApi,
  type IssueComment,
} from '../../src/report/github.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { buildReport, type FunctionInput, type ReportInput } from '../../src/report/model.js'

const MB = 1024 * 1024
const ARN = 'arn:aws:lambda:eu-west-1:123456789012:layer:deps'
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '@octocat',
  '@acme/security-team',
  '[click](https://evil.example/x)',
  '![pixel](https://evil.example/p.png)',
  'a|b|c',
  '`code` **bold** _em_ ~~gone~~',
  '#123 and acme/shop#7',
  'line one\n\n# heading\n> quote\n- list',
  '<!-- layer-action:deps:x86_64 -->',
  '&lt;already&gt; &amp; escaped',
  '</details><details open>',
]

function fn(name: string, overrides: Partial<FunctionInput> = {}): FunctionInput {
  return {
    name,
    region: 'eu-west-1',
    codeSize: 20_000,
    layers: [{ arn: `${ARN}:17`, codeSize: 10 * MB }],
    status: 'current',
    ...overrides,
  }
}

function hostileReport(text: string): ReportInput {
  return {
    layerName: 'deps',
    runtime: 'python3.12',
    architectures: ['x86_64'],
    mode: 'apply',
    eventName: 'pull_request',
    plan: 'publish',
    published: true,
    cacheHit: false,
    fingerprint: 'ab'.repeat(32),
    current: { version: 18, arn: `${ARN}:18`, zipSize: 10 * MB, unzippedSize: 30 * MB },
    previous: { version: 17, zipSize: 9 * MB, unzippedSize: 28 * MB },
    functions: [
      fn(text, { status: 'failed', error: `AccessDenied for ${text}` }),
      fn('orders', { status: 'updated' }),
    ],
    packages: [
      { name: text, version: text, size: 3 * MB },
      { name: 'numpy', version: '2.1.0', size: 20 * MB },
    ],
    publishedPackages: [{ name: text, version: '0.1', size: 2 * MB }],
    warnings: [text, `npm warn: ${text}`],
    commitSha: '0123456789abcdef0123456789abcdef01234567',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    repository: 'acme/shop',
  } as ReportInput
}

/** The markdown with code spans and fenced code blocks removed: what GitHub interprets as markup. */
function outsideCode(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '')
    .replace(/^<!-- layer-action:[^>]*-->$/m, '')
}

describe('markdown from hostile names and tool output', () => {
  it.each(HOSTILE)('%j cannot become markup, a mention, a link or an issue reference', (text) => {
    const md = renderMarkdown(buildReport(hostileReport(text)), {
      marker: '<!-- layer-action:deps:x86_64 -->',
    })
    const live = outsideCode(md)
    const tags = [...live.matchAll(/<\/?([a-zA-Z][\w-]*)[^>]*>/g)].map((m) => m[1].toLowerCase())
    expect(tags.filter((t) => !['details', 'summary', 'br', 'b', 'sub', 'sup'].includes(t))).toEqual([])
    expect(live).not.toMatch(/<details open/)
    expect(live).not.toMatch(/(^|[^\w&;/])@[A-Za-z0-9]/m)
    expect(live).not.toMatch(/(^|\s)#\d/m)
    expect(live).not.toMatch(/(?<!\\)\]\(https:\/\/evil/)
    expect(live).not.toMatch(/<script|<[^>]*onerror=/i)
    // The marker stays the first line and appears once: hostile text cannot plant a second one.
    expect(md.split('\n')[0]).toBe('<!-- layer-action:deps:x86_64 -->')
    expect(live.match(/<!-- layer-action:/g) ?? []).toEqual([])
  })
})

const MARKER = '<!-- layer-action:deps:x86_64 -->'

function fakeApi(login: string | undefined, comments: IssueComment[]) {
  const calls: string[] = []
  const api: CommentsApi = {
    getAuthenticatedLogin: async () => login,
    listIssueComments: async () => comments,
    createIssueComment: async (_o, _r, _i, body) => {
      calls.push(`create ${body.split('\n')[0]}`)
      return { id: 999, body, user: { login: login ?? '?' } }
    },
    updateIssueComment: async (_o, _r, id) => {
      calls.push(`update ${id}`)
      return { id, user: { login: login ?? '?' } }
    },
  }
  return { api, calls }
}

const target = { owner: 'acme', repo: 'shop', issue: 7, marker: MARKER, body: `${MARKER}\nnew report` }

describe('the sticky comment only ever edits its own', () => {
  it.each([
    ['a person who copied the marker', { login: 'mallory', type: 'User' }],
    ['another app that copied the marker', { login: 'other-app[bot]', type: 'Bot' }],
    ['a person named like the app without [bot]', { login: 'github-actions', type: 'User' }],
  ])('leaves a marked comment by %s alone and starts its own', async (_label, user) => {
    const { api, calls } = fakeApi('github-actions[bot]', [{ id: 1, body: `${MARKER}\nold`, user }])
    expect(await upsertStickyComment(api, target)).toMatchObject({ action: 'created', id: 999 })
    expect(calls).toEqual([`create ${MARKER}`])
  })

  it('does not take a comment of its own that carries the marker below the first line', async () => {
    const mine = { login: 'github-actions[bot]', type: 'Bot' }
    const { api, calls } = fakeApi('github-actions[bot]', [{ id: 1, body: `hello\n${MARKER}`, user: mine }])
    await upsertStickyComment(api, target)
    expect(calls).toEqual([`create ${MARKER}`])
  })

  it('edits its own marked comment', async () => {
    const mine = { login: 'github-actions[bot]', type: 'Bot' }
    const { api, calls } = fakeApi('github-actions[bot]', [{ id: 5, body: `${MARKER}\nold`, user: mine }])
    expect(await upsertStickyComment(api, target)).toMatchObject({ action: 'updated', id: 5 })
    expect(calls).toEqual(['update 5'])
  })

  it('an app token whose GraphQL login lacks [bot] never matches a person with that login', async () => {
    // /user refuses installation tokens; GraphQL viewer answers "deploy-helper".
    const fetchFn = (async (url: string | URL) => {
      const href = String(url)
      if (href.endsWith('/user'))
        return new Response('{"message":"Resource not accessible by integration"}', { status: 403 })
      if (href.endsWith('/graphql')) return Response.json({ data: { viewer: { login: 'deploy-helper' } } })
      return new Response('{}', { status: 404 })
    }) as typeof fetch
    const client = new GitHubClient({ token: 'ghs_x', apiUrl: 'https://api.github.test', fetch: fetchFn })
    const login = await client.getAuthenticatedLogin()
    expect(login).toBe('deploy-helper[bot]')

    const person = { login: 'deploy-helper', type: 'User' }
    const { api, calls } = fakeApi(login, [{ id: 1, body: `${MARKER}\nold`, user: person }])
    await upsertStickyComment(api, target)
    expect(calls).toEqual([`create ${MARKER}`])

    const app = { login: 'deploy-helper[bot]', type: 'Bot' }
    const own = fakeApi(login, [{ id: 2, body: `${MARKER}\nold`, user: app }])
    await upsertStickyComment(own.api, target)
    expect(own.calls).toEqual(['update 2'])
  })
})

describe('child processes never get the action’s own tokens', () => {
  const env = {
    PATH: process.env.PATH,
    HOME: '/home/runner',
    'INPUT_GITHUB-TOKEN': 'ghs_token_from_input',
    'INPUT_LAYER-NAME': 'deps',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/',
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'aws-secret',
    AWS_SESSION_TOKEN: 'aws-session',
    AWS_REGION: 'eu-west-1',
    NODE_AUTH_TOKEN: 'set-by-the-workflow',
  }

  it('built-in builders (third-party install scripts) get neither the inputs, the runner tokens nor AWS keys', async () => {
    const result = await runCommand('bash', ['-c', 'env'], { cwd: '/', env })
    const seen = result.stdout
    for (const secret of [
      'ghs_token_from_input',
      'runtime-token',
      'oidc-request-token',
      'AKIAEXAMPLE',
      'aws-secret',
      'aws-session',
    ])
      expect(seen).not.toContain(secret)
    expect(seen).toContain('AWS_REGION=eu-west-1')
    expect(seen).toContain('NODE_AUTH_TOKEN=set-by-the-workflow')
  })

  it('build-command keeps the AWS credentials a run: step would have, but not the inputs or runner tokens', () => {
    const child = childEnvironment(env, true)
    expect(Object.keys(child).sort()).toEqual(
      [
        'PATH',
        'HOME',
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        'AWS_REGION',
        'NODE_AUTH_TOKEN',
      ].sort(),
    )
  })
})
