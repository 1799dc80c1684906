// The CLI bundle (dist/cli.js): the same pipeline from a terminal, flags mirroring the inputs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

function cli(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: cwd,
    LAYER_ACTION_CACHE_DIR: path.join(cwd, '.cache'),
    ...extraEnv,
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
  const result = cli(['plan', ...flags, '--work-dir', path.join(dir, 'work')], dir)
  expect(result.stderr).not.toMatch(/error:/)
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/^<!-- layer-action:deps:x86_64 -->/)
  expect(result.stdout).toMatch(/^plan=unknown$/m)
  expect(result.stdout).toMatch(/^fingerprint=[0-9a-f]{64}$/m)
  const zipPath = /^zip-path=(.+)$/m.exec(result.stdout)?.[1]
  expect(zipPath).toBeTruthy()
  expect(existsSync(zipPath!)).toBe(true)

  const again = cli(['plan', ...flags], dir)
  expect(again.stdout).toMatch(/^cache-hit=true$/m)
})

it('names the flag for a bad value and exits non-zero', () => {
  const result = cli(['plan', ...flags, '--architecture', 'sparc'], project())
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/^error: --architecture: expected x86_64 or arm64/m)
  expect(result.stderr).not.toMatch(/\n\s+at /)
})

it('refuses an unknown command or flag, suggests the closest, and exits 2', () => {
  const deploy = cli(['deploy'], project())
  expect(deploy.status).toBe(2)
  expect(deploy.stderr).toMatch(/Unknown command 'deploy'; expected 'plan' or 'apply'/)
  expect(cli(['aply'], project()).stderr).toMatch(/did you mean 'apply'\?/)
  const two = cli(['plan', 'apply', ...flags], project())
  expect(two.status).toBe(2)
  expect(two.stderr).toMatch(/^error: One command at a time: 'plan' was given, then 'apply'$/m)
  const unknown = cli(['plan', '--colour', 'red'], project())
  expect(unknown.status).toBe(2)
  expect(unknown.stderr).toMatch(
    /^error: Unknown flag --colour\n\nRun 'layer-action plan --help' for the flags\.$/m,
  )
  const typo = cli(['plan', ...flags, '--layer-nmae', 'x'], project())
  expect(typo.status).toBe(2)
  expect(typo.stderr).toMatch(/Unknown flag --layer-nmae: did you mean --layer-name\?/)
  expect(cli(['plan', '--runtime'], project()).stderr).toMatch(/Flag --runtime needs a value/)
  expect(cli([...flags], project()).stderr).toMatch(/name a command \(plan or apply\), or pass --mode/)
})

it('--help lists every flag of action.yml with its meaning, default and whether it is required', () => {
  const help = cli(['--help'], project())
  expect(help.status).toBe(0)
  const yml = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')
  const inputs = [...yml.split(/^outputs:/m)[0].matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1])
  expect(inputs.length).toBeGreaterThan(10)
  for (const name of inputs.filter((n) => !['mode', 'github-token', 'comment'].includes(n)))
    expect(help.stdout).toContain(`--${name}`)
  expect(help.stdout).toMatch(/--layer-name VALUE\n\s+Lambda layer name .*\(required\)/)
  expect(help.stdout).toMatch(/--architecture VALUE\n\s+x86_64 or arm64.*\(default: x86_64\)/)
  expect(help.stdout).toMatch(/--force, --no-force\n\s+Rebuild even.*\(default: false\)/)
  expect(help.stdout).toMatch(/--mode VALUE/)
  expect(help.stdout).toMatch(/Exit codes: 0 success; 1 the run failed .*; 2 the command line/)
  const plan = cli(['plan', '--help'], project())
  expect(plan.status).toBe(0)
  expect(plan.stdout).toMatch(/^Usage: layer-action plan .*\n\nFingerprint, build and report/)
  expect(cli(['--version'], project()).stdout.trim()).toBe(
    JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
  )
})

it('takes --mode, boolean flags without a value, and prints a readable text report', () => {
  const dir = project()
  const tmp = path.join(dir, 'tmp')
  mkdirSync(tmp)
  const result = cli(['--mode', 'plan', ...flags, '--force', '--format', 'text'], dir, { TMPDIR: tmp })
  expect(result.stderr).not.toMatch(/error:/)
  expect(result.status).toBe(0)
  expect(result.stdout).not.toMatch(/<!--|\|---|\*\*/)
  expect(result.stdout).toMatch(/^ {2}Layer: {8}deps \(python3\.12, x86_64\)$/m)
  expect(result.stdout).toMatch(/^ {2}Zip: {10}\d+ B$/m)
  expect(result.stdout).toMatch(/^ {2}PACKAGE {4}VERSION {2}UNZIPPED {3}SHARE$/m)
  expect(result.stdout).toMatch(/^plan=unknown$/m)
  expect(result.stdout).not.toMatch(/^zip-path=/m)
  // Progress: each long step says when it starts and how long it took.
  expect(result.stderr).toMatch(/^▸ Building the layer…$/m)
  expect(result.stderr).toMatch(/^✓ Building the layer \(\d+\.\d s\)$/m)
  // Quiet and tidy: no SDK notice, no workflow commands, and the per-run work folder is gone.
  expect(result.stderr).not.toMatch(/NodeVersionSupportWarning|::add-mask::/)
  expect(readdirSync(tmp)).toEqual([])
  expect(cli(['apply', '--mode', 'plan', ...flags], dir).stderr).toMatch(
    /command is 'apply' but --mode says 'plan'/,
  )
})

it('words advice for the terminal: flags, not inputs', () => {
  const result = cli(['plan', ...flags, '--keep-versions', 'many'], project())
  expect(result.status).toBe(1)
  expect(result.stderr).toMatch(/^error: --keep-versions/m)
  expect(result.stderr).not.toMatch(/input/i)

  const dir = project()
  const nowhere = path.join(dir, 'none')
  const noCredentials = cli(['apply', ...flags], dir, {
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: nowhere,
    AWS_SHARED_CREDENTIALS_FILE: nowhere,
  })
  expect(noCredentials.status).toBe(1)
  expect(noCredentials.stderr).toMatch(/No AWS credentials were found/)
  expect(noCredentials.stderr).toMatch(/run 'layer-action plan'/)
  expect(noCredentials.stderr).not.toMatch(/configure-aws-credentials|mode: plan/)

  const badRegion = cli(['plan', ...flags], dir, { AWS_REGION: 'useast1' })
  expect(badRegion.status).toBe(1)
  expect(badRegion.stderr).toMatch(/^error: AWS_REGION \(no --regions given\): expected AWS region names/m)
  expect(badRegion.stderr).not.toMatch(/input/i)
})
