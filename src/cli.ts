import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { executeAction } from './action.js'
import { errorMessage, isUserFacing } from './core/errors.js'
import { INPUT_NAMES, type InputName } from './inputs.js'
import type { Report } from './report/model.js'
import { renderText } from './report/text.js'

/**
 * Exit codes: 0 the run succeeded; 1 it failed (a bad flag value, a build, AWS); 2 the command line could not be
 * understood (unknown command or flag, a missing value).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export interface FlagDoc {
  name: string
  description: string
  required: boolean
  default?: string
  boolean: boolean
}

/** Inputs that only matter for a PR comment, which the CLI never posts (it prints the report instead). */
const NOT_FLAGS = new Set<string>(['mode', 'github-token', 'comment'])
const FORMATS = ['text', 'markdown', 'json'] as const
type Format = (typeof FORMATS)[number]

const CLI_FLAGS: FlagDoc[] = [
  {
    name: 'mode',
    description:
      "plan or apply; the same as the command (one of the two is required; 'auto' is not offered here).",
    required: false,
    boolean: false,
  },
  {
    name: 'format',
    description: 'How the report is printed: text, markdown (the PR comment body) or json.',
    required: false,
    default: 'text on a terminal, markdown otherwise',
    boolean: false,
  },
  {
    name: 'work-dir',
    description: 'Folder for the build, the zip and the report, kept after the run.',
    required: false,
    default: 'a new temporary folder, removed after the run',
    boolean: false,
  },
]

/** The action's inputs as flags, described as in action.yml (the one place they are documented). */
export function inputFlags(actionYml = readActionYml()): FlagDoc[] {
  const docs: FlagDoc[] = []
  const block = /^inputs:\n([\s\S]*?)^\S/m.exec(actionYml)?.[1] ?? ''
  for (const match of block.matchAll(/^ {2}([a-z0-9-]+):\n((?: {4}.*\n?)*)/gm)) {
    const [, name, body] = match
    if (NOT_FLAGS.has(name) || !(INPUT_NAMES as readonly string[]).includes(name)) continue
    const field = (key: string) => {
      const raw = new RegExp(`^ {4}${key}: (.*)$`, 'm').exec(body)?.[1]?.trim()
      if (raw === undefined) return undefined
      if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'")
      if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\"/g, '"')
      return raw
    }
    const def = field('default')
    docs.push({
      name,
      description: field('description') ?? '',
      required: field('required') === 'true',
      default: def || undefined,
      boolean: def === 'true' || def === 'false',
    })
  }
  return docs
}

function packageFile(name: string): string {
  // src/cli.ts, or a file of dist/ in the bundle: the file sits at the package root above either.
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4 && !existsSync(path.join(dir, name)); i++) dir = path.dirname(dir)
  return path.join(dir, name)
}

function readActionYml(): string {
  return readFileSync(packageFile('action.yml'), 'utf8')
}

function version(): string {
  const root = path.dirname(packageFile('action.yml'))
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
}

const COMMANDS = {
  plan: 'Fingerprint, build and report what apply would do; change nothing in AWS.',
  apply: 'Publish a new layer version when the lockfiles changed, and move the functions onto it.',
}

function flagHelp(doc: FlagDoc): string {
  const usage = doc.boolean ? `--${doc.name}, --no-${doc.name}` : `--${doc.name} VALUE`
  const notes = [doc.required ? 'required' : undefined, doc.default ? `default: ${doc.default}` : undefined]
    .filter(Boolean)
    .join('; ')
  return `  ${usage}\n      ${doc.description}${notes ? ` (${notes})` : ''}`
}

