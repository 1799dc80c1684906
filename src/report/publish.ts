import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { errorMessage } from '../core/errors.js'
import { githubStatusOf, upsertStickyComment, type CommentsApi, type StickyResult } from './github.js'
import { COMMENT_LIMIT, commentMarker, headline, renderMarkdown } from './markdown.js'
import type { Report } from './model.js'

/** The part of `core.summary` we use, so tests can pass a recorder. */
export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): unknown
  write(options?: { overwrite?: boolean }): Promise<unknown>
}

export interface GitHubContext {
  eventName: string
  owner?: string
  repo?: string
  /** Set on `pull_request*` events. */
  prNumber?: number
}

export interface WriteReportOptions {
  /** `core.summary` in the action; omitted outside Actions. */
  summary?: SummaryWriter
  /** Omitted when there is no token. */
  github?: CommentsApi
  context: GitHubContext
  /** The `comment` input. */
  comment: boolean
  outDir: string
  /** Defaults to `core.warning`. */
  warn?: (message: string) => void
  /** Defaults to `core.info`. */
  info?: (message: string) => void
  /** Size limit for the comment (and report.md); tests use a small one. */
  commentLimit?: number
  /** The regions the run is for: part of the comment's marker. */
  regions?: readonly string[]
}

export interface WriteReportResult {
  headline: string
  /** Comment body, marker first; also written to report.md. */
  commentBody: string
  reportPath: string
  reportJsonPath: string
  summaryWritten: boolean
  comment?: StickyResult
}

/** The step summary may hold 1 MiB; stay well below it even with multi-byte characters. */
const SUMMARY_LIMIT = 300_000

/**
 * Writes the job summary, report.md and report.json, and the sticky PR comment on pull_request events.
 * Nothing here fails the run: a summary or comment that cannot be written becomes a warning.
 */
export async function writeReport(report: Report, options: WriteReportOptions): Promise<WriteReportResult> {
  const warn = options.warn ?? core.warning
  const info = options.info ?? core.info
  const marker = commentMarker(report.layer.name, report.layer.architectures, options.regions)
  const commentBody = renderMarkdown(report, { marker, maxLength: options.commentLimit ?? COMMENT_LIMIT })

  await mkdir(options.outDir, { recursive: true })
  const reportPath = path.join(options.outDir, 'report.md')
  const reportJsonPath = path.join(options.outDir, 'report.json')
  await writeFile(reportPath, commentBody)
  await writeFile(reportJsonPath, `${JSON.stringify(report, null, 2)}\n`)

  let summaryWritten = false
  if (options.summary) {
    try {
      options.summary.addRaw(renderMarkdown(report, { maxLength: SUMMARY_LIMIT }), true)
      await options.summary.write()
      summaryWritten = true
    } catch (err) {
      warn(`Could not write the job summary: ${errorMessage(err)}`)
    }
  }

  const result: WriteReportResult = {
    headline: headline(report),
    commentBody,
    reportPath,
    reportJsonPath,
    summaryWritten,
  }
  const reason = commentSkipReason(options)
  if (reason) {
    if (isPullRequestEvent(options.context.eventName) && options.comment)
      warn(`Not commenting on the pull request: ${reason}`)
    return result
  }
  const { owner, repo, prNumber } = options.context as Required<GitHubContext>
  try {
    result.comment = await upsertStickyComment(options.github as CommentsApi, {
      owner,
      repo,
      issue: prNumber,
      marker,
      formerMarker: commentMarker(report.layer.name, report.layer.architectures),
      body: commentBody,
    })
    info(`PR comment ${result.comment.action} (id ${result.comment.id})`)
  } catch (err) {
    warn(commentFailure(err))
  }
  return result
}

function commentSkipReason(options: WriteReportOptions): string | undefined {
  const { context } = options
  if (!options.comment) return 'the comment input is false'
  if (!isPullRequestEvent(context.eventName)) return `event ${context.eventName} is not a pull request`
  if (!options.github) return 'no github-token'
  if (!context.owner || !context.repo) return 'GITHUB_REPOSITORY is not set'
  if (!context.prNumber) return 'the event payload has no pull_request.number'
  return undefined
}

export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName.startsWith('pull_request_')
}

function commentFailure(err: unknown): string {
  const status = githubStatusOf(err)
  const reason = status === undefined ? errorMessage(err) : `GitHub answered ${status} ${errorMessage(err)}`
  const base = `Could not post the PR comment (${reason}); the job summary and report.md still have the report.`
  if (status === 403 || status === 404) {
    return (
      `${base} The token may be read-only (pull requests from forks get one): grant \`pull-requests: write\`, ` +
      'or post report.md from a separate `workflow_run` workflow.'
    )
  }
  return base
}

/**
 * Event name, repository and PR number. On pull request events they come from the toolkit's `github.context`
 * (the runner's event payload); other events never load the GitHub client.
 */
export async function readGitHubContext(env: NodeJS.ProcessEnv = process.env): Promise<GitHubContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const context: GitHubContext = { eventName, owner: owner || undefined, repo: repo || undefined }
  if (!isPullRequestEvent(eventName)) return context
  const { context: github } = await import('@actions/github')
  const number = (github.payload.pull_request?.number ?? github.payload.number) as unknown
  if (typeof number === 'number' && Number.isInteger(number) && number > 0) context.prNumber = number
  if (!context.owner && github.payload.repository) {
    context.owner = github.payload.repository.owner.login
    context.repo = github.payload.repository.name
  }
  return context
}
