// The CLI bundle (dist/cli.js): the same pipeline from a terminal, flags mirroring the inputs.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

function cli(args: string[], cwd: string) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: cwd,
    LAYER_ACTION_CACHE_DIR: path.join(cwd, '.cache'),
  }
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
  })
}

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cli-'))
  writeFileSync(path.join(dir, 'deps.lock'), 'a==1\n')
  return dir
}

const flags = [
  '--layer-name',
  'deps',
  '--runtime',
  'python3.12',
  '--lockfiles',
  'deps.lock',
  '--build-command',
  'mkdir -p out/python && cp deps.lock out/python/',
  '--layer-directory=out',
]

it('plans without AWS credentials: prints the report and the outputs', () => {
  const dir = project()
  const result = cli(['plan', ...flags], dir)
  expect(result.stderr).not.toMatch(/error:/)
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/^<!-- layer-action:deps:x86_64 -->/)
  expect(result.stdout).toMatch(/^plan=unknown$/m)
  expect(result.stdout).toMatch(/^fingerprint=[0-9a-f]{64}$/m)
  const zipPath = /^zip-path=(.+)$/m.exec(result.stdout)?.[1]
  expect(zipPath).toBeTruthy()

  const again = cli(['plan', ...flags], dir)
  expect(again.stdout).toMatch(/^cache-hit=true$/m)
})

it('names the flag for a bad value and exits non-zero', () => {
  const result = cli(['plan', ...flags, '--architecture', 'sparc'], project())
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/^error: Input 'architecture': expected x86_64 or arm64/m)
  expect(result.stderr).not.toMatch(/\n\s+at /)
})

it('refuses an unknown command or flag with the usage', () => {
  expect(cli(['deploy'], project()).status).toBe(2)
  const unknown = cli(['plan', '--colour', 'red'], project())
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toMatch(/Unknown option --colour[\s\S]*Usage: layer-action <plan\|apply>/)
})
