// Getting uv when the runner has none: the pinned release's wheel from a package index on loopback (JSON and HTML
// pages, credentials, a wrong digest, a proxy), unpacked into the tool cache and run.
import { createHash } from 'node:crypto'
import { jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { arch, tmpdir } from 'node:os'
import path from 'node:path'
import { startProxy } from '../../scripts/proxy.mjs'
import { runCommand, type RunCommand } from '../../src/core/exec.js'
import { zipDirectory } from '../../src/package/zip.js'
import { obtainUv, UV_VERSION } from '../../src/builders/uv.js'

jest.setTimeout(60_000)

const MACHINE = arch() === 'arm64' ? 'aarch64' : 'x86_64'
const WHEEL = `uv-${UV_VERSION}-py3-none-manylinux_2_17_${MACHINE}.manylinux2014_${MACHINE}.whl`
const temps: string[] = []
let wheel: Buffer
let sha256: string
let server: Server
let base: string
let page: 'json' | 'html' = 'json'
let digest = ''
const seen: { url: string; host: string; authorization?: string }[] = []

/** uv is never found on PATH here, whatever the machine has. */
const run: RunCommand = (command, args, options) =>
  runCommand(command === 'uv' ? 'layer-action-uv-not-on-path' : command, args, options)

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

beforeAll(async () => {
  // A wheel laid out as uv's: the binary under <name>.data/scripts/, here a script that answers like uv.
  const tree = temp('uv-wheel-')
  mkdirSync(path.join(tree, 'uv'))
  writeFileSync(path.join(tree, 'uv', '__init__.py'), '')
  mkdirSync(path.join(tree, `uv-${UV_VERSION}.data`, 'scripts'), { recursive: true })
  writeFileSync(
    path.join(tree, `uv-${UV_VERSION}.data`, 'scripts', 'uv'),
    `#!/bin/sh\necho "uv ${UV_VERSION} (from the loopback index)"\n${'# padding so the entry is deflated\n'.repeat(50)}`,
    { mode: 0o755 },
  )
  const zipped = await zipDirectory(tree, path.join(temp('uv-zip-'), 'uv.whl'))
  wheel = readFileSync(zipped.path)
  sha256 = createHash('sha256').update(wheel).digest('hex')

  server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    seen.push({ url: url.pathname, host: req.headers.host ?? '', authorization: req.headers.authorization })
    const port = (server.address() as AddressInfo).port
    if (url.pathname === '/simple/uv/') {
      const hash = digest || sha256
      // The wheel is served from another host name (a CDN, as PyPI does), so credentials must not follow it.
      const files = [
        {
          filename: `uv-${UV_VERSION}-py3-none-win_amd64.whl`,
          url: `http://localhost:${port}/files/win.whl`,
        },
        { filename: WHEEL, url: `http://localhost:${port}/files/${WHEEL}`, hashes: { sha256: hash } },
      ]
      if (page === 'json') {
        res.setHeader('content-type', 'application/vnd.pypi.simple.v1+json')
        res.end(JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'uv', files }))
      } else {
        res.setHeader('content-type', 'text/html')
        // Relative links, as many mirrors write them.
        res.end(
          `<html><body><a href="../../files/win.whl">uv-${UV_VERSION}-py3-none-win_amd64.whl</a>\n` +
            `<a href="../../files/${WHEEL}#sha256=${hash}" data-requires-python="&gt;=3.8">${WHEEL}</a></body></html>`,
        )
      }
      return
    }
    if (url.pathname === `/files/${WHEEL}`) {
      res.setHeader('content-type', 'application/octet-stream')
      res.end(wheel)
      return
    }
    res.statusCode = 404
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
  page = 'json'
  digest = ''
  seen.length = 0
})

function toolCache(): { env: NodeJS.ProcessEnv; folder: string } {
  const cache = temp('uv-tool-cache-')
  return {
    env: { PATH: process.env.PATH, RUNNER_TOOL_CACHE: cache, UV_DEFAULT_INDEX: `${base}/simple` },
    folder: path.join(cache, 'uv', UV_VERSION, arch()),
  }
}