export function usage(command?: string): string {
  const flags = [...inputFlags(), ...CLI_FLAGS]
  const head = command
    ? `Usage: layer-action ${command} --layer-name NAME --runtime RUNTIME [flags]\n\n${COMMANDS[command as keyof typeof COMMANDS]}`
    : 'Usage: layer-action <plan|apply> --layer-name NAME --runtime RUNTIME [flags]\n\n' +
      'Keeps an AWS Lambda layer in step with the lockfiles, as the GitHub Action does, from a terminal.\n\n' +
      `Commands:\n${Object.entries(COMMANDS)
        .map(([name, text]) => `  ${name.padEnd(7)}${text}`)
        .join('\n')}\n\nRun 'layer-action <command> --help' for one command.`
  return `${head}

Flags (a flag given twice adds a line, for list inputs such as --functions):
${flags.map(flagHelp).join('\n')}
  -h, --help
      Show this help.
  -V, --version
      Print the version.

AWS access uses the SDK's default credential chain and AWS_REGION (AWS_ENDPOINT_URL points it at an emulator);
HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured. The layer cache is a local folder (LAYER_ACTION_CACHE_DIR,
default ~/.cache/layer-action; 'off' disables it).

Exit codes: ${EXIT.ok} success; ${EXIT.failed} the run failed (bad flag value, build, AWS); ${EXIT.usage} the command line could not be understood.`
}

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message)
  }
}

export interface ParsedArgs {
  command?: 'plan' | 'apply'
  help: boolean
  version: boolean
  format?: Format
  workDir?: string
  values: Map<InputName, string>
}

export function parseArgs(argv: string[]): ParsedArgs {
  const inputs = inputFlags()
  const known = new Map<string, FlagDoc>([...inputs, ...CLI_FLAGS].map((d) => [d.name, d]))
  const parsed: ParsedArgs = { help: false, version: false, values: new Map() }
  let mode: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '-h' || arg === '--help') {
      parsed.help = true
      continue
    }
    if (arg === '-V' || arg === '--version') {
      parsed.version = true
      continue
    }
    if (!arg.startsWith('-')) {
      if (parsed.command) {
        throw new UsageError(`One command at a time: '${parsed.command}' was given, then '${arg}'`)
      }
      if (arg !== 'plan' && arg !== 'apply') {
        const hint = didYouMean(arg, Object.keys(COMMANDS))
        throw new UsageError(
          `Unknown command '${arg}'${hint ? `: did you mean '${hint}'?` : "; expected 'plan' or 'apply'"}`,
        )
      }
      parsed.command = arg
      continue
    }
    const match = /^--(no-)?([a-z0-9-]+)(?:=(.*))?$/s.exec(arg)
    const doc = match ? known.get(match[2]) : undefined
    if (!match || !doc || (match[1] && !doc.boolean)) {
      const name = /^-+([^=]*)/.exec(arg)?.[1] ?? arg
      const hint = didYouMean(name, [...known.keys()])
      throw new UsageError(
        `Unknown flag ${arg.split('=')[0]}${hint ? `: did you mean --${hint}?` : ''}`,
        parsed.command,
      )
    }
    let value: string | undefined
    if (match[1]) value = 'false'
    else if (match[3] !== undefined) value = match[3]
    else if (doc.boolean) value = 'true'
    else {
      value = argv[++i]
      if (value === undefined || (value.startsWith('--') && known.has(value.slice(2).split('=')[0])))
        throw new UsageError(`Flag --${doc.name} needs a value`, parsed.command)
    }
    if (doc.name === 'mode') mode = value
    else if (doc.name === 'format') {
      if (!(FORMATS as readonly string[]).includes(value))
        throw new UsageError(`Flag --format: expected ${FORMATS.join(', ')}, got '${value}'`, parsed.command)
      parsed.format = value as Format
    } else if (doc.name === 'work-dir') parsed.workDir = value
    else {
      const name = doc.name as InputName
      const previous = parsed.values.get(name)
      parsed.values.set(name, previous === undefined || doc.boolean ? value : `${previous}\n${value}`)
    }
  }
  if (mode !== undefined) {
    if (mode !== 'plan' && mode !== 'apply')
      throw new UsageError(`Flag --mode: expected plan or apply, got '${mode}'`, parsed.command)
    if (parsed.command && parsed.command !== mode)
      throw new UsageError(`The command is '${parsed.command}' but --mode says '${mode}'`, parsed.command)
    parsed.command = mode
  }
  if (parsed.command) parsed.values.set('mode', parsed.command)
  return parsed
}

