// `npm run demo`: the action end to end on examples/python against a Lambda API on loopback (moto server).
// 1. publishes the layer and moves two functions onto it (one keeps its other layer first),
// 2. runs again: the fingerprint is found, nothing is built or written,
// 3. changes the lockfile: a new version is published and the functions move to it,
// 4. rolls the layer out to a function served through an alias: a new function version, a smoke test, the alias move,
// 5. a smoke test that fails: the alias stays and the function is put back as it was.
// moto runs functions only in Docker, so Invoke is answered by the loopback proxy the tests use.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetAliasCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  PublishLayerVersionCommand,
  PublishVersionCommand,
} from '@aws-sdk/client-lambda'
import { createRole, LOCAL_CREDENTIALS, localAwsEnv, storedZip } from './lib/local-aws.mjs'
import { REPO_ROOT, runAction } from './lib/run-action.mjs'
import { importHelper } from './load-helper.mjs'
import { startMoto } from './moto.mjs'

const region = 'eu-west-1'
const say = (text) => console.log(`\n\x1b[1m▶ ${text}\x1b[0m`)

const moto = await startMoto()
const { startFaultProxy } = await importHelper('fault-proxy')
const proxy = await startFaultProxy(moto.url)
const awsEnv = localAwsEnv(proxy.url, region)
const lambda = new LambdaClient({ region, endpoint: moto.url, credentials: LOCAL_CREDENTIALS })
const handlerZip = storedZip({ 'app.py': 'def handler(event, context):\n    return "ok"\n' })
const workspace = mkdtempSync(path.join(tmpdir(), 'layer-action-demo-'))

try {
  say(`Lambda API (moto) on ${moto.url}: creating two functions`)
  const role = await createRole(moto.url, { region, name: 'demo-role' })
  const monitoring = await lambda.send(
    new PublishLayerVersionCommand({
      LayerName: 'monitoring-extension',
      Content: { ZipFile: storedZip({ 'ext.txt': 'an extension' }) },
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
        Architectures: ['arm64'],
        Layers: layers,
      }),
    )
  }
  console.log(`orders starts with layers: ${await layersOf('orders')}`)

  cpSync(path.join(REPO_ROOT, 'examples', 'python'), workspace, { recursive: true })
  const cacheDir = path.join(workspace, '.cache')

  say('Run 1: new lockfile → build, publish, move both functions')
  show(await runDemo(cacheDir))

  say('Run 2: same lockfile → the version with this fingerprint is reused; nothing built, nothing written')
  show(await runDemo(cacheDir))

  say('Run 3: the lockfile changes → a new version, and the functions move to it')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'six==1.16.0\n')
  show(await runDemo(cacheDir))
  console.log(`orders now has layers: ${await layersOf('orders')} (its monitoring layer is still first)`)

  say(
    'Run 4: checkout is served through alias live (SnapStart): new version, smoke test, then the alias moves',
  )
  await lambda.send(
    new CreateFunctionCommand({
      FunctionName: 'checkout',
      Runtime: 'python3.12',
      Role: role,
      Handler: 'app.handler',
      Code: { ZipFile: handlerZip },
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
  show(await runDemo(cacheDir, {}, aliasInputs))
  console.log(`checkout:live now serves version ${await aliasOf('checkout')}`)

  say('Run 5: the lockfile changes again, and the new layer breaks checkout: the smoke test fails')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'attrs==24.2.0\n')
  proxy.answerInvoke('checkout', {
    kind: 'error',
    errorType: 'Runtime.ImportModuleError',
    message: "Unable to import module 'app': No module named 'six.moves'",
  })
  show(await runDemo(cacheDir, {}, aliasInputs, { mayFail: true }))
  console.log(
    `checkout:live still serves version ${await aliasOf('checkout')}; $LATEST is back on: ${await layersOf('checkout')}`,
  )

  say('A pull request that adds a package: plan mode builds and reports, and changes nothing in AWS')
  appendFileSync(path.join(workspace, 'requirements.txt'), 'packaging==24.2\n')
  const plan = await runDemo(cacheDir, { GITHUB_EVENT_NAME: 'pull_request' })
  show(plan)
  say('The job summary and PR comment for that pull request')
  console.log(plan.summary)
  // `node scripts/screenshot.mjs` renders this pull request's comment body into docs/.
  if (process.env.DEMO_SAVE_COMMENT) cpSync(plan.outputs['report-path'], process.env.DEMO_SAVE_COMMENT)
} finally {
  await proxy.stop()
  await moto.stop()
  rmSync(workspace, { recursive: true, force: true })
}

/** One run of the action on the demo's workspace, as a runner would start it, with its log as the runner shows it. */
async function runDemo(cacheDir, extraEnv = {}, extraInputs = {}, { mayFail = false } = {}) {
  const run = await runAction({
    inputs: {
      'layer-name': 'demo-python-deps',
      runtime: 'python3.12',
      architecture: 'arm64',
      functions: 'orders, payments',
      comment: 'false',
      ...extraInputs,
    },
    env: {
      ...awsEnv,
      GITHUB_SHA: 'demo000000000000000000000000000000000000',
      LAYER_ACTION_CACHE_DIR: cacheDir,
      ...extraEnv,
    },
    workspace,
    tempRoot: path.join(workspace, '.runs'),
  })
  const log = run.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('::debug') && !l.startsWith('::group') && !l.startsWith('::endgroup'))
    .filter((l) => !l.startsWith('::add-mask::'))
  if (run.code !== 0 && !mayFail) {
    console.log(log.join('\n'))
    throw new Error(`the action failed (exit ${run.code})`)
  }
  if (run.code !== 0) log.push(`(the action failed, exit ${run.code}, as a runner would show)`)
  return { outputs: run.outputs, log, summary: run.summary, seconds: run.ms / 1000 }
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
