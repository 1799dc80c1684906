// The benchmark scenarios of `npm run bench` (bench/run.mjs). Each returns a result object for bench/results.json;
// every ratio compares two things measured in the same run on the same machine, interleaved where they alternate.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  ACTION_NODE,
  BUNDLE,
  REPO,
  WORK,
  bundleFiles,
  commandProject,
  createFunctions,
  expectRun,
  median,
  ms,
  pythonTree,
  round,
  runAction,
  setLayers,
  timeSync,
} from './lib.mjs'

const FULL = (outputs) => JSON.parse(outputs['updated-functions'] ?? '[]')
/** Issue #15: a no-change run costs at most 1.5 times loading the bundle. */
const NO_CHANGE_TARGET = 1.5

/**
 * Node started the same way on both sides of a start-up comparison, as a runner starts it. NODE_EXTRA_CA_CERTS (set
 * on a machine that inspects TLS, as this one is, and passed on by runAction) makes Node read that certificate file
 * at start-up: 40–75 ms here, which a no-change run (no TLS at all) carried against a bare load that did not.
 */
const BARE_ENV = { PATH: process.env.PATH }

/** "Just loading the bundle": dist/index.js with no inputs loads its static module graph and stops at the first input. */
function bareLoad() {
  const { ms: elapsed, child } = timeSync(ACTION_NODE, [BUNDLE], { env: BARE_ENV })
  if (!child.stdout.includes("Input 'layer-name'"))
    throw new Error(`unexpected bare load output:\n${child.stdout}`)
  return elapsed
}

/** Start-up: bundle sizes, and load times of the action and CLI bundles against a bare `node -e 0`. */
export async function startup({ runs }) {
  const node = []
  const action = []
  const cli = []
  for (let i = 0; i < runs; i++) {
    node.push(timeSync(ACTION_NODE, ['-e', '0'], { env: BARE_ENV }).ms)
    action.push(bareLoad())
    cli.push(timeSync(ACTION_NODE, [path.join(REPO, 'dist', 'cli.js'), '--help'], { env: BARE_ENV }).ms)
  }
  return {
    runs,
    bundle: bundleFiles(path.join(REPO, 'dist')),
    nodeMs: ms(median(node)),
    actionLoadMs: ms(median(action)),
    cliHelpMs: ms(median(cli)),
    actionLoadOverNodeMs: ms(median(action) - median(node)),
  }
}

/** The no-change run: fingerprint found, 10 functions already current; against just loading the bundle. */
export async function noChange(aws, { runs }) {
  await aws.reset()
  const functions = await createFunctions(aws, 'nc', 10)
  const workspace = commandProject('no-change')
  const inputs = {
    'layer-name': 'nc-deps',
    runtime: 'python3.12',
    lockfiles: 'deps.lock',
    'build-command': 'bash build.sh',
    'layer-directory': 'layer',
    functions: functions.join(','),
  }
  const env = { ...aws.env(), NODE_EXTRA_CA_CERTS: undefined } // as bareLoad starts Node
  expectRun(
    await runAction({ workspace, inputs, env }),
    'first (publishing) run',
    (o) => o.published === 'true',
  )

  const load = []
  const run = []
  const reads = []
  const writes = []
  const listCalls = []
  for (let i = 0; i < runs; i++) {
    load.push(bareLoad())
    aws.proxy.reset()
    const r = expectRun(
      await runAction({ workspace, inputs, env }),
      'no-change run',
      (o) => o.published === 'false' && FULL(o).length === 0 && o.plan === 'reuse',
    )
    run.push(r.ms)
    reads.push(aws.proxy.readCount('GetFunction') + aws.proxy.readCount('GetFunctionConfiguration'))
    listCalls.push(aws.proxy.readCount('ListLayerVersions'))
    writes.push(aws.proxy.writeCount())
  }
  const ratio = median(run) / median(load)
  const readsPerFunction = Math.max(...reads) / functions.length
  const maxWrites = Math.max(...writes)
  return {
    runs,
    functions: functions.length,
    runMs: ms(median(run)),
    bareLoadMs: ms(median(load)),
    ratio: round(ratio),
    writeCalls: maxWrites,
    functionReadsPerFunction: readsPerFunction,
    listLayerVersionsCalls: Math.max(...listCalls),
    target: { ratioAtMost: NO_CHANGE_TARGET, writeCalls: 0, functionReadsPerFunction: 1 },
    met: ratio <= NO_CHANGE_TARGET && maxWrites === 0 && readsPerFunction === 1,
  }
}

