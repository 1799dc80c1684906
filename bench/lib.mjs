// Shared pieces of the benchmarks: timing, the bundled action as a runner starts it, moto behind the fault proxy.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  createRole,
  HANDLER_ZIP_FILES,
  LOCAL_CREDENTIALS,
  localAwsEnv,
  resetMoto,
  storedZip,
} from '../scripts/lib/local-aws.mjs'
import { ACTION_NODE, BUNDLE, REPO_ROOT, runAction as runActionOnce } from '../scripts/lib/run-action.mjs'

/** The Node that runs the action in the benchmarks, on both sides of a start-up ratio. */
export { ACTION_NODE, BUNDLE }
export const REPO = REPO_ROOT
export const TOOLS = path.join(REPO, '.tools')
export const WORK = path.join(TOOLS, 'bench-run')
export const REGION = 'us-east-1'
export const RESULTS = path.join(REPO, 'bench', 'results.json')
export const FIXTURES = path.join(REPO, 'bench', 'fixtures')
/** Paired runs per comparison: `--runs`, else BENCH_RUNS, else 3 (the machine is small and often shared). */
export const DEFAULT_RUNS = process.env.BENCH_RUNS ?? '3'

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const round = (n, digits = 2) => Number(n.toFixed(digits))
export const ms = (n) => Math.round(n)

/** Wall time of a child process, from spawn to exit. */
export function timeSync(command, args, options = {}) {
  const started = performance.now()
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options })
  const elapsed = performance.now() - started
  return { ms: elapsed, child }
}

/**
 * Compiles the TypeScript the benchmarks drive directly (the fault proxy of the tests, and the function update
 * code for the sequential baseline) with tsc into .tools/bench-run/build; returns a path resolver into it.
 */
