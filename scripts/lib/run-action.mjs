// Runs the bundled action the way a GitHub runner does: inputs as INPUT_* variables, outputs and the job summary
// read back from the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Shared by the tests, the benchmarks and the demo.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')
/** The Node that runs the bundle: the action's own (node24) when CI names it, else the one running this script. */
export const ACTION_NODE = process.env.LAYER_ACTION_TEST_NODE || process.execPath

/** @param {import('./run-action.d.mts').RunActionOptions} options */
export async function runAction(options) {
  const tempRoot = options.tempRoot ?? tmpdir()
  mkdirSync(tempRoot, { recursive: true })
  const dir = mkdtempSync(path.join(tempRoot, 'action-run-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))

  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_WORKSPACE: options.workspace ?? REPO_ROOT,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    LAYER_ACTION_CACHE_DIR: path.join(dir, 'local-cache'),
  }
  // A runner behind a TLS-inspecting proxy gives Node its CA this way; the machine's own setting passes through.
  if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  const started = performance.now()
  const child = spawn(ACTION_NODE, [options.bundle ?? BUNDLE], { env, cwd: env.GITHUB_WORKSPACE })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d.toString()))
  child.stderr.on('data', (d) => (stderr += d.toString()))
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)))
  const ms = performance.now() - started

  const lines = stdout.split('\n')
  const result = {
    code,
    ms,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: lines.filter((l) => l.startsWith('::error')).map((l) => l.replace(/^::error[^:]*::/, '')),
    warnings: lines.filter((l) => l.startsWith('::warning')).map((l) => l.replace(/^::warning[^:]*::/, '')),
  }
  if (options.removeFiles) rmSync(dir, { recursive: true, force: true })
  return result
}

/** The `name<<delimiter` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3]
  return outputs
}
