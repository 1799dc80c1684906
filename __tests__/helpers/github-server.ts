/**
 * A loopback stand-in for the few GitHub REST endpoints the report uses, shaped after GitHub's OpenAPI
 * description (github/rest-api-description, api.github.com.2022-11-28):
 *
 * - `GET /user` → 200 private-user; installation tokens (GITHUB_TOKEN) get 403 "Resource not accessible by integration"
 * - `POST /graphql` `{ viewer { login } }` → `{ data: { viewer: { login } } }` (works for both kinds of token)
 * - `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` → 200 issue-comment[], `per_page` (max 100) and
 *   `page`, `Link` header with rel="next"/"last"/"first"/"prev"; 404 basic-error for an unknown repository
 * - `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` body `{ body }` (required) → 201 issue-comment with
 *   a `Location` header; 403/404/422 basic-error
 * - `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` body `{ body }` (required) → 200 issue-comment;
 *   404/422 basic-error
 *
 * Errors use the basic-error shape `{ message, documentation_url, status }`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SeedComment {
  issue: number
  body: string
  login: string
  /** `User` (default) or `Bot` */
  type?: 'User' | 'Bot'
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  /** The token clients must send. */
  token?: string
  /** Identity of the token; default `github-actions[bot]`. */
  login?: string
  /** `installation` (like GITHUB_TOKEN: `/user` is refused) or `user` (a personal access token). */
  tokenKind?: 'installation' | 'user'
  comments?: SeedComment[]
  /** Answer 403 to comment writes, as for a fork PR's read-only token. */
  forbidWrites?: boolean
}

export interface LoggedRequest {
  method: string
  path: string
  query: Record<string, string>
  body?: unknown
  status: number
  authorization?: string
}

interface StoredComment {
  id: number
  issue: number
  body: string
  user: ReturnType<typeof simpleUser>
  created_at: string
  updated_at: string
  viaApp: boolean
}

export interface GitHubServer {
  url: string
  /** GITHUB_API_URL, GITHUB_GRAPHQL_URL, GITHUB_REPOSITORY and GITHUB_TOKEN for this server. */
  env: Record<string, string>
  token: string
  /** Comments as the API would list them (all issues, or one). */
  comments(issue?: number): Record<string, unknown>[]
  requests: LoggedRequest[]
  /** TCP connections accepted so far. */
  connections(): number
  setForbidWrites(forbid: boolean): void
  close(): Promise<void>
}