export function compileHelpers() {
  const outDir = path.join(WORK, 'build')
  const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc')
  const files = ['__tests__/helpers/fault-proxy.ts', 'src/aws/functions.ts', 'src/rollout/plan.ts']
  execFileSync(
    process.execPath,
    [
      tsc,
      ...['--outDir', outDir, '--rootDir', REPO, '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
      ...['--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node', '--esModuleInterop'],
      ...files.map((f) => path.join(REPO, f)),
    ],
    { stdio: 'inherit' },
  )
  // Compiled .js files under .tools/ must load as ES modules.
  writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n')
  return (file) => path.join(outDir, file.replace(/\.ts$/, '.js'))
}

/** moto server (scripts/moto.mjs) with the tests' fault proxy in front of it. */
export async function startAws(built) {
  const { startMoto } = await import(path.join(REPO, 'scripts', 'moto.mjs'))
  const { startFaultProxy } = await import(built('__tests__/helpers/fault-proxy.ts'))
  const moto = await startMoto({ timeoutMs: 60_000 })
  const proxy = await startFaultProxy(moto.url)
  const { LambdaClient } = await import('@aws-sdk/client-lambda')
  const credentials = LOCAL_CREDENTIALS
  const env = (endpoint = proxy.url) => localAwsEnv(endpoint, REGION)
  return {
    moto,
    proxy,
    env,
    /** Talks to moto directly: setup does not go through the proxy's counters or latency. */
    direct: new LambdaClient({ region: REGION, endpoint: moto.url, credentials, maxAttempts: 1 }),
    /** Goes through the proxy, as the action does. */
    proxied: new LambdaClient({ region: REGION, endpoint: proxy.url, credentials, maxAttempts: 4 }),
    async reset() {
      await resetMoto(moto.url)
      proxy.reset()
      proxy.latencyMs = 0
    },
    async stop() {
      await proxy.stop()
      await moto.stop()
    },
  }
}

/** Creates `count` functions named `${prefix}-NN` directly in moto. */
export async function createFunctions(aws, prefix, count) {
  const { CreateFunctionCommand } = await import('@aws-sdk/client-lambda')
  const role = await createRole(aws.moto.url, { region: REGION, name: 'layer-action-bench' })
  const code = storedZip(HANDLER_ZIP_FILES)
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`)
  for (const name of names) {
    await aws.direct.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: 'python3.12',
        Role: role,
        Handler: 'index.handler',
        Code: { ZipFile: code },
      }),
    )
  }
  return names
}

export async function setLayers(aws, names, layers) {
  const { UpdateFunctionConfigurationCommand } = await import('@aws-sdk/client-lambda')
  for (const name of names)
    await aws.direct.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Layers: layers }))
}

/** A project whose layer comes from a shell command and one lockfile (fast, offline). */
export function commandProject(name, lock = 'requests==2.32.5\n') {
  const dir = path.join(WORK, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'deps.lock'), lock)
  writeFileSync(path.join(dir, 'build.sh'), 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n')
  return dir
}

/** Runs dist/index.js as a runner does (scripts/lib/run-action.mjs), keeping the run's files under WORK. */
export function runAction(options) {
  return runActionOnce({ tempRoot: WORK, removeFiles: true, ...options })
}

/** Fails the benchmark loudly when a run did not do what the scenario measures. */
export function expectRun(run, what, check = () => true) {
  if (run.code !== 0 || !check(run.outputs)) {
    throw new Error(
      `${what}: exit ${run.code}, outputs ${JSON.stringify(run.outputs)}\n${run.errors.join('\n')}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`,
    )
  }
  return run
}

export function bundleFiles(dir) {
  const main = statSync(path.join(dir, 'index.js')).size
  const chunks = readdirSync(dir)
    .filter((n) => /^\d+\.index\.js$/.test(n))
    .map((n) => statSync(path.join(dir, n)).size)
  return { mainBytes: main, chunkBytes: chunks.reduce((a, b) => a + b, 0), chunks: chunks.length }
}

/**
 * Times `ours` and `peer` (async functions that return milliseconds) `runs` times each, alternating which one goes
 * first, so that a change in machine load during the benchmark hits both sides alike.
 */
export async function paired(runs, ours, peer) {
  const times = { ours: [], peer: [] }
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']
    for (const side of order) times[side].push(ms(await (side === 'ours' ? ours() : peer())))
  }
  return times
}

/**
 * Medians of paired times and their ratio (ours / peer: below 1 means ours is faster), against a target. The median
 * of the ratios within each pair is kept too: it is steadier when one pair ran while the machine was much busier.
 */
export function comparison(times, ratioAtMost) {
  const ratio = median(times.ours) / median(times.peer)
  const pairRatios = times.ours.map((t, i) => round(t / times.peer[i]))
  return {
    runs: times.ours.length,
    oursMs: ms(median(times.ours)),
    peerMs: ms(median(times.peer)),
    oursRunsMs: times.ours,
    peerRunsMs: times.peer,
    ratio: round(ratio),
    pairRatios,
    medianPairRatio: round(median(pairRatios)),
    target: { ratioAtMost },
    met: ratio <= ratioAtMost,
  }
}

/**
 * Environment of a cold build: a fresh HOME and fresh pip, uv and npm caches under `dir`, so neither side of a
 * comparison can reuse anything an earlier run downloaded. `pathFirst` goes in front of PATH.
 */
export function coldEnv(dir, pathFirst) {
  const home = path.join(dir, 'home')
  const cache = path.join(dir, 'cache')
  mkdirSync(home, { recursive: true })
  mkdirSync(cache, { recursive: true })
  return {
    PATH: [pathFirst, process.env.PATH].filter(Boolean).join(path.delimiter),
    HOME: home,
    XDG_CACHE_HOME: cache,
    PIP_CACHE_DIR: path.join(cache, 'pip'),
    UV_CACHE_DIR: path.join(cache, 'uv'),
    npm_config_cache: path.join(cache, 'npm'),
  }
}

export function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    actionNode: ACTION_NODE === process.execPath ? process.version : ACTION_NODE,
    loadAverage: os.loadavg().map((n) => round(n)),
  }
}

/**
 * Appends one run's record to bench/results.json, which keeps every run, oldest first. A file in the earlier
 * format (one object holding the latest results) becomes the first record.
 */
export function appendResults(record) {
  let history = []
  try {
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8'))
    history = Array.isArray(previous) ? previous : [previous]
  } catch {
    // first run
  }
  history.push(record)
  writeFileSync(RESULTS, `${JSON.stringify(history, null, 2)}\n`)
}

const NUMPY_PANDAS = [
  'numpy==2.3.4',
  'pandas==2.3.3',
  'python-dateutil==2.9.0.post0',
  'pytz==2025.2',
  'six==1.17.0',
  'tzdata==2025.2',
]

/**
 * The dependency trees the zip benchmarks compress: what `pip install --no-compile --target` makes of these
 * requirements (no bytecode, as in the layers the action builds).
 */
export const TREES = {
  'numpy-pandas': { label: 'numpy + pandas', requirements: NUMPY_PANDAS },
  'eleven-packages': {
    label: '11-package set',
    requirements: ['-r', path.join(FIXTURES, 'python', 'requirements.txt')],
  },
  'numpy-pandas-scipy': { label: 'numpy + pandas + scipy', requirements: [...NUMPY_PANDAS, 'scipy==1.16.3'] },
}

/** The layer folder of tree `name` (.tools/bench-trees/<name>/layer, with python/ inside), built on first use. */
export function pythonTree(name) {
  const layer = path.join(TOOLS, 'bench-trees', name, 'layer')
  const python = path.join(layer, 'python')
  if (existsSync(python)) return layer
  const partial = path.join(TOOLS, 'bench-trees', name, 'python.partial')
  rmSync(partial, { recursive: true, force: true })
  console.log(`building the ${TREES[name].label} tree: pip install --target …`)
  execFileSync(
    'python3',
    ['-m', 'pip', 'install', '--quiet', '--no-compile', '--target', partial, ...TREES[name].requirements],
    { stdio: 'inherit' },
  )
  mkdirSync(layer, { recursive: true })
  renameSync(partial, python)
  return layer
}

/** Number of files and their bytes under `root`. */
export function treeStats(root) {
  const out = execFileSync('find', ['-L', root, '-type', 'f', '-printf', '%s\\n'], {
    maxBuffer: 1 << 28,
  }).toString()
  const sizes = out.split('\n').filter(Boolean).map(Number)
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }
}

export const mb = (bytes) => (bytes / 1e6).toFixed(1)
