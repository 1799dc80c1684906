// `npm run demo`: the action end to end on examples/python against a Lambda API on loopback (moto server).
// 1. publishes the layer and moves two functions onto it (one keeps its other layer first),
// 2. runs again: the fingerprint is found, nothing is built or written,
// 3. changes the lockfile: a new version is published and the functions move to it,
// 4. rolls the layer out to a function served through an alias: a new function version, a smoke test, the alias move,
// 5. a smoke test that fails: the alias stays and the function is put back as it was.
// moto runs functions only in Docker, so Invoke is answered by the loopback proxy the tests use.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda'
import { importHelper } from './load-helper.mjs'
import { startMoto } from './moto.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const region = 'eu-west-1'
const say = (text) => console.log(`\n\x1b[1m▶ ${text}\x1b[0m`)

const moto = await startMoto()
const { startFaultProxy } = await importHelper('fault-proxy')
const proxy = await startFaultProxy(moto.url)
const awsEnv = {
  AWS_ENDPOINT_URL: proxy.url,
  AWS_ACCESS_KEY_ID: 'demo',
  AWS_SECRET_ACCESS_KEY: 'demo',
  AWS_REGION: region,
}
const clientConfig = {
  region,
  endpoint: moto.url,
  credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' },
}
const lambda = new LambdaClient(clientConfig)

try {
  say(`Lambda API (moto) on ${moto.url}: creating two functions`)
  const role = await new IAMClient(clientConfig).send(
    new CreateRoleCommand({ RoleName: 'demo-role', AssumeRolePolicyDocument: '{}' }),
  )
  const monitoring = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: 'monitoring-extension',
      Content: { ZipFile: tinyZip('ext.txt') },
    }),
  )
  for (const [name, layers] of [
    ['orders', [monitoring.LayerVersionArn]],
    ['payments', []],
  ]) {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: 'python3.12',
        Role: role.Role.Arn,
        Handler: 'app.handler',
        Code: { ZipFile: tinyZip('app.py') },
        Architectures: ['arm64'],
        Layers: layers,
      }),
    )
  }
  console.log(`orders starts with layers: ${await layersOf('orders')}`)

  const workspace = mkdtempSync(path.join(tmpdir(), 'layer-action-demo-'))
  cpSync(path.join(root, 'examples', 'python'), workspace, { recursive: true })
  const cacheDir = path.join(workspace, '.cache')

  say('Run 1: new lockfile → build, publish, move both functions')
  show(await runAction(workspace, cacheDir))

  say('Run 2: same lockfile → the version with this fingerprint is reused; nothing built, nothing written')
  show(await runAction(workspace, cacheDir))

  say('Run 3: the lockfile changes → a new version, and the functions move to it')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'six==1.16.0\n')
  show(await runAction(workspace, cacheDir))
  console.log(`orders now has layers: ${await layersOf('orders')} (its monitoring layer is still first)`)

  say(
    'Run 4: checkout is served through alias live (SnapStart): new version, smoke test, then the alias moves',
  )
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'checkout',
      Runtime: 'python3.12',
      Role: role.Role.Arn,
      Handler: 'app.handler',
      Code: { ZipFile: tinyZip('app.py') },
      Architectures: ['arm64'],
    }),
  )
  const first = await lambda.send(new PublishVersionCommand({ FunctionName: 'checkout' }))
  await lambda.send(
    new CreateAliasCommand({ FunctionName: 'checkout', Name: 'live', FunctionVersion: first.Version }),
  )
  console.log(
    `checkout:live serves version ${await aliasOf('checkout')} (layers: ${await layersOf('checkout')})`,
  )
  proxy.keepVersionsPending(2) // a SnapStart version is Pending while Lambda takes its snapshot
  const aliasInputs = { functions: 'checkout', aliases: 'live', 'smoke-test-payload': '{"ping": true}' }
  show(await runAction(workspace, cacheDir, {}, aliasInputs))
  console.log(`checkout:live now serves version ${await aliasOf('checkout')}`)

  say('Run 5: the lockfile changes again, and the new layer breaks checkout: the smoke test fails')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'attrs==24.2.0\n')
  proxy.answerInvoke('checkout', {
    kind: 'error',
    errorType: 'Runtime.ImportModuleError',
    message: "Unable to import module 'app': No module named 'six.moves'",
  })
  show(await runAction(workspace, cacheDir, {}, aliasInputs, { mayFail: true }))
  console.log(
    `checkout:live still serves version ${await aliasOf('checkout')}; $LATEST is back on: ${await layersOf('checkout')}`,
  )

  say('A pull request that adds a package: plan mode builds and reports, and changes nothing in AWS')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'packaging==24.2\n')
  const plan = await runAction(workspace, cacheDir, { GITHUB_EVENT_NAME: 'pull_request' })
  show(plan)
  say('The job summary and PR comment for that pull request')
  console.log(plan.summary)
  // `node scripts/screenshot.mjs` renders this pull request's comment body into docs/.
  if (process.env.DEMO_SAVE_COMMENT) cpSync(plan.outputs['report-path'], process.env.DEMO_SAVE_COMMENT)
} finally {
  await proxy.stop()
  await moto.stop()
}