it('downloads the wheel for this machine, checks it, keeps uv in the tool cache and runs it', async () => {
  const { env, folder } = toolCache()
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.problem).toBeUndefined()
  expect(got.installer).toEqual({ name: 'uv', version: UV_VERSION, command: path.join(folder, 'bin', 'uv') })
  expect(got.note).toContain(`Downloaded uv ${UV_VERSION} from ${base}/simple into ${folder}`)
  const version = await runCommand(got.installer!.command, ['--version'], { cwd: tmpdir() })
  expect(version.stdout.trim()).toBe(`uv ${UV_VERSION} (from the loopback index)`)
  expect(existsSync(`${folder}.complete`)).toBe(true)
  expect(seen.map((s) => s.url)).toEqual(['/simple/uv/', `/files/${WHEEL}`])

  // The next job on this runner finds it: nothing is asked of the index.
  seen.length = 0
  expect((await obtainUv(run, tmpdir(), env)).installer?.command).toBe(path.join(folder, 'bin', 'uv'))
  expect(seen).toEqual([])
})

it('reads an index that serves only HTML pages with relative links', async () => {
  page = 'html'
  const { env, folder } = toolCache()
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.installer?.command).toBe(path.join(folder, 'bin', 'uv'))
  expect(seen.map((s) => s.url)).toEqual(['/simple/uv/', `/files/${WHEEL}`])
})

it('refuses a wheel whose SHA-256 is not the one the index gives, and installs nothing', async () => {
  digest = '0'.repeat(64)
  const { env, folder } = toolCache()
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.installer).toBeUndefined()
  expect(got.problem).toContain(`${WHEEL} does not have the SHA-256 the index gives`)
  expect(existsSync(folder)).toBe(false)
  expect(existsSync(`${folder}.complete`)).toBe(false)
})

it('sends the index URL credentials to the index only, never to the host the wheel is on', async () => {
  const { env } = toolCache()
  env.UV_DEFAULT_INDEX = `http://ci%40acme:s%3Acret@127.0.0.1:${new URL(base).port}/simple`
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.problem).toBeUndefined()
  expect(got.note).toContain(`from ${base}/simple into`)
  const [pageRequest, wheelRequest] = seen
  expect(Buffer.from(pageRequest.authorization!.replace('Basic ', ''), 'base64').toString()).toBe(
    'ci@acme:s:cret',
  )
  expect(wheelRequest.host).toMatch(/^localhost:/)
  expect(wheelRequest.authorization).toBeUndefined()
})

it('says why when the index cannot be reached, so the build can try pip', async () => {
  const { env } = toolCache()
  // A port that was just free: nothing listens there.
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  env.UV_DEFAULT_INDEX = `http://127.0.0.1:${port}/simple`
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.installer).toBeUndefined()
  expect(got.problem).toMatch(/fetch failed: .*ECONNREFUSED/)
})

it('stops when the run needs no build', async () => {
  const { env, folder } = toolCache()
  const got = await obtainUv(run, tmpdir(), env, AbortSignal.abort())
  expect(got.installer).toBeUndefined()
  expect(existsSync(folder)).toBe(false)
})

it('goes through HTTP_PROXY when the environment names one', async () => {
  const proxy = await startProxy()
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY }
  process.env.HTTP_PROXY = proxy.url
  delete process.env.NO_PROXY
  try {
    const { env, folder } = toolCache()
    const got = await obtainUv(run, tmpdir(), env)
    expect(got.installer?.command).toBe(path.join(folder, 'bin', 'uv'))
    // undici tunnels plain HTTP too; the proxy logs each tunnel when it closes.
    const port = new URL(base).port
    const tunnel = (host: string) => proxy.log().includes(`CONNECT ${host}:${port} `)
    for (let i = 0; i < 100 && !(tunnel('127.0.0.1') && tunnel('localhost')); i++)
      await new Promise((r) => setTimeout(r, 100))
    expect(tunnel('127.0.0.1')).toBe(true) // the index page
    expect(tunnel('localhost')).toBe(true) // the wheel
    expect(seen.map((s) => s.url)).toEqual(['/simple/uv/', `/files/${WHEEL}`])
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await proxy.stop()
  }
})
