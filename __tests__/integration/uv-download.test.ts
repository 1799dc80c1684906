// Getting uv when the runner has none: the pinned release's wheel (fetched from PyPI once into .tools/) served by a
// package index on loopback (JSON and HTML pages, credentials, wrong bytes, a proxy), unpacked into the tool cache
// and run.
import { createHash } from 'node:crypto'
import { jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { arch, tmpdir } from 'node:os'
import path from 'node:path'
import { startProxy } from '../../scripts/proxy.mjs'
import { runCommand, type RunCommand } from '../../src/core/exec.js'
import { obtainUv, StreamedEntry, UV_VERSION, uvWheel, zipEntry } from '../../src/builders/uv.js'

jest.setTimeout(60_000)

const pinned = uvWheel(arch())!
const WHEEL = pinned.filename
const temps: string[] = []
let wheel: Buffer
let server: Server
let base: string
let page: 'json' | 'html' = 'json'
/** Serve other bytes under the wheel's name, as a tampered mirror would. */
let tampered = false
const seen: { url: string; host: string; authorization?: string }[] = []

/** uv is never found on PATH here, whatever the machine has. */
const run: RunCommand = (command, args, options) =>
  runCommand(command === 'uv' ? 'layer-action-uv-not-on-path' : command, args, options)

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

/** The real wheel, downloaded from PyPI on first use and kept in .tools/ (git-ignored). */
async function realWheel(): Promise<Buffer> {
  const kept = path.resolve('.tools', 'uv-wheel', WHEEL)
  if (!existsSync(kept)) {
    const response = await fetch(`${pinned.pypi}${WHEEL}`)
    if (!response.ok) throw new Error(`PyPI answered ${response.status} for ${WHEEL}`)
    mkdirSync(path.dirname(kept), { recursive: true })
    writeFileSync(`${kept}.tmp`, Buffer.from(await response.arrayBuffer()))
    renameSync(`${kept}.tmp`, kept)
  }
  const bytes = readFileSync(kept)
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(pinned.sha256)
  return bytes
}

beforeAll(async () => {
  wheel = await realWheel()
  server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    seen.push({ url: url.pathname, host: req.headers.host ?? '', authorization: req.headers.authorization })
    const port = (server.address() as AddressInfo).port
    if (url.pathname === '/simple/uv/') {
      // The wheel is served from another host name (a CDN, as PyPI does), so credentials must not follow it.
      const files = [
        {
          filename: `uv-${UV_VERSION}-py3-none-win_amd64.whl`,
          url: `http://localhost:${port}/files/win.whl`,
        },
        { filename: WHEEL, url: `http://localhost:${port}/files/${WHEEL}` },
      ]
      if (page === 'json') {
        res.setHeader('content-type', 'application/vnd.pypi.simple.v1+json')
        res.end(JSON.stringify({ meta: { 'api-version': '1.0' }, name: 'uv', files }))
      } else {
        res.setHeader('content-type', 'text/html')
        // Relative links with a hash fragment, as many mirrors write them.
        res.end(
          `<html><body><a href="../../files/win.whl">uv-${UV_VERSION}-py3-none-win_amd64.whl</a>\n` +
            `<a href="../../files/${WHEEL}#sha256=${pinned.sha256}" data-requires-python="&gt;=3.8">${WHEEL}</a>` +
            `</body></html>`,
        )
      }
      return
    }
    if (url.pathname === `/files/${WHEEL}`) {
      res.setHeader('content-type', 'application/octet-stream')
      res.end(tampered ? Buffer.concat([wheel, Buffer.from('tampered')]) : wheel)
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
  tampered = false
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
  expect(version.stdout).toMatch(new RegExp(`^uv ${UV_VERSION.replace(/\./g, '\\.')}\\b`))
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

it('refuses bytes that are not the pinned wheel, and installs nothing', async () => {
  tampered = true
  const { env, folder } = toolCache()
  const got = await obtainUv(run, tmpdir(), env)
  expect(got.installer).toBeUndefined()
  expect(got.problem).toContain(`${WHEEL} is not uv ${UV_VERSION}'s wheel: its SHA-256 is`)
  expect(existsSync(folder)).toBe(false)
  expect(existsSync(`${folder}.complete`)).toBe(false)
})

it('pins a wheel of the version it installs for both runner CPUs', () => {
  for (const cpu of ['x64', 'arm64']) expect(uvWheel(cpu)?.filename).toMatch(new RegExp(`^uv-${UV_VERSION}-`))
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

it('says why when the index cannot be reached, so the build can try pip install uv', async () => {
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

describe('unpacking the binary while the wheel downloads', () => {
  const name = `uv-${UV_VERSION}.data/scripts/uv`

  it('gives the entry whatever sizes the parts of the download have', async () => {
    const whole = zipEntry(wheel, name, WHEEL)
    // Parts of 1 and 29 bytes over the local headers before the binary (they end past offset 2,300), then as a
    // download gives them.
    for (const size of [1, 29, 4096, 1 << 20]) {
      const streamed = new StreamedEntry(name)
      let at = 0
      for (; at < 4096; at += size) streamed.push(wheel.subarray(at, Math.min(at + size, 4096)))
      for (at = 4096; at < wheel.length; at += 65536) streamed.push(wheel.subarray(at, at + 65536))
      expect((await streamed.result())?.equals(whole)).toBe(true)
    }
  })

  it('leaves it to the central directory when the entry is not there or the download stops short', async () => {
    const other = new StreamedEntry('no/such/entry')
    other.push(wheel)
    expect(await other.result()).toBeUndefined()
    const short = new StreamedEntry(name)
    short.push(wheel.subarray(0, wheel.length / 2))
    expect(await short.result()).toBeUndefined()
  })
})