export async function startGitHubServer(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
  const owner = opts.owner ?? 'octo-org'
  const repo = opts.repo ?? 'octo-repo'
  const token = opts.token ?? 'ghs_loopbacktoken'
  const login = opts.login ?? 'github-actions[bot]'
  const tokenKind = opts.tokenKind ?? 'installation'
  let forbidWrites = opts.forbidWrites ?? false
  const requests: LoggedRequest[] = []
  const stored: StoredComment[] = []
  let nextId = 1_000_001
  let clock = Date.parse('2025-01-01T00:00:00Z')
  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z')
  let base = ''

  const addComment = (issue: number, body: string, author: string, type: 'User' | 'Bot', viaApp: boolean) => {
    const at = now()
    const comment: StoredComment = {
      id: nextId++,
      issue,
      body,
      user: simpleUser(author, type, base),
      created_at: at,
      updated_at: at,
      viaApp,
    }
    stored.push(comment)
    return comment
  }

  const toJson = (c: StoredComment) => ({
    id: c.id,
    node_id: `IC_kwDO${c.id.toString(36)}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: c.viaApp ? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } : null,
  })

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      let badJson = false
      if (raw) {
        try {
          body = JSON.parse(raw)
        } catch {
          badJson = true
        }
      }
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: badJson ? raw : body,
        status: 0,
        authorization: req.headers.authorization,
      }
      requests.push(entry)
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        entry.status = status
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
        res.end(payload === undefined ? '' : JSON.stringify(payload))
      }
      const error = (status: number, message: string, doc: string) =>
        send(status, {
          message,
          documentation_url: `https://docs.github.com/rest/${doc}`,
          status: String(status),
        })

      const auth = req.headers.authorization ?? ''
      if (!auth) return error(401, 'Requires authentication', 'overview/authenticating-to-the-rest-api')
      if (auth !== `Bearer ${token}` && auth !== `token ${token}`) {
        return error(401, 'Bad credentials', 'overview/authenticating-to-the-rest-api')
      }
      if (badJson) return error(400, 'Problems parsing JSON', 'overview/resources-in-the-rest-api')

      const method = req.method ?? 'GET'
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)

      if (method === 'GET' && url.pathname === '/user') {
        if (tokenKind === 'installation') {
          return error(
            403,
            'Resource not accessible by integration',
            'users/users#get-the-authenticated-user',
          )
        }
        return send(200, { ...simpleUser(login, 'User', base), name: null, public_repos: 0, followers: 0 })
      }
      if (method === 'POST' && url.pathname === '/graphql') {
        const query = (body as { query?: unknown } | undefined)?.query
        if (typeof query === 'string' && /\bviewer\s*\{\s*login\s*\}/.test(query)) {
          return send(200, { data: { viewer: { login } } })
        }
        return send(200, { errors: [{ message: 'This loopback server only answers { viewer { login } }' }] })
      }

      const isRepo = parts[0] === 'repos' && parts[1] === owner && parts[2] === repo && parts[3] === 'issues'
      if (!isRepo) return error(404, 'Not Found', 'issues/comments')

      // /repos/{owner}/{repo}/issues/{issue_number}/comments
      if (parts.length === 6 && /^\d+$/.test(parts[4]) && parts[5] === 'comments') {
        const issue = Number(parts[4])
        if (method === 'GET') {
          const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
          const all = stored.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id)
          const last = Math.max(1, Math.ceil(all.length / perPage))
          const slice = all.slice((page - 1) * perPage, page * perPage)
          const link = (p: number, rel: string) => {
            const u = new URL(url.pathname, base)
            u.searchParams.set('per_page', String(perPage))
            u.searchParams.set('page', String(p))
            return `<${u.toString()}>; rel="${rel}"`
          }
          const links: string[] = []
          if (page > 1) links.push(link(page - 1, 'prev'))
          if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
          if (page > 1) links.push(link(1, 'first'))
          return send(200, slice.map(toJson), links.length ? { Link: links.join(', ') } : {})
        }
        if (method === 'POST') {
          if (forbidWrites) {
            return error(
              403,
              'Resource not accessible by integration',
              'issues/comments#create-an-issue-comment',
            )
          }
          const text = (body as { body?: unknown } | undefined)?.body
          if (typeof text !== 'string')
            return error(
              422,
              'Invalid request.\n\n"body" wasn\'t supplied.',
              'issues/comments#create-an-issue-comment',
            )
          const created = addComment(
            issue,
            text,
            login,
            tokenKind === 'installation' ? 'Bot' : 'User',
            tokenKind === 'installation',
          )
          return send(201, toJson(created), {
            Location: `${base}/repos/${owner}/${repo}/issues/comments/${created.id}`,
          })
        }
      }
      // /repos/{owner}/{repo}/issues/comments/{comment_id}
      if (parts.length === 6 && parts[4] === 'comments' && /^\d+$/.test(parts[5]) && method === 'PATCH') {
        const comment = stored.find((c) => c.id === Number(parts[5]))
        if (!comment) return error(404, 'Not Found', 'issues/comments#update-an-issue-comment')
        if (forbidWrites) {
          return error(
            403,
            'Resource not accessible by integration',
            'issues/comments#update-an-issue-comment',
          )
        }
        const text = (body as { body?: unknown } | undefined)?.body
        if (typeof text !== 'string')
          return error(
            422,
            'Invalid request.\n\n"body" wasn\'t supplied.',
            'issues/comments#update-an-issue-comment',
          )
        comment.body = text
        comment.updated_at = now()
        return send(200, toJson(comment))
      }
      return error(404, 'Not Found', 'issues/comments')
    })
  })

  let connections = 0
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  for (const seed of opts.comments ?? [])
    addComment(seed.issue, seed.body, seed.login, seed.type ?? 'User', false)

  return {
    url: base,
    token,
    env: {
      GITHUB_API_URL: base,
      GITHUB_GRAPHQL_URL: `${base}/graphql`,
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_TOKEN: token,
    },
    comments: (issue?: number) => stored.filter((c) => issue === undefined || c.issue === issue).map(toJson),
    requests,
    connections: () => connections,
    setForbidWrites: (forbid: boolean) => {
      forbidWrites = forbid
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}

/** The simple-user schema's required fields. */
function simpleUser(login: string, type: 'User' | 'Bot', base: string) {
  const id = [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 100_000_000, 7)
  const api = `${base}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: `${type === 'Bot' ? 'BOT' : 'U'}_kgDO${id.toString(36)}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${type === 'Bot' ? `apps/${login.replace(/\[bot\]$/, '')}` : login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  }
}
