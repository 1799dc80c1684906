// Cold layer builds against the tools users would otherwise run (bench/run.mjs runs them):
// - a Python layer of the 11-package set (bench/fixtures/python): the action in plan mode against `sam build`;
// - a Node.js layer with native optional packages (bench/fixtures/node): the action in plan mode against
//   `npm ci --omit=dev` into a folder and Info-ZIP `zip -r -X -q -6` of it.
// Every run of either side starts from empty caches: a fresh HOME and fresh pip, uv, npm and SAM folders.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  FIXTURES,
  WORK,
  coldEnv,
  comparison,
  expectRun,
  paired,
  runAction,
  timeSync,
  treeStats,
} from './lib.mjs'
import { SAM_PYTHON, ensureInfoZip, ensureSam, pyenvBin } from './tools.mjs'

const TARGETS = { x86_64: 0.35, arm64: 0.25 }
const NODE_TARGET = 0.85

/** A minimal SAM project: one layer built by SAM's python3.12 workflow for `architecture`. */
function samTemplate(architecture) {
  return `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Deps:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: deps/
      CompatibleRuntimes: [python3.12]
      CompatibleArchitectures: [${architecture}]
    Metadata:
      BuildMethod: python3.12
      BuildArchitecture: ${architecture}
`
}

/**
 * SAM's settings for a run: telemetry off, and a version check marked as just done, which `sam build` would
 * otherwise make against PyPI after the build. AWS credentials are dummies, the instance metadata service is off and
 * every AWS endpoint is loopback, so nothing can reach AWS (`sam build` has no need to).
 */
function samEnv(home, aws) {
  mkdirSync(path.join(home, '.aws-sam'), { recursive: true })
  // GlobalConfig reads lastVersionCheck as a float: an integer would count as "never checked".
  writeFileSync(
    path.join(home, '.aws-sam', 'metadata.json'),
    `{ "lastVersionCheck": ${(Date.now() / 1000).toFixed(3)} }\n`,
  )
  return {
    ...aws.env(),
    SAM_CLI_TELEMETRY: '0',
    __SAM_CLI_TELEMETRY_ENDPOINT_URL: `${aws.env().AWS_ENDPOINT_URL}/telemetry`,
    AWS_EC2_METADATA_DISABLED: 'true',
  }
}

/** A fresh folder for one run, removed after it. */
function withRunFolder(prefix, fn) {
  return async () => {
    const dir = mkdtempSync(path.join(WORK, `${prefix}-`))
    try {
      return await fn(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Cold Python layer build for one architecture: the action (plan mode, cache off) against `sam build`. */
export async function pythonVsSam(aws, { runs, architecture }) {
  const python = pyenvBin(SAM_PYTHON)
  if (!python) return { skipped: `no Python ${SAM_PYTHON} from pyenv (sam build needs python3.12 on PATH)` }
  const { sam, skipped } = await ensureSam()
  if (skipped) return { skipped }
  await aws.reset()
  const requirements = path.join(FIXTURES, 'python', 'requirements.txt')
  const sizes = {}

  const ours = withRunFolder('py-ours', async (dir) => {
    const workspace = path.join(dir, 'project')
    mkdirSync(workspace)
    cpSync(requirements, path.join(workspace, 'requirements.txt'))
    const inputs = { 'layer-name': 'py-cold', runtime: 'python3.12', architecture, mode: 'plan' }
    // The same PATH as SAM gets: the action then also installs with Python 3.12.
    const env = { ...aws.env(), ...coldEnv(dir, python), LAYER_ACTION_CACHE_DIR: 'off' }
    const r = expectRun(await runAction({ workspace, inputs, env }), `cold ${architecture} plan run`, (o) => {
      return o.plan === 'publish' && Number(o['zip-size']) > 0
    })
    sizes.oursUnzippedBytes = Number(r.outputs['unzipped-size'])
    return r.ms
  })

  const peer = withRunFolder('py-sam', async (dir) => {
    const project = path.join(dir, 'project')
    mkdirSync(path.join(project, 'deps'), { recursive: true })
    cpSync(requirements, path.join(project, 'deps', 'requirements.txt'))
    writeFileSync(path.join(project, 'template.yaml'), samTemplate(architecture))
    const env = coldEnv(dir, python)
    const { ms, child } = timeSync(sam[0], [...sam.slice(1), 'build'], {
      cwd: project,
      env: { ...env, ...samEnv(env.HOME, aws) },
    })
    if (child.status !== 0)
      throw new Error(`sam build failed (${architecture}):\n${child.stdout}\n${child.stderr}`)
    const built = path.join(project, '.aws-sam', 'build', 'Deps')
    sizes.samUnzippedBytes = treeStats(built).bytes
    sizes.samPackages = readdirSync(path.join(built, 'python')).filter((n) => n.endsWith('.dist-info')).length
    return ms
  })

  const result = comparison(await paired(runs, ours, peer), TARGETS[architecture])
  return {
    architecture,
    packages: '11-package set (bench/fixtures/python/requirements.txt), python3.12',
    peer: `sam build (aws-sam-cli, BuildMethod python3.12, BuildArchitecture ${architecture})`,
    ...result,
    ...sizes,
  }
}

/** Cold Node.js layer build: the action (plan mode, cache off) against `npm ci --omit=dev` and Info-ZIP. */
export async function nodeVsNpmZip(aws, { runs }) {
  const missing = ensureInfoZip()
  if (missing) return { skipped: missing }
  await aws.reset()
  const fixture = path.join(FIXTURES, 'node')
  const sizes = {}

  const ours = withRunFolder('node-ours', async (dir) => {
    const workspace = path.join(dir, 'project')
    cpSync(fixture, workspace, { recursive: true })
    const inputs = { 'layer-name': 'node-cold', runtime: 'nodejs22.x', mode: 'plan' }
    const env = { ...aws.env(), ...coldEnv(dir), LAYER_ACTION_CACHE_DIR: 'off' }
    const r = expectRun(
      await runAction({ workspace, inputs, env }),
      'cold Node.js plan run',
      (o) => o.plan === 'publish' && Number(o['zip-size']) > 0,
    )
    sizes.oursZipBytes = Number(r.outputs['zip-size'])
    return r.ms
  })

  const peer = withRunFolder('node-npm', async (dir) => {
    const layer = path.join(dir, 'layer')
    cpSync(fixture, path.join(layer, 'nodejs'), { recursive: true })
    const env = { ...coldEnv(dir), npm_config_update_notifier: 'false' }
    const started = performance.now()
    const npm = timeSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
      cwd: path.join(layer, 'nodejs'),
      env,
    })
    if (npm.child.status !== 0) throw new Error(`npm ci failed:\n${npm.child.stderr}`)
    const zip = timeSync('zip', ['-r', '-X', '-q', '-6', path.join(dir, 'layer.zip'), 'nodejs'], {
      cwd: layer,
    })
    if (zip.child.status !== 0) throw new Error(`zip failed:\n${zip.child.stderr}`)
    const elapsed = performance.now() - started
    sizes.peerZipBytes = statSync(path.join(dir, 'layer.zip')).size
    return elapsed
  })

  return {
    packages: 'sharp + esbuild (bench/fixtures/node), nodejs22.x x86_64',
    peer: 'npm ci --omit=dev --no-audit --no-fund, then zip -r -X -q -6',
    ...comparison(await paired(runs, ours, peer), NODE_TARGET),
    ...sizes,
  }
}
