// In-process stand-ins for what runPipeline receives (PipelineDeps): a Lambda API held in memory behind a real
// LambdaClient, a layer cache, a command runner and a logger. They answer in microseconds, so the pipeline's
// branches can be tried in seconds; the end-to-end tests against moto stay the proof of the real adapters.
import { createHash, randomUUID } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  InvalidParameterValueException,
  LambdaClient,
  PreconditionFailedException,
  ResourceConflictException,
  ResourceNotFoundException,
  type FunctionConfiguration,
  type LayerVersionsListItem,
} from '@aws-sdk/client-lambda'
import type { AwsAccess } from '../../src/aws/access.js'
import type { AwsClients } from '../../src/aws/clients.js'
import type { CommandOptions, CommandResult, RunCommand } from '../../src/core/exec.js'
import type { Logger } from '../../src/core/logger.js'
import type { LayerCache } from '../../src/package/cache.js'

type Input = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const METADATA = { $metadata: { httpStatusCode: 400 } }
const MAX_LAYERS = 5

interface FakeVersion extends LayerVersionsListItem {
  LayerArn: string
  Content: { CodeSha256: string; CodeSize: number }
  statements: Input[]
}

/** One region of Lambda, in memory: layers with their versions and policies, functions with their layers. */
export class FakeLambda {
  /** Every command the client sent, in order (`GetFunction`, `PublishLayerVersion`, …). */
  readonly calls: { command: string; input: Input }[] = []
  private readonly layers = new Map<string, FakeVersion[]>()
  private readonly functions = new Map<string, FunctionConfiguration>()
  private readonly failures = new Map<string, Error[]>()

  constructor(
    readonly region = 'us-east-1',
    readonly account = '123456789012',
  ) {}

  /** A LambdaClient whose commands are answered by this fake instead of going over the network. */
  client(): LambdaClient {
    const client = new LambdaClient({
      region: this.region,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
      maxAttempts: 1,
    })
    client.middlewareStack.add(
      (_next, context) => async (args) => {
        const command = (context.commandName ?? '').replace(/Command$/, '')
        const input = args.input as Input
        this.calls.push({ command, input })
        const failure = this.failures.get(command)?.shift()
        if (failure) throw failure
        return {
          output: { $metadata: { httpStatusCode: 200 }, ...this.answer(command, input) },
          response: {},
        }
      },
      { step: 'initialize', name: 'fakeLambda', priority: 'high' },
    )
    return client
  }

  /** The commands that change something, in order. */
  writes(): string[] {
    return this.calls.map((c) => c.command).filter((c) => !/^(Get|List)/.test(c))
  }

  /** The next call of `command` fails with `error`. */
  failNext(command: string, error: Error): this {
    this.failures.set(command, [...(this.failures.get(command) ?? []), error])
    return this
  }

  addFunction(name: string, layers: string[] = [], extra: Partial<FunctionConfiguration> = {}): void {
    this.functions.set(name, {
      FunctionName: name,
      FunctionArn: `arn:aws:lambda:${this.region}:${this.account}:function:${name}`,
      Runtime: 'python3.12',
      PackageType: 'Zip',
      CodeSize: 300,
      Version: '$LATEST',
      State: 'Active',
      LastUpdateStatus: 'Successful',
      RevisionId: randomUUID(),
      Layers: layers.map((arn) => ({ Arn: arn, CodeSize: this.versionByArn(arn)?.Content.CodeSize ?? 100 })),
      ...extra,
    })
  }

  /** A version published by someone else; returns its ARN. */
  publishByHand(layerName: string, description = 'by hand', bytes = Buffer.from(layerName)): string {
    return this.publish({ LayerName: layerName, Description: description, Content: { ZipFile: bytes } })
      .LayerVersionArn!
  }

  layersOf(name: string): string[] {
    return (this.functions.get(name)?.Layers ?? []).map((l) => l.Arn!)
  }

  versionsOf(layerName: string): number[] {
    return (this.layers.get(layerName) ?? []).map((v) => v.Version!)
  }

  /** The statements of a version's policy. */
  policyOf(layerName: string, version: number): Input[] {
    return this.version(layerName, version).statements
  }

