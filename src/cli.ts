import { readFileSync } from 'node:fs'
import { executeAction } from './action.js'
import { errorMessage, isUserFacing } from './core/errors.js'
import { INPUT_NAMES, type InputName } from './inputs.js'

const USAGE = `Usage: layer-action <plan|apply> --layer-name NAME --runtime RUNTIME [options]

Runs the same pipeline as the GitHub Action from a terminal. Every action input is a flag:
${INPUT_NAMES.filter((n) => n !== 'mode')
  .map((n) => `  --${n} VALUE`)
  .join('\n')}

AWS access uses the SDK's default credential chain and AWS_REGION (AWS_ENDPOINT_URL points it at an emulator).
Outside GitHub Actions the layer cache is a local folder (LAYER_ACTION_CACHE_DIR).`

export function parseArgs(argv: string[]): Map<InputName, string> {
  const [command, ...rest] = argv
  if (command !== 'plan' && command !== 'apply')
    throw new UsageError(`Expected 'plan' or 'apply', got ${JSON.stringify(command ?? '')}`)
  const values = new Map<InputName, string>([['mode', command]])
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg)
    const name = match?.[1] as InputName | undefined
    if (!match || !name || !INPUT_NAMES.includes(name) || name === 'mode')
      throw new UsageError(`Unknown option ${arg}`)
    const value = match[2] ?? rest[++i]
    if (value === undefined) throw new UsageError(`Option --${name} needs a value`)
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value)
  }
  return values
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    console.log(USAGE)
    return argv.length === 0 ? 2 : 0
  }
  try {
    const values = parseArgs(argv)
    const outputs: Record<string, string> = {}
    const { report } = await executeAction({
      getInput: (name) => values.get(name) ?? '',
      setOutput: (name, value) => (outputs[name] = value),
      setSecret: () => {},
      log: {
        info: (line) => console.error(line),
        warning: (line) => console.error(`warning: ${line}`),
        group: async (name, fn) => {
          console.error(`── ${name}`)
          return fn()
        },
      },
      env: { ...process.env, GITHUB_EVENT_NAME: '' },
      baseDirectory: process.cwd(),
    })
    console.log(readFileSync(report.reportPath, 'utf8'))
    for (const [name, value] of Object.entries(outputs)) console.log(`${name}=${value}`)
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${USAGE}`)
      return 2
    }
    if (!isUserFacing(err) && err instanceof Error) console.error(err.stack)
    console.error(`error: ${errorMessage(err)}`)
    return 1
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code))
