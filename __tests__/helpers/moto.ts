// moto server for one test file: start it in beforeAll, reset() between tests, stop() in afterAll.
import {
  CreateFunctionCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import {
  createRole,
  HANDLER_ZIP_FILES,
  LOCAL_CREDENTIALS,
  localAwsEnv,
  resetMoto,
  storedZip,
} from '../../scripts/lib/local-aws.mjs'
import { startMoto } from '../../scripts/moto.mjs'

export { storedZip }

export const TEST_REGION = 'us-east-1'
export const TEST_ACCOUNT = '123456789012'
export const ROLE_ARN = `arn:aws:iam::${TEST_ACCOUNT}:role/layer-action-test`
const credentials = LOCAL_CREDENTIALS

export interface TestFunction {
  name: string
  layers?: string[]
  runtime?: string
  code?: Buffer
}

export class MotoServer {
  /** Clients that talk to moto directly (no proxy): for setup and for "another writer". */
  readonly lambda: LambdaClient
  readonly s3: S3Client

  constructor(
    readonly url: string,
    private readonly stopServer: () => Promise<void>,
    readonly region = TEST_REGION,
  ) {
    this.lambda = new LambdaClient({ region, endpoint: url, credentials, maxAttempts: 1 })
    this.s3 = new S3Client({ region, endpoint: url, credentials, forcePathStyle: true, maxAttempts: 1 })
  }

  /** Environment for code (or a child process) that should use `endpoint` (moto, or a proxy in front of it). */
  env(endpoint = this.url): Record<string, string> {
    return localAwsEnv(endpoint, this.region)
  }

  /** Forgets every layer, function, bucket and role. */
  reset(): Promise<void> {
    return resetMoto(this.url)
  }

  /** The role Lambda functions run as; moto's CreateFunction checks that it exists. Idempotent. */
  createRole(): Promise<string> {
    return createRole(this.url, { region: this.region, name: ROLE_ARN.split('/')[1] })
  }

  async createFunction(fn: TestFunction): Promise<FunctionConfiguration> {
    await this.createRole()
    return this.lambda.send(
      new CreateFunctionCommand({
        FunctionName: fn.name,
        Runtime: (fn.runtime ?? 'python3.12') as never,
        Role: ROLE_ARN,
        Handler: 'index.handler',
        Code: {
          ZipFile: fn.code ?? storedZip(HANDLER_ZIP_FILES),
        },
        Layers: fn.layers,
      }),
    )
  }

  /** Sets a function's layers directly in moto, as another tool or person would. */
  async setLayers(name: string, layers: string[]): Promise<void> {
    await this.lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, Layers: layers }))
  }

  /** Publishes a small layer version directly in moto; returns its version ARN. */
  async publishLayer(
    layerName: string,
    files: Record<string, string> = { 'python/x.py': layerName },
    description = '',
  ) {
    const published = await this.lambda.send(
      new PublishLayerVersionCommand({
        LayerName: layerName,
        Description: description,
        Content: { ZipFile: storedZip(files) },
      }),
    )
    return published.LayerVersionArn!
  }

  async createBucket(name: string): Promise<string> {
    await this.s3.send(new CreateBucketCommand({ Bucket: name }))
    return name
  }

  stop(): Promise<void> {
    return this.stopServer()
  }
}

export async function startMotoForTests(): Promise<MotoServer> {
  const moto = await startMoto({ timeoutMs: 60_000 })
  return new MotoServer(moto.url, moto.stop)
}
