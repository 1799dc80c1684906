import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { cacheKey, createLayerCache, type LayerCache } from '../../src/package/cache.js'
import { startCacheServer, type CacheServer } from '../helpers/cache-server.js'

jest.setTimeout(60_000)

const originalEnv = { ...process.env }
let workflowCommands: string[] = []
let warnings: string[] = []
const warn = (msg: string) => void warnings.push(msg)
const libraryWarnings = () => workflowCommands.filter((line) => /^::(warning|error)/.test(line))

beforeEach(() => {
  warnings = []
  workflowCommands = []
  // @actions/core writes `::warning::…` workflow commands to stdout: keep them for assertions, out of the output.
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    workflowCommands.push(...String(chunk).split('\n').filter(Boolean))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...originalEnv }
})

async function fillLayerDir(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  await writeFile(
    path.join(dir, 'layer.zip'),
    Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251)),
  )
  await writeFile(path.join(dir, 'manifest.json'), '{"zip":{}}')
  await writeFile(path.join(dir, 'bin', 'bootstrap'), '#!/bin/sh\n')
  await chmod(path.join(dir, 'bin', 'bootstrap'), 0o755)
}

async function expectSameFiles(actual: string, expected: string): Promise<void> {
  const names = (await readdir(expected, { recursive: true })).sort()
  expect((await readdir(actual, { recursive: true })).sort()).toEqual(names)
  for (const name of names) {
    const [a, e] = [path.join(actual, name), path.join(expected, name)]
    if ((await stat(e)).isDirectory()) continue
    expect(await readFile(a)).toEqual(await readFile(e))
    expect((await stat(a)).mode).toBe((await stat(e)).mode)
  }
}

describe('kind selection from the environment', () => {
  const pick = (env: NodeJS.ProcessEnv) => createLayerCache(env, warn, '/tmp/unused').kind
  const actions = { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }

  it('uses the Actions cache when the runner exposes it', () => {
    expect(pick(actions)).toBe('actions')
    expect(pick({ ACTIONS_CACHE_URL: 'https://cache.example/' })).toBe('actions')
    expect(pick({ ...actions, GITHUB_SERVER_URL: 'https://github.com' })).toBe('actions')
  })
  it('falls back to a local folder elsewhere, and where @actions/cache would see GHES without a v1 URL', () => {
    expect(pick({})).toBe('local')
    expect(pick({ ...actions, GITHUB_SERVER_URL: 'http://127.0.0.1:9' })).toBe('local')
    expect(pick({ ...actions, GITHUB_SERVER_URL: 'not a url' })).toBe('local')
  })
  it('LAYER_ACTION_CACHE_DIR chooses a folder, or turns the cache off', () => {
    expect(pick({ ...actions, LAYER_ACTION_CACHE_DIR: '/tmp/x' })).toBe('local')
    for (const off of ['off', 'OFF', 'none', 'false', '0'])
      expect(pick({ ...actions, LAYER_ACTION_CACHE_DIR: off })).toBe('none')
  })
  it('makes keys that are safe as folder names and Actions cache keys', () => {
    expect(cacheKey('deps', 'ab12')).toBe('layer-action-deps-ab12')
    expect(cacheKey('arn:aws:lambda:eu-west-1:1:layer:a,b', 'f')).toMatch(/^[A-Za-z0-9._-]+$/)
  })
})

