// Behind a corporate proxy: the bundled action, with HTTPS_PROXY / HTTP_PROXY set, reaches AWS (moto behind the
// fault proxy, which counts what arrives) and the GitHub API only through a real forward proxy (proxy.py on
// loopback), and goes direct to the hosts NO_PROXY lists.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda'
import { startProxy } from '../../scripts/proxy.mjs'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js'
import { startMotoForTests, type MotoServer } from '../helpers/moto.js'
import { runAction } from '../helpers/run-action.js'

let moto: MotoServer
let aws: FaultProxy
let github: GitHubServer
let proxy: Awaited<ReturnType<typeof startProxy>>

beforeAll(async () => {
  ;[moto, github, proxy] = await Promise.all([startMotoForTests(), startGitHubServer(), startProxy()])
  aws = await startFaultProxy(moto.url)
}, 180_000)
afterAll(async () => {
  await Promise.all([aws?.stop(), github?.close(), proxy?.stop()])
  await moto?.stop()
})

const PR = { name: 'pull_request', payload: { pull_request: { number: 7 }, number: 7 } }
const awsPort = () => new URL(aws.url).port
const githubPort = () => new URL(github.url).port

function run(workspace: string, event: { name: string; payload: unknown }, env: Record<string, string>) {
  return runAction({
    workspace,
    event,
    inputs: {
      'layer-name': 'shop-deps',
      runtime: 'python3.12',
      lockfiles: 'deps.lock',
      'build-command': 'mkdir -p layer/python && cp deps.lock layer/python/',
      'layer-directory': 'layer',
      functions: 'orders',
      'github-token': github.token,
    },
    env: { ...moto.env(aws.url), ...github.env, ...env },
  })
}

/** Tunnels the proxy opened to `port`, from its access log (`CONNECT 127.0.0.1:port`). */
function tunnels(port: string): number {
  return proxy
    .log()
    .split('\n')
    .filter((l) => l.includes(` - CONNECT 127.0.0.1:${port} `)).length
}

/** The proxy writes a tunnel's line when it closes; the action has exited, so that happens promptly. */
async function settled(port: string, connections: () => number): Promise<void> {
  for (let i = 0; i < 50 && tunnels(port) < connections(); i++) await new Promise((r) => setTimeout(r, 100))
}

async function layersOf(name: string): Promise<string[]> {
  const config = await moto.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }))
  return (config.Layers ?? []).map((l) => l.Arn!)
}

it('sends every AWS and GitHub request through HTTPS_PROXY / HTTP_PROXY, and none for NO_PROXY hosts', async () => {
  await moto.createFunction({ name: 'orders' })
  const workspace = mkdtempSync(path.join(tmpdir(), 'proxy-'))
  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\n')
  const viaProxy = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }

  const push = await run(workspace, { name: 'push', payload: {} }, viaProxy)
  expect(push.errors).toEqual([])
  expect(push.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
  expect(await layersOf('orders')).toEqual([push.outputs['layer-version-arn']])

  writeFileSync(path.join(workspace, 'deps.lock'), 'requests==2.32.5\nsix==1.16.0\n')
  const pr = await run(workspace, PR, viaProxy)
  expect(pr.errors).toEqual([])
  expect(pr.warnings).toEqual([])
  expect(github.comments(7)).toHaveLength(1)

  // Every connection that moto's front and the GitHub server accepted was a tunnel the proxy opened.
  await settled(awsPort(), () => aws.connectionsSeen)
  await settled(githubPort(), github.connections)
  expect(aws.connectionsSeen).toBeGreaterThan(0)
  expect(tunnels(awsPort())).toBe(aws.connectionsSeen)
  expect(github.connections()).toBeGreaterThan(0)
  expect(tunnels(githubPort())).toBe(github.connections())

  // NO_PROXY: the same run goes direct, and the proxy sees nothing more.
  const logged = proxy.log().length
  const direct = await run(workspace, PR, { ...viaProxy, NO_PROXY: '127.0.0.1' })
  expect(direct.errors).toEqual([])
  expect(direct.warnings).toEqual([])
  expect(github.comments(7)).toHaveLength(1)
  await new Promise((r) => setTimeout(r, 500))
  expect(proxy.log().slice(logged)).not.toMatch(/CONNECT|GET|POST|PUT|PATCH/)
})