async function runAction(workspace, cacheDir, extraEnv = {}, extraInputs = {}, { mayFail = false } = {}) {
  const outputFile = path.join(workspace, '.github-output')
  const summaryFile = path.join(workspace, '.github-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs = {
    'layer-name': 'demo-python-deps',
    runtime: 'python3.12',
    architecture: 'arm64',
    functions: 'orders, payments',
    comment: 'false',
    ...extraInputs,
  }
  const env = {
    ...process.env,
    ...awsEnv,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'demo000000000000000000000000000000000000',
    RUNNER_TEMP: path.join(workspace, '.runner-temp'),
    LAYER_ACTION_CACHE_DIR: cacheDir,
    ...extraEnv,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const started = Date.now()
  // Not spawnSync: the loopback proxy that answers Invoke runs in this process and must keep serving.
  const child = await promisify(execFile)(process.execPath, [path.join(root, 'dist', 'index.js')], {
    env,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ status: 0, stdout }),
    (err) => ({ status: err.code ?? 1, stdout: err.stdout ?? '' }),
  )
  const outputs = {}
  for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[m[1]] = m[3]
  }
  const log = child.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('::debug') && !l.startsWith('::group') && !l.startsWith('::endgroup'))
  if (child.status !== 0 && !mayFail) {
    console.log(log.join('\n'))
    throw new Error(`the action failed (exit ${child.status})`)
  }
  if (child.status !== 0) log.push(`(the action failed, exit ${child.status}, as a runner would show)`)
  return { outputs, log, summary: readFileSync(summaryFile, 'utf8'), seconds: (Date.now() - started) / 1000 }
}

function show({ outputs, log, seconds }) {
  for (const line of log) console.log(`  ${line}`)
  const keys = ['plan', 'published', 'cache-hit', 'layer-version', 'zip-size', 'updated-functions']
  if (outputs['function-versions'] && outputs['function-versions'] !== '{}') keys.push('function-versions')
  console.log(
    `  outputs: ${keys.map((k) => `${k}=${outputs[k] ?? ''}`).join('  ')}  (${seconds.toFixed(1)} s)`,
  )
}

async function aliasOf(name) {
  return (await lambda.send(new GetAliasCommand({ FunctionName: name, Name: 'live' }))).FunctionVersion
}

async function layersOf(name) {
  const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  return (config.Layers ?? []).map((l) => l.Arn.split(':layer:')[1]).join(', ') || '(none)'
}

/** A one-file stored zip, enough for a demo function's code. */
function tinyZip(name) {
  const data = Buffer.from('def handler(event, context):\n    return "ok"\n')
  const nameBytes = Buffer.from(name)
  const crc = crc32(data)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(data.length, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  const centralOffset = local.length + nameBytes.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end])
}
