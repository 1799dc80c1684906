// What the tests, the benchmarks and the demo do to a loopback AWS (moto server, scripts/moto.mjs) before they run
// the action: the environment that points the SDK at it, the role functions run as, and small zips.
import { crc32 } from 'node:zlib'
import { CreateRoleCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'

export const LOCAL_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }

/** Environment for a process whose AWS SDK should talk to `endpoint` (moto, or a proxy in front of it). */
export function localAwsEnv(endpoint, region) {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
  }
}

/** Forgets every layer, function, bucket and role moto holds. */
export async function resetMoto(url) {
  const res = await fetch(`${url}/moto-api/reset`, { method: 'POST' })
  if (!res.ok) throw new Error(`moto reset failed: ${res.status}`)
}

/** The role Lambda functions run as (moto's CreateFunction checks that it exists). Idempotent; returns its ARN. */
export async function createRole(endpoint, { region = 'us-east-1', name = 'layer-action-test' } = {}) {
  const iam = new IAMClient({ region, endpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 })
  try {
    const created = await iam.send(
      new CreateRoleCommand({
        RoleName: name,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    )
    return created.Role.Arn
  } catch (err) {
    if (err?.name !== 'EntityAlreadyExistsException' && err?.name !== 'EntityAlreadyExists') throw err
    return (await iam.send(new GetRoleCommand({ RoleName: name }))).Role.Arn
  } finally {
    iam.destroy()
  }
}

/** A function's code: one Python handler. */
export const HANDLER_ZIP_FILES = { 'index.py': 'def handler(event, context):\n    return 1\n' }

/** A valid zip with uncompressed entries and fixed timestamps (moto only hashes it; real tools can open it). */
export function storedZip(files) {
  const locals = []
  const centrals = []
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

function signature(value) {
  const buf = Buffer.alloc(4)
  buf.writeUInt32LE(value)
  return buf
}
