import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')
/** The Node that runs the bundle: the action's own (node24) when CI names it, else the one running the tests. */
export const ACTION_NODE = process.env.LAYER_ACTION_TEST_NODE || process.execPath

export interface ActionRunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The `::error::` lines, as a runner would show them. */
  errors: string[]
  warnings: string[]
}

export interface RunActionOptions {
  inputs: Record<string, string>
  env?: Record<string, string | undefined>
  /** The GitHub event payload (written to GITHUB_EVENT_PATH). */
  event?: { name: string; payload: unknown }
  workspace?: string
}

/** Runs the committed bundle the way a runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
export async function runAction(options: RunActionOptions): Promise<ActionRunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'action-run-'))
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))

  const env: Record<string, string> = {
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
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }

  const child = spawn(ACTION_NODE, [BUNDLE], { env, cwd: env.GITHUB_WORKSPACE })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)))

  const lines = stdout.split('\n')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: lines.filter((l) => l.startsWith('::error')).map((l) => l.replace(/^::error[^:]*::/, '')),
    warnings: lines.filter((l) => l.startsWith('::warning')).map((l) => l.replace(/^::warning[^:]*::/, '')),
  }
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}
