import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readGitHubContext } from '../../src/report/publish.js'

// github.context reads the runner's environment once, when the toolkit is first loaded: set it up before that.
const dir = mkdtempSync(path.join(tmpdir(), 'event-'))
const eventPath = path.join(dir, 'event.json')
writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 12, pull_request: { number: 12 } }))
const saved = { ...process.env }
afterAll(() => {
  process.env = saved
})

describe('readGitHubContext', () => {
  it('reads owner/repo from GITHUB_REPOSITORY and, on pull requests, the number from github.context', async () => {
    expect(
      await readGitHubContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo-org/octo-repo' }),
    ).toEqual({ eventName: 'push', owner: 'octo-org', repo: 'octo-repo' })
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
    })
    expect(await readGitHubContext(process.env)).toEqual({
      eventName: 'pull_request',
      owner: 'octo-org',
      repo: 'octo-repo',
      prNumber: 12,
    })
  })
})
