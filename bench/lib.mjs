// Shared pieces of the benchmarks: timing, the bundled action as a runner starts it, moto behind the fault proxy.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
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
import { BUNDLE, REPO_ROOT, runAction as runActionOnce } from '../scripts/lib/run-action.mjs'

export { BUNDLE }
export const REPO = REPO_ROOT
export const TOOLS = path.join(REPO, '.tools')
export const WORK = path.join(TOOLS, 'bench-run')
export const REGION = 'us-east-1'

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
      ...['--target', 'ES2022', '--skipLibCheck', '--types', 'node', '--esModuleInterop'],
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

export function ensureInfoZip() {
  if (spawnSync('zip', ['-v']).status === 0) return
  console.log('installing Info-ZIP: apt-get install -y zip')
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', 'zip'], { stdio: 'inherit' })
}

export function bundleFiles(dir) {
  const main = statSync(path.join(dir, 'index.js')).size
  const chunks = readdirSync(dir)
    .filter((n) => /^\d+\.index\.js$/.test(n))
    .map((n) => statSync(path.join(dir, n)).size)
  return { mainBytes: main, chunkBytes: chunks.reduce((a, b) => a + b, 0), chunks: chunks.length }
}
