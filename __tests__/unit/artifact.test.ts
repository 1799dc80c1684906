import { readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { obtainArtifact } from '../../src/builders/artifact.js'
import { runCommand } from '../../src/core/exec.js'
import { findRuntime } from '../../src/core/runtimes.js'
import { cacheKey, type LayerCache } from '../../src/package/cache.js'

let work: string
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'artifact-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

/** A cache whose saves wait for `release()`, recording the keys they saved. */
function gatedCache() {
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  const saved: string[] = []
  const cache: LayerCache = {
    kind: 'local',
    restore: async () => false,
    has: async () => false,
    save: async (key) => {
      await gate
      saved.push(key)
      return true
    },
  }
  return { cache, saved, release }
}

async function request(cache: LayerCache, background?: (work: Promise<void>) => void) {
  const lockfile = path.join(work, 'deps.lock')
  await writeFile(lockfile, 'a\n')
  return {
    layerName: 'deps',
    fingerprint: 'f'.repeat(64),
    workDirectory: path.join(work, 'run'),
    build: {
      runtime: findRuntime('python3.12')!,
      architectures: ['x86_64' as const],
      workingDirectory: work,
      lockfiles: [lockfile],
      buildCommand: 'mkdir -p layer/python && cp deps.lock layer/python/deps.txt',
      layerDirectory: path.join(work, 'layer'),
      run: runCommand,
      log: () => {},
    },
    cache,
    rebuild: false,
    log: () => {},
    background,
  }
}

/** The process's threads as the OS lists them (a worker thread is one of them). */
function threads(): number {
  return readdirSync('/proc/self/task').length
}

/** The thread count once it has not changed for 200 ms (a stopped thread leaves the list a moment later). */
async function settledThreads(): Promise<number> {
  let count = threads()
  const deadline = Date.now() + 5000
  for (let steady = 0; steady < 10 && Date.now() < deadline; steady++) {
    await new Promise((r) => setTimeout(r, 20))
    const now = threads()
    if (now !== count) [count, steady] = [now, -1]
  }
  return count
}

async function until(what: string, check: () => boolean): Promise<void> {
  for (const started = Date.now(); !check(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() - started > 5000) throw new Error(`still not: ${what}`)
  }
}

describe('obtainArtifact', () => {
  it('hands the cache save to the caller, which goes on while it runs', async () => {
    const { cache, saved, release } = gatedCache()
    const pending: Promise<void>[] = []
    const artifact = await obtainArtifact(await request(cache, (save) => pending.push(save)))

    expect(artifact).toMatchObject({ cacheHit: false, zip: { fileCount: 1 } })
    expect(pending).toHaveLength(1)
    expect(saved).toEqual([]) // returned while the save still waits
    release()
    await Promise.all(pending)
    const key = cacheKey('deps', 'f'.repeat(64))
    expect(saved).toEqual([key, `${key}-manifest`])
  })

  it("starts the zip's workers while the build runs, and stops them after it, whether the build works or fails", async () => {
    await writeFile(path.join(work, 'warm'), '') // Node's I/O threads start on first use, and stay
    const before = await settledThreads()
    const { cache, release } = gatedCache()
    release()
    await obtainArtifact(await request(cache))
    expect(await settledThreads()).toBe(before)

    const req = await request(cache)
    req.build.buildCommand = 'sleep 0.5; exit 3'
    req.workDirectory = path.join(work, 'second')
    const building = obtainArtifact(req)
    building.catch(() => undefined)
    await until('workers started during the build', () => threads() > before)
    await expect(building).rejects.toThrow()
    expect(await settledThreads()).toBe(before)
  })

  it('waits for the save itself when the caller takes no background work', async () => {
    const { cache, saved, release } = gatedCache()
    release()
    await obtainArtifact(await request(cache))
    expect(saved).toHaveLength(2)
  })
})
