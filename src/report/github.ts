/**
 * The few GitHub REST calls the report needs, over global fetch.
 *
 * Whose comment is whose: `GET /user` answers for personal access tokens, but GitHub App installation tokens
 * (including the workflow's GITHUB_TOKEN) get 403 "Resource not accessible by integration", and `GET /app` needs
 * the app's JWT, not an installation token. GraphQL `{ viewer { login } }` answers for both kinds of token and
 * gives the same login that REST puts in `comment.user.login` (`github-actions[bot]` for GITHUB_TOKEN,
 * `<app-slug>[bot]` for other apps). So: `/user` first, GraphQL `viewer` when it is refused. Nothing is hard-coded.
 */

export const DEFAULT_API_URL = 'https://api.github.com'

export interface GitHubUser {
  login: string
  id?: number
  /** `User`, `Bot` or `Organization` */
  type?: string
}

export interface IssueComment {
  id: number
  body?: string
  user: GitHubUser | null
  html_url?: string
  created_at?: string
  updated_at?: string
}

/** What `upsertStickyComment` needs: a GitHubClient, or a fake. */
export interface CommentsApi {
  getAuthenticatedLogin(): Promise<string | undefined>
  listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]>
  createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment>
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment>
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly apiMessage: string,
    readonly documentationUrl?: string,
  ) {
    super(`GitHub API ${method} ${path}: ${status}${apiMessage ? ` ${apiMessage}` : ''}`)
    this.name = 'GitHubApiError'
  }
}

export interface GitHubClientOptions {
  token: string
  /** REST base, e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl?: string
  /** GraphQL endpoint; derived from apiUrl when absent. */
  graphqlUrl?: string
  fetch?: typeof fetch
}

const MAX_PAGES = 100

export class GitHubClient implements CommentsApi {
  private readonly apiUrl: string
  private readonly graphqlUrl: string
  private readonly token: string
  private readonly fetchFn: typeof fetch
  private login: Promise<string | undefined> | undefined

