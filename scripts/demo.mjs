// `npm run demo`: the action end to end on examples/python against a Lambda API on loopback (moto server).
// 1. publishes the layer and moves two functions onto it (one keeps its other layer first),
// 2. runs again: the fingerprint is found, nothing is built or written,
// 3. changes the lockfile: a new version is published and the functions move to it.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CreateFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda'
import { createRole, localAwsEnv, storedZip } from './lib/local-aws.mjs'
import { REPO_ROOT, runAction } from './lib/run-action.mjs'
import { startMoto } from './moto.mjs'

const region = 'eu-west-1'
const say = (text) => console.log(`\n\x1b[1m▶ ${text}\x1b[0m`)

const moto = await startMoto()
const awsEnv = localAwsEnv(moto.url, region)
const lambda = new LambdaClient({
  region,
  endpoint: moto.url,
  credentials: { accessKeyId: awsEnv.AWS_ACCESS_KEY_ID, secretAccessKey: awsEnv.AWS_SECRET_ACCESS_KEY },
})
const handlerZip = storedZip({ 'app.py': 'def handler(event, context):\n    return "ok"\n' })

try {
  say(`Lambda API (moto) on ${moto.url}: creating two functions`)
  const role = await createRole(moto.url, { region, name: 'demo-role' })
  const monitoring = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: 'monitoring-extension',
      Content: { ZipFile: storedZip({ 'ext.txt': 'monitoring' }) },
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
        Role: role,
        Handler: 'app.handler',
        Code: { ZipFile: handlerZip },
        Layers: layers,
      }),
    )
  }
  console.log(`orders starts with layers: ${await layersOf('orders')}`)

  const workspace = mkdtempSync(path.join(tmpdir(), 'layer-action-demo-'))
  cpSync(path.join(REPO_ROOT, 'examples', 'python'), workspace, { recursive: true })
  const cacheDir = path.join(workspace, '.cache')

  say('Run 1: new lockfile → build, publish, move both functions')
  show(await runDemo(workspace, cacheDir))

  say('Run 2: same lockfile → the version with this fingerprint is reused; nothing built, nothing written')
  show(await runDemo(workspace, cacheDir))

  say('Run 3: the lockfile changes → a new version, and the functions move to it')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'six==1.16.0\n')
  show(await runDemo(workspace, cacheDir))
  console.log(`orders now has layers: ${await layersOf('orders')} (its monitoring layer is still first)`)

  say('A pull request that adds a package: plan mode builds and reports, and changes nothing in AWS')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'attrs==24.2.0\n')
  const plan = await runDemo(workspace, cacheDir, { name: 'pull_request', payload: {} })
  show(plan)
  say('The job summary and PR comment for that pull request')
  console.log(plan.summary)
} finally {
  await moto.stop()
}

async function runDemo(workspace, cacheDir, event) {
  const run = await runAction({
    workspace,
    event,
    inputs: {
      'layer-name': 'demo-python-deps',
      runtime: 'python3.12',
      architecture: 'arm64',
      functions: 'orders, payments',
      comment: 'false',
    },
    env: { ...awsEnv, LAYER_ACTION_CACHE_DIR: cacheDir },
  })
  const log = run.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('::debug') && !l.startsWith('::group') && !l.startsWith('::endgroup'))
  if (run.code !== 0) {
    console.log(log.join('\n'))
    throw new Error(`the action failed (exit ${run.code})`)
  }
  return { outputs: run.outputs, log, summary: run.summary, seconds: run.ms / 1000 }
}

function show({ outputs, log, seconds }) {
  for (const line of log) console.log(`  ${line}`)
  const keys = ['plan', 'published', 'cache-hit', 'layer-version', 'zip-size', 'updated-functions']
  console.log(
    `  outputs: ${keys.map((k) => `${k}=${outputs[k] ?? ''}`).join('  ')}  (${seconds.toFixed(1)} s)`,
  )
}

async function layersOf(name) {
  const config = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  return (config.Layers ?? []).map((l) => l.Arn.split(':layer:')[1]).join(', ') || '(none)'
}
