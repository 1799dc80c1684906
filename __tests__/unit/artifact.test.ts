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
    // A first build starts the threads that stay (Node's I/O pool); the count after it is the one to come back to.
    const { cache, release } = gatedCache()
    release()
    await obtainArtifact(await request(cache))
    const idle = threads()
    const req = await request(cache)
    req.build.buildCommand = 'sleep 0.5; exit 3'
    req.workDirectory = path.join(work, 'second')
    const building = obtainArtifact(req)
    building.catch(() => undefined)
    await until('workers started during the build', () => threads() > idle)
    await expect(building).rejects.toThrow()
    await until('workers stopped after the failed build', () => threads() === idle)
  })

  it('waits for the save itself when the caller takes no background work', async () => {
    const { cache, saved, release } = gatedCache()
    release()
    await obtainArtifact(await request(cache))
    expect(saved).toHaveLength(2)
  })
})