/**
 * Fan-out: 50 functions behind the fault proxy with 50 ms per call. The action moves them all (fingerprint found,
 * functions on the previous version); the baseline does the same calls one function at a time in this process
 * (GetFunction as the lookup does, then the same moveFunctionToVersion).
 */
export async function fanOut(aws, built, { runs, latencyMs = 50, count = 50 }) {
  const { getFunctionState, moveFunctionToVersion, mapWithConcurrency } = await import(
    built('src/aws/functions.ts')
  )
  const { FUNCTION_CONCURRENCY } = await import(built('src/rollout/plan.ts'))
  await aws.reset()
  const functions = await createFunctions(aws, 'fan', count)
  const base = { 'layer-name': 'fan-deps', runtime: 'python3.12', lockfiles: 'deps.lock' }
  const build = { 'build-command': 'bash build.sh', 'layer-directory': 'layer' }
  const env = aws.env()
  const publish = async (name, lock) => {
    const workspace = commandProject(name, lock)
    const r = expectRun(await runAction({ workspace, inputs: { ...base, ...build }, env }), `publish ${name}`)
    return { workspace, arn: r.outputs['layer-version-arn'] }
  }
  const before = await publish('fan-a', 'requests==2.32.4\n')
  const after = await publish('fan-b', 'requests==2.32.5\n')

  const reset = async () => {
    aws.proxy.latencyMs = 0
    await setLayers(aws, functions, [before.arn])
    aws.proxy.reset()
    aws.proxy.latencyMs = latencyMs
  }
  const inProcess = async (concurrency) => {
    await reset()
    const started = performance.now()
    await mapWithConcurrency(functions, concurrency, async (name) => {
      await getFunctionState(aws.proxied, name)
      return moveFunctionToVersion(aws.proxied, name, after.arn)
    })
    const elapsed = performance.now() - started
    if (aws.proxy.writeCount('UpdateFunctionConfiguration') !== count)
      throw new Error('not every function moved')
    return elapsed
  }

  const action = []
  const sequential = []
  const phase = []
  for (let i = 0; i < runs; i++) {
    await reset()
    const r = expectRun(
      await runAction({
        workspace: after.workspace,
        inputs: { ...base, ...build, functions: functions.join(',') },
        env,
      }),
      'fan-out run',
      (o) => FULL(o).length === count && o.published === 'false',
    )
    action.push(r.ms)
    sequential.push(await inProcess(1))
    phase.push(await inProcess(FUNCTION_CONCURRENCY))
  }
  // How the bound trades off, one run each: the wall time is close to ceil(count / c) rounds of 3 calls.
  const sweep = {}
  for (const c of [4, 8, 16]) sweep[c] = ms(await inProcess(c))
  aws.proxy.latencyMs = 0

  const ratio = median(action) / median(sequential)
  return {
    runs,
    functions: count,
    latencyMs,
    concurrency: FUNCTION_CONCURRENCY,
    actionRunMs: ms(median(action)),
    sequentialMs: ms(median(sequential)),
    updatePhaseMs: ms(median(phase)),
    ratio: round(ratio),
    updatePhaseRatio: round(median(phase) / median(sequential)),
    sweepMs: sweep,
    target: { ratioAtMost: 0.25 },
    met: ratio <= 0.25,
  }
}

/**
 * A whole plan run over a prebuilt layer folder (custom builder, no-op command; fingerprint, build checks, zip and
 * AWS lookup), against Info-ZIP alone on that folder, the numpy + pandas tree of the zip benchmark.
 */