  constructor(options: GitHubClientOptions) {
    this.token = options.token
    this.apiUrl = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '')
    this.graphqlUrl = options.graphqlUrl || graphqlUrlFor(this.apiUrl)
    this.fetchFn = options.fetch ?? fetch
  }

  /** Uses GITHUB_API_URL, and GITHUB_GRAPHQL_URL only when it is on the same host (never send the token elsewhere). */
  static fromEnv(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
    const apiUrl = env.GITHUB_API_URL || DEFAULT_API_URL
    const graphql = env.GITHUB_GRAPHQL_URL
    const sameOrigin = graphql !== undefined && graphql !== '' && originOf(graphql) === originOf(apiUrl)
    return new GitHubClient({ token, apiUrl, graphqlUrl: sameOrigin ? graphql : undefined })
  }

  /** The login the token acts as, as it appears in `comment.user.login`; undefined when GitHub won't say. */
  getAuthenticatedLogin(): Promise<string | undefined> {
    this.login ??= this.resolveLogin()
    return this.login
  }

  private async resolveLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.request<GitHubUser>('GET', '/user')
      if (data?.login) return data.login
    } catch (err) {
      if (!(err instanceof GitHubApiError) || (err.status !== 401 && err.status !== 403)) throw err
    }
    // /user refuses installation tokens, so this identity is an app. Its comments carry `<slug>[bot]` (type Bot);
    // a viewer login without the suffix must not match a person who happens to be called `<slug>`.
    const login = await this.viewerLogin()
    return login === undefined || login.endsWith('[bot]') ? login : `${login}[bot]`
  }

  private async viewerLogin(): Promise<string | undefined> {
    try {
      const response = await this.fetchFn(this.graphqlUrl, {
        method: 'POST',
        headers: this.headers(true),
        body: JSON.stringify({ query: 'query { viewer { login } }' }),
      })
      if (!response.ok) return undefined
      const payload = (await response.json()) as { data?: { viewer?: { login?: string } } }
      return payload.data?.viewer?.login || undefined
    } catch {
      return undefined
    }
  }

  /** Every comment on the issue or pull request, oldest first, following `Link: rel="next"`. */
  async listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = []
    let url: string | undefined = `${this.repoPath(owner, repo)}/issues/${issue}/comments?per_page=100`
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const response: { data: IssueComment[]; next?: string } = await this.request<IssueComment[]>('GET', url)
      comments.push(...response.data)
      url = response.next
    }
    return comments
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    const path = `${this.repoPath(owner, repo)}/issues/${issue}/comments`
    return (await this.request<IssueComment>('POST', path, { body })).data
  }

  async updateIssueComment(
    owner: string,
    repo: string,
    commentId: number,
    body: string,
  ): Promise<IssueComment> {
    const path = `${this.repoPath(owner, repo)}/issues/comments/${commentId}`
    return (await this.request<IssueComment>('PATCH', path, { body })).data
  }

  private repoPath(owner: string, repo: string): string {
    return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`
  }

  private headers(json: boolean): Record<string, string> {
    return {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${this.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'layer-action',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    }
  }

  /** `pathOrUrl` is a path under the API base, or an absolute URL from a Link header (same origin only). */
  private async request<T>(
    method: string,
    pathOrUrl: string,
    body?: unknown,
  ): Promise<{ data: T; next?: string }> {
    const url = pathOrUrl.startsWith('/') ? this.apiUrl + pathOrUrl : pathOrUrl
    if (originOf(url) !== originOf(this.apiUrl)) {
      throw new Error(`Refusing to follow a GitHub API link to another host: ${originOf(url)}`)
    }
    const path = url.slice(originOf(url).length)
    const response = await this.fetchFn(url, {
      method,
      headers: this.headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) {
      let message = ''
      let documentationUrl: string | undefined
      try {
        const error = JSON.parse(text) as { message?: string; documentation_url?: string }
        message = error.message ?? ''
        documentationUrl = error.documentation_url
      } catch {
        message = text.slice(0, 200)
      }
      throw new GitHubApiError(response.status, method, path.split('?')[0], message, documentationUrl)
    }
    return { data: (text ? JSON.parse(text) : undefined) as T, next: nextLink(response.headers.get('link')) }
  }
}

/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next URL. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (match && match[2].split(/\s+/).includes('next')) return match[1]
  }
  return undefined
}

function graphqlUrlFor(apiUrl: string): string {
  // GitHub Enterprise Server: REST at /api/v3, GraphQL at /api/graphql.
  return /\/api\/v3$/.test(apiUrl) ? apiUrl.replace(/\/api\/v3$/, '/api/graphql') : `${apiUrl}/graphql`
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

export interface StickyComment {
  owner: string
  repo: string
  issue: number
  /** Hidden HTML comment that must be the body's first line. */
  marker: string
  body: string
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url?: string
}

/**
 * Creates or edits the one comment whose first line is the marker and whose author is the token's own identity.
 * Comments by anyone else that copy the marker are never touched.
 */
export async function upsertStickyComment(api: CommentsApi, target: StickyComment): Promise<StickyResult> {
  const { owner, repo, issue, marker } = target
  const body = firstLine(target.body) === marker ? target.body : `${marker}\n${target.body}`
  const [login, comments] = await Promise.all([
    api.getAuthenticatedLogin(),
    api.listIssueComments(owner, repo, issue),
  ])
  const marked = comments.filter((c) => firstLine(c.body ?? '') === marker)
  if (login === undefined) {
    // Without knowing who we are we can still start a thread, but must not guess which marked comment is ours.
    if (marked.length > 0) {
      throw new Error(
        'Could not determine which account the token belongs to; not editing the existing comment',
      )
    }
  }
  const own = login === undefined ? undefined : marked.find((c) => isAuthoredBy(c, login))
  if (!own) {
    const created = await api.createIssueComment(owner, repo, issue, body)
    return { action: 'created', id: created.id, url: created.html_url }
  }
  if (normalize(own.body ?? '') === normalize(body)) {
    return { action: 'unchanged', id: own.id, url: own.html_url }
  }
  const updated = await api.updateIssueComment(owner, repo, own.id, body)
  return { action: 'updated', id: updated.id ?? own.id, url: updated.html_url ?? own.html_url }
}

function isAuthoredBy(comment: IssueComment, login: string): boolean {
  const author = comment.user?.login?.toLowerCase()
  if (!author) return false
  const me = login.toLowerCase()
  const isBot = comment.user?.type === 'Bot'
  // A `[bot]` login is only ever an app's; a person's login can never end with it.
  if (me.endsWith('[bot]')) return isBot && author === me
  // Some GraphQL answers drop the `[bot]` suffix that REST logins of apps carry: accept that only from a Bot.
  return isBot ? author === `${me}[bot]` || author === me : author === me
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].replace(/\r$/, '').trim()
}

function normalize(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd()
}
