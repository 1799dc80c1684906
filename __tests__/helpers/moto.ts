// moto server for one test file: start it in beforeAll, reset() between tests, stop() in afterAll.
import { crc32 } from 'node:zlib'
import {
  CreateFunctionCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { startMoto } from '../../scripts/moto.mjs'

export const TEST_REGION = 'us-east-1'
export const TEST_ACCOUNT = '123456789012'
export const ROLE_ARN = `arn:aws:iam::${TEST_ACCOUNT}:role/layer-action-test`
const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' }

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
    return {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: this.region,
      AWS_DEFAULT_REGION: this.region,
    }
  }

  /** Forgets every layer, function, bucket and role. */
  async reset(): Promise<void> {
    const res = await fetch(`${this.url}/moto-api/reset`, { method: 'POST' })
    if (!res.ok) throw new Error(`moto reset failed: ${res.status}`)
  }

  /** The role Lambda functions run as; moto's CreateFunction checks that it exists. Idempotent. */
  async createRole(): Promise<string> {
    const params = new URLSearchParams({
      Action: 'CreateRole',
      Version: '2010-05-08',
      RoleName: ROLE_ARN.split('/')[1],
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    })
    // No IAM client in the dependencies: moto routes on the service named in the credential scope.
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `AWS4-HMAC-SHA256 Credential=testing/20240101/${this.region}/iam/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: params,
    })
    const text = await res.text()
    if (!res.ok && !text.includes('EntityAlreadyExists'))
      throw new Error(`CreateRole failed: ${res.status} ${text}`)
    return ROLE_ARN
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
          ZipFile: fn.code ?? storedZip({ 'index.py': 'def handler(event, context):\n    return 1\n' }),
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

/** A valid zip with uncompressed entries and fixed timestamps (moto only hashes it; real tools can open it). */
export function storedZip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
    const fileName = Buffer.from(name)
    const common = Buffer.alloc(26)
    common.writeUInt16LE(20, 0) // version needed
    common.writeUInt16LE(0, 4) // method: stored
    common.writeUInt16LE(0x21, 8) // 1980-01-01
    common.writeUInt32LE(crc32(data), 10)
    common.writeUInt32LE(data.length, 14)
    common.writeUInt32LE(data.length, 18)
    common.writeUInt16LE(fileName.length, 22)
    locals.push(signature(0x04034b50), common, fileName, data)
    const central = Buffer.alloc(42)
    central.writeUInt16LE(0x0314, 0) // made by: Unix, zip 2.0
    common.copy(central, 2)
    central.writeUInt32LE((0o100644 << 16) >>> 0, 34) // external attributes: regular file, 0644
    central.writeUInt32LE(offset, 38)
    centrals.push(signature(0x02014b50), central, fileName)
    offset += 30 + fileName.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(18)
  end.writeUInt16LE(centrals.length / 3, 4)
  end.writeUInt16LE(centrals.length / 3, 6)
  end.writeUInt32LE(directory.length, 8)
  end.writeUInt32LE(offset, 12)
  return Buffer.concat([...locals, directory, signature(0x06054b50), end])
}

function signature(value: number): Buffer {
  const buf = Buffer.alloc(4)
  buf.writeUInt32LE(value)
  return buf
}
