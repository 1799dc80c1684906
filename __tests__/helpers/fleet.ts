// Shared by the fleet-* tests: a small layer project built by a shell command, moto clients for any region, and
// a run of dist/index.js against moto behind the fault proxy.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CreateFunctionCommand,
  GetFunctionConfigurationCommand,
  LambdaClient,
  ListLayerVersionsCommand,
} from '@aws-sdk/client-lambda'
import type { FaultProxy } from './fault-proxy.js'
import { HANDLER_ZIP_FILES, LOCAL_CREDENTIALS } from '../../scripts/lib/local-aws.mjs'
import { storedZip, type MotoServer } from './moto.js'
import { runAction, type RunActionOptions } from './run-action.js'

export const LAYER = 'shop-deps'

/** A project whose layer is `layer/python/deps.txt`, a copy of its lockfile: fast and offline. */
export function project(lock = 'requests==2.32.5\n', buildScript?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fleet-'))
  writeFileSync(path.join(dir, 'deps.lock'), lock)
  writeFileSync(
    path.join(dir, 'build.sh'),
    buildScript ?? 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt\n',
  )
  return dir
}

/** Inputs that build `project()`'s layer. */
export const FLEET_INPUTS: Record<string, string> = {
  'layer-name': LAYER,
  runtime: 'python3.12',
  lockfiles: 'deps.lock',
  'build-command': 'bash build.sh',
  'layer-directory': 'layer',
}

export function runFleet(
  moto: MotoServer,
  proxy: FaultProxy,
  workspace: string,
  inputs: Record<string, string> = {},
  env: RunActionOptions['env'] = {},
) {
  return runAction({
    workspace,
    inputs: { ...FLEET_INPUTS, ...inputs },
    env: { ...moto.env(proxy.url), LAYER_ACTION_CACHE_DIR: path.join(workspace, '.cache'), ...env },
  })
}

/** A Lambda client for one region of the moto server (moto keeps each region apart, like AWS). */
export function lambdaIn(moto: MotoServer, region: string): LambdaClient {
  if (region === moto.region) return moto.lambda
  return new LambdaClient({
    region,
    endpoint: moto.url,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  })
}

export async function createFunctionIn(
  moto: MotoServer,
  region: string,
  name: string,
  layers: string[] = [],
) {
  const role = await moto.createRole()
  await lambdaIn(moto, region).send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'python3.12',
      Role: role,
      Handler: 'index.handler',
      Code: { ZipFile: storedZip(HANDLER_ZIP_FILES) },
      Layers: layers,
    }),
  )
}

export async function layersOf(lambda: LambdaClient, name: string, qualifier?: string): Promise<string[]> {
  const config = await lambda.send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  )
  return (config.Layers ?? []).map((l) => l.Arn!)
}

export async function versionsOf(lambda: LambdaClient, layerName = LAYER): Promise<number[]> {
  const page = await lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))
  return (page.LayerVersions ?? []).map((v) => v.Version!).sort((a, b) => a - b)
}

/** The `::error::` lines with the runner's escaped newlines turned back into newlines. */
export function errorText(result: { errors: string[] }): string {
  return result.errors.join('\n').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