  private answer(command: string, input: Input): Input {
    switch (command) {
      case 'ListLayerVersions':
        return {
          LayerVersions: [...(this.layers.get(input.LayerName) ?? [])].reverse().map(listItem),
        }
      case 'GetLayerVersion': {
        return listItemWithContent(this.version(input.LayerName, input.VersionNumber))
      }
      case 'PublishLayerVersion':
        return listItemWithContent(this.publish(input))
      case 'DeleteLayerVersion': {
        const versions = this.layers.get(input.LayerName) ?? []
        this.layers.set(
          input.LayerName,
          versions.filter((v) => v.Version !== input.VersionNumber),
        )
        return {}
      }
      case 'AddLayerVersionPermission': {
        const version = this.version(input.LayerName, input.VersionNumber)
        if (version.statements.some((s) => s.Sid === input.StatementId)) {
          throw new ResourceConflictException({ message: 'The statement id exists', ...METADATA })
        }
        const statement = {
          Sid: input.StatementId,
          Effect: 'Allow',
          Principal: input.Principal,
          Action: input.Action,
          Resource: version.LayerVersionArn,
          ...(input.OrganizationId
            ? { Condition: { StringEquals: { 'aws:PrincipalOrgID': input.OrganizationId } } }
            : {}),
        }
        version.statements.push(statement)
        return { Statement: JSON.stringify(statement), RevisionId: randomUUID() }
      }
      case 'GetLayerVersionPolicy': {
        const version = this.version(input.LayerName, input.VersionNumber)
        if (version.statements.length === 0) throw notFound('No policy is associated with the given resource')
        return { Policy: JSON.stringify({ Version: '2012-10-17', Statement: version.statements }) }
      }
      case 'GetFunction':
        return { Configuration: this.function(input.FunctionName) }
      case 'GetFunctionConfiguration':
        return this.function(input.FunctionName)
      case 'ListFunctions':
        return { Functions: [...this.functions.values()].map((f) => structuredClone(f)) }
      case 'UpdateFunctionConfiguration':
        return this.updateConfiguration(input)
      case 'ListTags':
        return { Tags: {} }
      default:
        throw new Error(`the fake Lambda does not answer ${command}`)
    }
  }

  private publish(input: Input): FakeVersion {
    const bytes = Buffer.from(input.Content?.ZipFile ?? [])
    const versions = this.layers.get(input.LayerName) ?? []
    const number = (versions.at(-1)?.Version ?? 0) + 1
    const layerArn = `arn:aws:lambda:${this.region}:${this.account}:layer:${input.LayerName}`
    const version: FakeVersion = {
      LayerArn: layerArn,
      LayerVersionArn: `${layerArn}:${number}`,
      Version: number,
      Description: input.Description ?? '',
      CreatedDate: new Date(Date.UTC(2025, 0, number)).toISOString(),
      CompatibleRuntimes: input.CompatibleRuntimes,
      CompatibleArchitectures: input.CompatibleArchitectures,
      Content: { CodeSha256: createHash('sha256').update(bytes).digest('base64'), CodeSize: bytes.length },
      statements: [],
    }
    this.layers.set(input.LayerName, [...versions, version])
    return version
  }

  private updateConfiguration(input: Input): FunctionConfiguration {
    const current = this.function(input.FunctionName)
    if (input.RevisionId && input.RevisionId !== current.RevisionId) {
      throw new PreconditionFailedException({
        message: 'The Revision Id provided does not match',
        ...METADATA,
      })
    }
    const layers: string[] = input.Layers ?? this.layersOf(current.FunctionName!)
    if (layers.length > MAX_LAYERS) {
      throw new InvalidParameterValueException({
        message: 'Cannot reference more than 5 layers.',
        ...METADATA,
      })
    }
    const unknown = layers.find((arn) => !this.versionByArn(arn))
    if (unknown) throw new InvalidParameterValueException({ message: `${unknown} not found`, ...METADATA })
    const updated = {
      ...current,
      Layers: layers.map((arn) => ({ Arn: arn, CodeSize: this.versionByArn(arn)!.Content.CodeSize })),
      RevisionId: randomUUID(),
    }
    this.functions.set(current.FunctionName!, updated)
    return structuredClone(updated)
  }

  private function(nameOrArn: string): FunctionConfiguration {
    const name = nameOrArn.replace(/^arn:.*:function:/, '')
    const fn = this.functions.get(name)
    if (!fn) throw notFound(`Function not found: ${name}`)
    return structuredClone(fn)
  }

