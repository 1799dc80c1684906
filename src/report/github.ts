import { proxyAwareFetch } from '../core/proxy.js'

/**
 * The GitHub calls the report needs, through the Actions toolkit's Octokit (`@actions/github`) with the retry and
 * throttling plugins. Octokit is loaded on first use only: a run that posts no comment never loads it.
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

export interface GitHubClientOptions {
  token: string
  /** REST base, e.g. https://api.github.com or https://ghe.example.com/api/v3 (GraphQL is derived from it). */
  apiUrl?: string
  /** Defaults to a fetch that goes through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY lists the host. */
  fetch?: typeof fetch
  /** Retries of a failed request (5xx, lost connection) by the retry plugin; 3 unless set. */
  retries?: number
}

/** Rate limits: wait as GitHub asks (Retry-After / X-RateLimit-Reset), at most this many times per request. */
const RATE_LIMIT_RETRIES = 2

/** The HTTP status of a failed GitHub call (Octokit's RequestError), or undefined for other errors. */
export function githubStatusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

export class GitHubClient implements CommentsApi {
  private readonly options: GitHubClientOptions
  private octokit: Promise<GitHubRest> | undefined
  private login: Promise<string | undefined> | undefined

  constructor(options: GitHubClientOptions) {
    this.options = { ...options, apiUrl: (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '') }
  }

  /** Uses GITHUB_API_URL, as the toolkit does (GitHub Enterprise Server included). */
  static fromEnv(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
    return new GitHubClient({ token, apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL })
  }

  private client(): Promise<GitHubRest> {
    this.octokit ??= loadOctokit(this.options)
    return this.octokit
  }

  /** The login the token acts as, as it appears in `comment.user.login`; undefined when GitHub won't say. */
  getAuthenticatedLogin(): Promise<string | undefined> {
    this.login ??= this.resolveLogin()
    return this.login
  }

  private async resolveLogin(): Promise<string | undefined> {
    const octokit = await this.client()
    try {
      const { data } = await octokit.rest.users.getAuthenticated()
      if (data?.login) return data.login
    } catch (err) {
      const status = githubStatusOf(err)
      if (status !== 401 && status !== 403) throw err
    }
    // /user refuses installation tokens, so this identity is an app. Its comments carry `<slug>[bot]` (type Bot);
    // a viewer login without the suffix must not match a person who happens to be called `<slug>`.
    let login: string | undefined
    try {
      const answer = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }')
      login = answer.viewer?.login || undefined
    } catch {
      login = undefined
    }
    return login === undefined || login.endsWith('[bot]') ? login : `${login}[bot]`
  }

  /** Every comment on the issue or pull request, oldest first, every page. */
  async listIssueComments(owner: string, repo: string, issue: number): Promise<IssueComment[]> {
    const octokit = await this.client()
    return (await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue,
      per_page: 100,
    })) as IssueComment[]
  }

  async createIssueComment(owner: string, repo: string, issue: number, body: string): Promise<IssueComment> {
    const octokit = await this.client()
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
    return data as IssueComment
  }

  async updateIssueComment(
    owner: string,
    repo: string,
    commentId: number,
    body: string,
  ): Promise<IssueComment> {
    const octokit = await this.client()
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })
    return data as IssueComment
  }
}

type GitHubRest = ReturnType<typeof import('@actions/github').getOctokit>

async function loadOctokit(options: GitHubClientOptions): Promise<GitHubRest> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ])
  const fetchFn = options.fetch ?? (await proxyAwareFetch())
  const waitOnLimit = (_retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < RATE_LIMIT_RETRIES
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      userAgent: 'layer-action',
      request: { fetch: fetchFn, retries: options.retries },
      throttle: { onRateLimit: waitOnLimit, onSecondaryRateLimit: waitOnLimit },
      // Failures reach the caller, which turns them into one warning; Octokit's own console lines would repeat it.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    },
    retry,
    throttling,
  ) as unknown as GitHubRest
}

export interface StickyComment {
  owner: string
  repo: string
  issue: number
  /** Hidden HTML comment that must be the body's first line. */
  marker: string
  /** The marker an earlier release gave the same comment: without a comment under `marker`, that one is taken over. */
  formerMarker?: string
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
  const { owner, repo, issue, marker, formerMarker } = target
  const body = firstLine(target.body) === marker ? target.body : `${marker}\n${target.body}`
  const [login, comments] = await Promise.all([
    api.getAuthenticatedLogin(),
    api.listIssueComments(owner, repo, issue),
  ])
  const markedWith = (m: string) => comments.filter((c) => firstLine(c.body ?? '') === m)
  let marked = markedWith(marker)
  if (marked.length === 0 && formerMarker && formerMarker !== marker) marked = markedWith(formerMarker)
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