describe('Actions cache through @actions/cache against the loopback service', () => {
  let server: CacheServer
  let cache: LayerCache
  let source: string
  const key = cacheKey('deps', 'a'.repeat(64))
  const dirFor = (k: string) => path.join(server.env.RUNNER_TEMP, 'layer-action', k)

  beforeAll(async () => {
    server = await startCacheServer()
    source = await mkdtemp(path.join(os.tmpdir(), 'layer-src-'))
    await fillLayerDir(source)
  })
  afterAll(async () => {
    await server.close()
    await rm(source, { recursive: true, force: true })
  })
  beforeEach(() => {
    // The library reads process.env when called, not at import.
    process.env = { ...originalEnv, ...server.env }
    delete process.env.GITHUB_SERVER_URL
    cache = createLayerCache(process.env, warn)
    expect(cache.kind).toBe('actions')
  })

  it('misses an unknown key without a warning', async () => {
    expect(await cache.restore(key, dirFor(key))).toBe(false)
    expect(await cache.has(key, dirFor(key))).toBe(false)
    expect([...warnings, ...libraryWarnings()]).toEqual([])
  })

  it('saves, then restores the same bytes into a cleaned folder', async () => {
    const dir = dirFor(key)
    await rm(dir, { recursive: true, force: true })
    await mkdir(path.dirname(dir), { recursive: true })
    execFileSync('cp', ['-a', source, dir])

    expect(await cache.save(key, dir)).toBe(true)
    expect(server.entries()).toEqual([key])
    expect(server.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/blob/'))).toBe(true)

    await rm(dir, { recursive: true, force: true })
    expect(await cache.has(key, dir)).toBe(true)
    expect(await stat(dir).catch(() => undefined)).toBeUndefined() // lookupOnly downloads nothing
    expect(await cache.restore(key, dir)).toBe(true)
    await expectSameFiles(dir, source)
    expect([...warnings, ...libraryWarnings()]).toEqual([])
  })

  it('a second save of the same key is false, without a warning', async () => {
    expect(await cache.save(key, dirFor(key))).toBe(false)
    expect(server.entries()).toEqual([key])
    expect([...warnings, ...libraryWarnings()]).toEqual([])
  })

  it('uploads archives over 128 MiB in blocks (?comp=block, ?comp=blocklist)', async () => {
    const big = cacheKey('big', 'd'.repeat(64))
    const dir = dirFor(big)
    await mkdir(dir, { recursive: true })
    // Random bytes, so zstd cannot shrink the archive below the library's 128 MiB single-PUT limit.
    await writeFile(path.join(dir, 'layer.zip'), randomBytes(130 * 1024 * 1024))
    const expected = await readFile(path.join(dir, 'layer.zip'))

    expect(await cache.save(big, dir)).toBe(true)
    expect(server.requests.filter((r) => r.path.includes('comp=block&')).length).toBeGreaterThan(1)
    expect(server.requests.some((r) => r.path.includes('comp=blocklist'))).toBe(true)

    await rm(dir, { recursive: true, force: true })
    expect(await cache.restore(big, dir)).toBe(true)
    expect((await readFile(path.join(dir, 'layer.zip'))).equals(expected)).toBe(true)
    await rm(dir, { recursive: true, force: true })
  })

  describe('when the service fails', () => {
    beforeEach(() => {
      // The twirp client retries 500/502/503/504 five times, sleeping 3 s × 1.5^n in between, with no knob:
      // shorten those sleeps so the test takes milliseconds.
      const realSetTimeout = globalThis.setTimeout
      jest
        .spyOn(globalThis, 'setTimeout')
        .mockImplementation(((fn: () => void, ms?: number) =>
          realSetTimeout(fn, ms !== undefined && ms >= 2000 ? 5 : ms)) as typeof setTimeout)
    })

    it('500s on restore become one warning and a miss', async () => {
      const before = server.requests.length
      server.failNext(5, 500)
      await expect(cache.restore(key, dirFor('elsewhere'))).resolves.toBe(false)
      expect(server.requests.slice(before).map((r) => r.path)).toEqual(
        Array(5).fill('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL'),
      )
      expect(libraryWarnings()).toHaveLength(1)
      expect(libraryWarnings()[0]).toMatch(/^::warning::Failed to restore: .*500/)
      expect(warnings).toEqual([])
    })

    it('a 500 that goes away on retry is still a hit', async () => {
      const dir = dirFor(key)
      await rm(dir, { recursive: true, force: true })
      server.failNext(1, 503)
      expect(await cache.restore(key, dir)).toBe(true)
      await expectSameFiles(dir, source)
    })

    it('500s on save are false without a throw', async () => {
      const other = cacheKey('deps', 'b'.repeat(64))
      execFileSync('cp', ['-a', source, dirFor(other)])
      server.failNext(5, 500)
      await expect(cache.save(other, dirFor(other))).resolves.toBe(false)
      expect(server.entries()).not.toContain(other)
    })

    it('a refused connection is a warning and a miss, at once', async () => {
      const port = await closedPort()
      process.env.ACTIONS_RESULTS_URL = `http://127.0.0.1:${port}/`
      const started = Date.now()
      expect(await cache.restore(key, dirFor(key))).toBe(false)
      expect(await cache.has(key, dirFor(key))).toBe(false)
      expect(await cache.save(key, dirFor(key))).toBe(false)
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(libraryWarnings().filter((l) => l.includes('ECONNREFUSED'))).toHaveLength(2)
    })
  })
})

describe('local folder cache', () => {
  let root: string
  let work: string
  let cache: LayerCache
  const key = cacheKey('deps', 'c'.repeat(64))

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'layer-cache-root-'))
    work = await mkdtemp(path.join(os.tmpdir(), 'layer-cache-work-'))
    await fillLayerDir(path.join(work, 'built'))
    cache = createLayerCache({}, warn, root)
    expect(cache.kind).toBe('local')
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
    await rm(work, { recursive: true, force: true })
  })

  it('round-trips the files, once per key', async () => {
    expect(await cache.has(key, '')).toBe(false)
    expect(await cache.restore(key, path.join(work, 'restored'))).toBe(false)
    expect(await cache.save(key, path.join(work, 'built'))).toBe(true)
    expect(await cache.has(key, '')).toBe(true)
    expect(await cache.save(key, path.join(work, 'built'))).toBe(false)
    expect(await cache.restore(key, path.join(work, 'restored'))).toBe(true)
    await expectSameFiles(path.join(work, 'restored'), path.join(work, 'built'))
    expect(await readdir(root)).toEqual([key])
    expect(warnings).toEqual([])
  })

  it('LAYER_ACTION_CACHE_DIR points it at a folder', async () => {
    const fromEnv = createLayerCache({ LAYER_ACTION_CACHE_DIR: root }, warn)
    expect(await fromEnv.save(key, path.join(work, 'built'))).toBe(true)
    expect(await cache.has(key, '')).toBe(true)
  })

  it('a save that fails halfway leaves no entry and no debris', async () => {
    // cp copies the regular files, then refuses the FIFO.
    execFileSync('mkfifo', [path.join(work, 'built', 'zz-fifo')])
    expect(await cache.save(key, path.join(work, 'built'))).toBe(false)
    expect(warnings).toHaveLength(1)
    expect(await cache.has(key, '')).toBe(false)
    expect(await readdir(root)).toEqual([])
  })

  it('concurrent saves of one key leave one whole entry', async () => {
    const results = await Promise.all([1, 2, 3].map(() => cache.save(key, path.join(work, 'built'))))
    expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(1)
    expect(await readdir(root)).toEqual([key])
    await expectSameFiles(path.join(root, key), path.join(work, 'built'))
    expect(warnings).toEqual([])
  })

  it('an unwritable cache folder is a warning, not a failure', async () => {
    const blocked = path.join(work, 'a-file')
    await writeFile(blocked, '')
    const broken = createLayerCache({}, warn, path.join(blocked, 'cache'))
    expect(await broken.save(key, path.join(work, 'built'))).toBe(false)
    expect(await broken.restore(key, path.join(work, 'restored'))).toBe(false)
    expect(warnings).toHaveLength(1)
  })

  it("kind 'none' does nothing", async () => {
    const none = createLayerCache({ LAYER_ACTION_CACHE_DIR: 'off' }, warn, root)
    expect(await none.save(key, path.join(work, 'built'))).toBe(false)
    expect(await none.restore(key, path.join(work, 'restored'))).toBe(false)
    expect(await readdir(root)).toEqual([])
  })
})

async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}
