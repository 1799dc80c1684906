import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FunctionState } from '../../src/aws/functions.js'
import { findRuntime } from '../../src/core/runtimes.js'
import type { LayerFacts } from '../../src/core/types.js'
import { decodeFacts, encodeFacts, layerFactsOf } from '../../src/package/layer-facts.js'
import { walkLayer } from '../../src/package/walk.js'
import { compatibilityProblems } from '../../src/rollout/compatibility.js'
import { compareRuns, publishedByLaterRun, runOf } from '../../src/rollout/convergence.js'

const PURE: LayerFacts = { machines: [], pythonVersions: [], nodeAbis: [] }

function fn(runtime: string, architecture = 'x86_64'): FunctionState {
  return { name: 'f', arn: '', codeSize: 0, layers: [], runtime, architectures: [architecture] }
}

/** A 64-byte little-endian ELF header for this e_machine, with no sections. */
function elf(machine: number, tail = ''): Buffer {
  const header = Buffer.alloc(64)
  header.writeUInt32BE(0x7f454c46, 0)
  header[4] = 2
  header[5] = 1
  header.writeUInt16LE(machine, 18)
  return Buffer.concat([header, Buffer.from(tail, 'latin1')])
}

describe('layer facts', () => {
  it('reads CPUs, CPython versions and Node ABIs from the files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'facts-'))
    const site = path.join(dir, 'python', 'pkg')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(site, { recursive: true })
    writeFileSync(path.join(site, '_speed.cpython-312-x86_64-linux-gnu.so'), elf(62))
    writeFileSync(path.join(site, '_stable.abi3.so'), elf(62))
    writeFileSync(path.join(site, 'pure.py'), 'x = 1\n')
    writeFileSync(path.join(dir, 'addon.node'), elf(183, '\0node_register_module_v115\0'))
    const facts = await layerFactsOf((await walkLayer(dir)).files)
    expect(facts).toEqual({ machines: ['arm64', 'x86_64'], pythonVersions: ['3.12'], nodeAbis: [115] })
  })

  it('finds nothing in a pure layer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'facts-'))
    writeFileSync(path.join(dir, 'a.py'), 'print(1)\n'.repeat(20))
    expect(await layerFactsOf((await walkLayer(dir)).files)).toEqual(PURE)
  })

  it('round-trips through a few characters of the description', () => {
    const facts: LayerFacts = { machines: ['x86_64'], pythonVersions: ['3.12'], nodeAbis: [] }
    expect(encodeFacts(facts)).toBe('x86_64,cp312')
    expect(decodeFacts(encodeFacts(facts))).toEqual(facts)
    expect(decodeFacts('none')).toEqual(PURE)
    expect(decodeFacts(undefined)).toBeUndefined()
  })
})

describe('compatibilityProblems', () => {
  const py312 = findRuntime('python3.12')!
  const node20 = findRuntime('nodejs20.x')!
  const native: LayerFacts = { machines: ['x86_64'], pythonVersions: ['3.12'], nodeAbis: [] }

  it('refuses another CPU, another CPython and another runtime family', () => {
    expect(compatibilityProblems(fn('python3.12', 'arm64'), { runtime: py312, facts: native })[0]).toMatch(
      /arm64.*native code is for x86_64/,
    )
    expect(compatibilityProblems(fn('python3.11'), { runtime: py312, facts: native })[0]).toMatch(
      /python3\.11.*cp312/,
    )
    expect(compatibilityProblems(fn('nodejs20.x'), { runtime: py312, facts: PURE })[0]).toMatch(
      /Python layer/,
    )
    expect(compatibilityProblems(fn('python3.12'), { runtime: node20, facts: PURE })[0]).toMatch(
      /Node\.js layer/,
    )
    const addon: LayerFacts = { machines: ['x86_64'], pythonVersions: [], nodeAbis: [115] }
    expect(compatibilityProblems(fn('nodejs22.x'), { runtime: node20, facts: addon })[0]).toMatch(/127.*115/)
  })

  it('lets a pure layer move across minor Python versions and CPUs', () => {
    expect(compatibilityProblems(fn('python3.11', 'arm64'), { runtime: py312, facts: PURE })).toEqual([])
    expect(compatibilityProblems(fn('python3.12'), { runtime: py312, facts: native })).toEqual([])
    expect(compatibilityProblems(fn('python3.13', 'arm64'), { runtime: py312 })).toEqual([])
  })
})

describe('run order', () => {
  it('orders by run id, then attempt', () => {
    expect(runOf({ GITHUB_RUN_ID: '100', GITHUB_RUN_ATTEMPT: '2' })).toBe('100-2')
    expect(runOf({ GITHUB_RUN_ID: '100' })).toBe('100-1')
    expect(runOf({})).toBeUndefined()
    expect(compareRuns('99-3', '100-1')).toBeLessThan(0)
    expect(compareRuns('100-2', '100-1')).toBeGreaterThan(0)
    expect(compareRuns('100-1', '100-1')).toBe(0)
    const later = 'layer-action fingerprint:' + 'a'.repeat(64) + ' run:101-1'
    expect(publishedByLaterRun(later, '100-1')).toBe(true)
    expect(publishedByLaterRun(later, '102-1')).toBe(false)
    expect(publishedByLaterRun('by hand', '100-1')).toBe(false)
  })
})

describe('describeVersion with run and facts', () => {
  it('fits 256 characters and reads back', async () => {
    const { describeVersion, parseDescription } = await import('../../src/aws/layers.js')
    const facts = {
      fingerprint: 'f'.repeat(64),
      codeSha256: 'A'.repeat(43) + '=',
      contentDigest: 'B'.repeat(22),
      zipSize: 52_428_800,
      unzippedSize: 262_144_000,
      run: '12345678901-3',
      native: { machines: ['x86_64' as const], pythonVersions: ['3.12', '3.13'], nodeAbis: [] },
      commit: '0123456789abcdef0123456789abcdef01234567',
    }
    const description = describeVersion(facts)
    expect(description.length).toBeLessThanOrEqual(256)
    const read = parseDescription(description)
    expect(read).toMatchObject({ run: '12345678901-3', native: facts.native, unzippedSize: 262_144_000 })
    // The commit yields room to the facts later runs decide by.
    expect(read.commit === undefined || facts.commit.startsWith(read.commit)).toBe(true)
  })
})