export async function planPrebuilt(aws, { runs }) {
  const tree = pythonTree('numpy-pandas')
  await aws.reset()
  const workspace = path.join(WORK, 'prebuilt')
  rmSync(workspace, { recursive: true, force: true })
  mkdirSync(workspace, { recursive: true })
  // Hard links: the same files as the tree, inside the working directory as layer-directory must be.
  execFileSync('cp', ['-al', tree, path.join(workspace, 'layer')])
  writeFileSync(path.join(workspace, 'deps.lock'), 'numpy\npandas\n')
  const inputs = {
    'layer-name': 'prebuilt',
    runtime: 'python3.12',
    lockfiles: 'deps.lock',
    'build-command': 'true',
    'layer-directory': 'layer',
    mode: 'plan',
  }
  const env = { ...aws.env(), LAYER_ACTION_CACHE_DIR: 'off' }
  const zipOut = path.join(WORK, 'infozip.zip')
  const plan = []
  const infozip = []
  let zipSize = 0
  let infozipSize = 0
  for (let i = 0; i < runs; i++) {
    const r = expectRun(await runAction({ workspace, inputs, env }), 'plan run', (o) => o.plan === 'publish')
    plan.push(r.ms)
    zipSize = Number(r.outputs['zip-size'])
    rmSync(zipOut, { force: true })
    const z = timeSync('zip', ['-r', '-X', '-q', '-6', zipOut, '.'], { cwd: path.join(workspace, 'layer') })
    if (z.child.status !== 0) throw new Error(`zip failed: ${z.child.stderr}`)
    infozip.push(z.ms)
    infozipSize = statSync(zipOut).size
  }
  rmSync(zipOut, { force: true })
  const ratio = median(plan) / median(infozip)
  return {
    runs,
    tree: path.relative(REPO, tree),
    planRunMs: ms(median(plan)),
    infozipMs: ms(median(infozip)),
    zipSize,
    infozipSize,
    ratio: round(ratio),
    target: { ratioAtMost: 1 },
    met: ratio <= 1,
  }
}

/**
 * The way most teams do it today, rebuild and publish on every run, against a no-change run, on the same project:
 * examples/python (real pip build) with 10 functions. Rebuild runs start from an empty AWS and no layer cache.
 */
export async function rebuildVsNoChange(aws, { runs }) {
  const workspace = path.join(WORK, 'python-project')
  rmSync(workspace, { recursive: true, force: true })
  mkdirSync(workspace, { recursive: true })
  cpSync(path.join(REPO, 'examples', 'python', 'requirements.txt'), path.join(workspace, 'requirements.txt'))
  const inputs = { 'layer-name': 'shop-deps', runtime: 'python3.12' }
  const env = { ...aws.env(), LAYER_ACTION_CACHE_DIR: 'off' }
  let functions = []
  const rebuild = []
  for (let i = 0; i < runs; i++) {
    await aws.reset()
    functions = await createFunctions(aws, 'rb', 10)
    const r = expectRun(
      await runAction({ workspace, inputs: { ...inputs, functions: functions.join(',') }, env }),
      'rebuild-and-publish run',
      (o) => o.published === 'true' && FULL(o).length === functions.length,
    )
    rebuild.push(r.ms)
  }
  const noChangeRuns = []
  for (let i = 0; i < runs; i++) {
    const r = expectRun(
      await runAction({ workspace, inputs: { ...inputs, functions: functions.join(',') }, env }),
      'no-change run',
      (o) => o.published === 'false' && FULL(o).length === 0,
    )
    noChangeRuns.push(r.ms)
  }
  return {
    runs,
    project: 'examples/python (6 packages, pip), 10 functions',
    rebuildAndPublishMs: ms(median(rebuild)),
    noChangeMs: ms(median(noChangeRuns)),
    ratio: round(median(noChangeRuns) / median(rebuild), 3),
  }
}