/** The closest known word within a few typos, for "did you mean". */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  let best: { word: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (!best || distance < best.distance) best = { word: candidate, distance }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)))
  return best && (best.distance <= limit || best.word.startsWith(word)) ? best.word : undefined
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

/** Messages written for a workflow ("the 's3-bucket' input") reworded for the command line ("--s3-bucket"). */
export function forTerminal(message: string): string {
  return message
    .replace(/\b[Ii]nput 'regions \(from AWS_REGION\)'/g, 'AWS_REGION (no --regions given)')
    .replace(
      /configure them in an earlier step \(aws-actions\/configure-aws-credentials\)/g,
      'set them up first (environment variables, AWS_PROFILE or aws sso login)',
    )
    .replace(/set 'mode: plan'/g, "run 'layer-action plan'")
    .replace(/\b[Ii]nput '([a-z0-9-]+)'/g, '--$1')
    .replace(/\bthe '([a-z0-9-]+)' input\b/g, '--$1')
    .replace(/'([a-z0-9-]+)' input\b/g, '--$1')
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ParsedArgs
  try {
    parsed = parseArgs(argv)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    console.error(
      `error: ${err.message}\n\nRun 'layer-action ${err.command ? `${err.command} ` : ''}--help' for the flags.`,
    )
    return EXIT.usage
  }
  if (parsed.version) {
    console.log(version())
    return EXIT.ok
  }
  if (parsed.help) {
    console.log(usage(parsed.command))
    return EXIT.ok
  }
  if (!parsed.command) {
    console.error(`${usage()}\n\nerror: name a command (plan or apply), or pass --mode`)
    return EXIT.usage
  }
  // The SDK's notice about Node versions it will drop in the future is not actionable here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
  const format = parsed.format ?? (process.stdout.isTTY ? 'text' : 'markdown')
  const temporary = parsed.workDir ? undefined : await mkdtemp(path.join(tmpdir(), 'layer-action-'))
  const runnerTemp = parsed.workDir ? path.resolve(parsed.workDir) : (temporary as string)
  const outputs: Record<string, string> = {}
  try {
    const { report } = await executeAction({
      getInput: (name) => parsed.values.get(name) ?? '',
      setOutput: (name, value) => (outputs[name] = value),
      setSecret: () => {},
      log: {
        info: (line) => console.error(line),
        warning: (line) => console.error(`warning: ${forTerminal(line)}`),
        group: (name, fn) => step(name, fn),
      },
      env: { ...process.env, GITHUB_EVENT_NAME: '', RUNNER_TEMP: runnerTemp },
      baseDirectory: process.cwd(),
    })
    const json = await readFile(report.reportJsonPath, 'utf8')
    if (format === 'json') console.log(json.trimEnd())
    else if (format === 'markdown') console.log(await readFile(report.reportPath, 'utf8'))
    else console.log(renderText(JSON.parse(json) as Report))
    // Paths into a folder that is about to be removed would mislead.
    const gone = temporary ? ['zip-path', 'report-path', 'report-json-path'] : []
    if (format !== 'json') {
      for (const [name, value] of Object.entries(outputs))
        if (!gone.includes(name)) console.log(`${name}=${value}`)
    }
    return EXIT.ok
  } catch (err) {
    if (!isUserFacing(err) && err instanceof Error) console.error(err.stack)
    console.error(`error: ${forTerminal(errorMessage(err))}`)
    return EXIT.failed
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true })
  }
}

/** A long step: its name when it starts, and how long it took when it ends. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now()
  console.error(`▸ ${name}…`)
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  try {
    const result = await fn()
    console.error(`✓ ${name} (${seconds()})`)
    return result
  } catch (err) {
    console.error(`✗ ${name} (${seconds()})`)
    throw err
  }
}