  private version(layerName: string, number: number): FakeVersion {
    const version = this.layers.get(layerName)?.find((v) => v.Version === number)
    if (!version) throw notFound(`Layer version ${layerName}:${number} does not exist`)
    return version
  }

  private versionByArn(arn: string): FakeVersion | undefined {
    const [, , , , , , name, number] = arn.split(':')
    return this.layers.get(name)?.find((v) => v.Version === Number(number))
  }
}

function notFound(message: string): Error {
  return new ResourceNotFoundException({ message, $metadata: { httpStatusCode: 404 } })
}

function listItem(version: FakeVersion): LayerVersionsListItem {
  const { LayerVersionArn, Version, Description, CreatedDate, CompatibleRuntimes, CompatibleArchitectures } =
    version
  return { LayerVersionArn, Version, Description, CreatedDate, CompatibleRuntimes, CompatibleArchitectures }
}

function listItemWithContent(version: FakeVersion): Input {
  return { ...listItem(version), LayerArn: version.LayerArn, Content: version.Content }
}

/** AwsAccess over fake regions; S3 and SSM are not faked (zips over 50 MB have their own end-to-end test). */
export function fakeAws(...regions: FakeLambda[]): AwsAccess {
  const clients = new Map<string, AwsClients>()
  return {
    clients(region) {
      const fake = regions.find((r) => r.region === region)
      if (!fake) throw new Error(`no fake Lambda for ${region}`)
      if (!clients.has(region)) {
        const lambda = fake.client()
        clients.set(region, {
          lambda,
          lambdaOnce: lambda,
          invoker: () => lambda,
          s3: () => Promise.reject(new Error('S3 is not faked')),
          ssm: () => Promise.reject(new Error('SSM is not faked')),
        })
      }
      return clients.get(region)!
    },
  }
}

/** A cache in a temporary folder that records what was asked of it. */
export class FakeCache implements LayerCache {
  readonly kind = 'local' as const
  readonly saved: string[] = []
  readonly restored: string[] = []
  private root?: Promise<string>

  private entry(key: string): Promise<string> {
    this.root ??= mkdtemp(path.join(tmpdir(), 'fake-cache-'))
    return this.root.then((root) => path.join(root, key))
  }

  async has(key: string): Promise<boolean> {
    return exists(await this.entry(key))
  }

  async restore(key: string, dir: string): Promise<boolean> {
    const entry = await this.entry(key)
    if (!(await exists(entry))) return false
    await cp(entry, dir, { recursive: true })
    this.restored.push(key)
    return true
  }

  async save(key: string, dir: string): Promise<boolean> {
    const entry = await this.entry(key)
    if (await exists(entry)) return false
    await cp(dir, entry, { recursive: true })
    this.saved.push(key)
    return true
  }

  async clear(): Promise<void> {
    if (this.root) await rm(await this.root, { recursive: true, force: true })
    this.root = undefined
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  )
}

/**
 * A command runner for `build-command`: instead of running bash it does what the project's build script would,
 * copying the lockfile into `$LAYER_DIRECTORY/python/deps.txt`. Any other command fails the test.
 */
export class FakeCommands {
  readonly calls: { command: string; args: string[]; options: CommandOptions }[] = []

  readonly run: RunCommand = async (command, args, options): Promise<CommandResult> => {
    this.calls.push({ command, args, options })
    if (!options.shell) throw new Error(`the fake runner only runs build-command, not ${command}`)
    const layerDirectory = options.env?.LAYER_DIRECTORY
    if (!layerDirectory) throw new Error('build-command ran without LAYER_DIRECTORY')
    await mkdir(path.join(layerDirectory, 'python'), { recursive: true })
    const lock = await readFile(path.join(options.cwd, 'deps.lock'))
    await writeFile(path.join(layerDirectory, 'python', 'deps.txt'), lock)
    return { code: 0, stdout: '', stderr: '' }
  }
}

/** A Logger that keeps its lines. */
export class FakeLog implements Logger {
  readonly lines: string[] = []
  readonly warnings: string[] = []
  info = (line: string) => void this.lines.push(line)
  warning = (line: string) => {
    this.warnings.push(line)
    this.lines.push(`warning: ${line}`)
  }
  group = <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    this.lines.push(`group: ${name}`)
    return fn()
  }
}
