import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { findRuntime } from '../../src/core/runtimes.js'
import { packLayer } from '../../src/package/pack.js'
import { listPackages } from '../../src/package/packages.js'
import { layerFactsOf } from '../../src/package/layer-facts.js'
import { walkLayer } from '../../src/package/walk.js'
import { zipDirectory } from '../../src/package/zip.js'

let work: string
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'pack-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

const EM_X86_64 = 62
const EM_AARCH64 = 183
const CHUNK = 1 << 20

/**
 * A 64-bit little-endian ELF file of `size` bytes whose section table, version needs and strings sit at its very end
 * (past the first MiB when it is larger), needing GLIBC_2.<each of glibc>; the rest is compressible text.
 */
function elfFile(machine: number, glibc: number[], size = 4096): Buffer {
  const names = Buffer.from(`\0${glibc.map((minor) => `GLIBC_2.${minor}\0`).join('')}`)
  const needs = Buffer.alloc(16 + 16 * glibc.length)
  needs.writeUInt16LE(1, 0) // vn_version
  needs.writeUInt16LE(glibc.length, 2) // vn_cnt
  needs.writeUInt32LE(16, 8) // vn_aux
  let nameOffset = 1
  glibc.forEach((minor, i) => {
    const aux = 16 + 16 * i
    needs.writeUInt32LE(nameOffset, aux + 8) // vna_name
    needs.writeUInt32LE(i + 1 < glibc.length ? 16 : 0, aux + 12) // vna_next
    nameOffset += `GLIBC_2.${minor}\0`.length
  })
  const sections = Buffer.alloc(128)
  const file = Buffer.alloc(size, 'lambda layer native code\n')
  const sectionsAt = size - sections.length
  const needsAt = sectionsAt - needs.length
  const namesAt = needsAt - names.length
  sections.writeUInt32LE(0x6ffffffe, 4) // SHT_GNU_VERNEED
  sections.writeBigUInt64LE(BigInt(needsAt), 24)
  sections.writeBigUInt64LE(BigInt(needs.length), 32)
  sections.writeUInt32LE(1, 40) // sh_link: the strings
  sections.writeUInt32LE(3, 64 + 4) // SHT_STRTAB
  sections.writeBigUInt64LE(BigInt(namesAt), 64 + 24)
  sections.writeBigUInt64LE(BigInt(names.length), 64 + 32)
  file.fill(0, 0, 64)
  file.writeUInt32BE(0x7f454c46, 0)
  file[4] = 2
  file[5] = 1
  file.writeUInt16LE(machine, 18)
  file.writeBigUInt64LE(BigInt(sectionsAt), 40)
  file.writeUInt16LE(64, 58)
  file.writeUInt16LE(2, 60)
  names.copy(file, namesAt)
  needs.copy(file, needsAt)
  sections.copy(file, sectionsAt)
  return file
}

async function makeTree(root: string, files: Record<string, string | Buffer>) {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
}

const site = 'python/lib/python3.12/site-packages'
const nodeModules = 'nodejs/node_modules'
const layerFiles = (): Record<string, string | Buffer> => ({
  [`${site}/requests/__init__.py`]: 'import os\n'.repeat(50),
  [`${site}/requests-2.32.3.dist-info/METADATA`]: 'Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n',
  [`${site}/requests-2.32.3.dist-info/RECORD`]: 'requests/__init__.py,,\n',
  [`${site}/fast/_speedups.so`]: elfFile(EM_X86_64, [5, 17]),
  // Section table, version needs and strings in the third MiB: found through the same read as the zip's.
  [`${site}/fast/libbig.so`]: elfFile(EM_AARCH64, [28, 99], 2 * CHUNK + 5000),
  [`${site}/fast/empty.txt`]: '',
  [`${nodeModules}/left-pad/package.json`]: JSON.stringify({ name: 'left-pad', version: '1.3.0' }),
  [`${nodeModules}/left-pad/index.js`]: 'module.exports = leftPad\n'.repeat(20),
  [`${nodeModules}/@scope/pkg/package.json`]: JSON.stringify({ name: '@scope/pkg', version: '2.0.0' }),
  [`${nodeModules}/@scope/pkg/lib/big.js`]: 'const value = 1\n'.repeat(200_000),
})

describe('packLayer', () => {
  it('reads each file once, and checks native code and lists packages from that read', async () => {
    const root = path.join(work, 'layer')
    const files = layerFiles()
    await makeTree(root, files)
    const lines: string[] = []

    const packed = await packLayer({
      root,
      zipPath: path.join(work, 'layer.zip'),
      runtime: findRuntime('python3.12')!,
      architectures: ['x86_64'],
      log: (line) => lines.push(line),
    })

    const nonEmpty = Object.values(files).filter((content) => content.length > 0).length
    expect(packed.zip.fileCount).toBe(Object.keys(files).length)
    expect(packed.zip.filesOpened).toBe(nonEmpty)
    expect(packed.native).toEqual([
      { name: `${site}/fast/_speedups.so`, machine: EM_X86_64, glibcMinor: 17 },
      { name: `${site}/fast/libbig.so`, machine: EM_AARCH64, glibcMinor: 99 },
    ])
    expect(lines).toEqual([
      `Warning: 1 native file(s) are not for x86_64 and will not load on Lambda: ${site}/fast/libbig.so (aarch64)`,
    ])
    expect(packed.packages).toEqual(await listPackages(root))
    expect(packed.packages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '@scope/pkg', version: '2.0.0' }),
        expect.objectContaining({ name: 'left-pad', version: '1.3.0' }),
        expect.objectContaining({ name: 'requests', version: '2.32.3' }),
      ]),
    )
    // Watching the bytes go by changes nothing in the zip.
    const plain = await zipDirectory(root, path.join(work, 'plain.zip'))
    expect(packed.zip.codeSha256).toBe(plain.codeSha256)
    expect((await readFile(packed.zip.path)).equals(await readFile(plain.path))).toBe(true)
  })

  it('finds what the compatibility check needs in the same read: CPU, CPython version and Node ABI', async () => {
    const root = path.join(work, 'facts')
    await makeTree(root, {
      [`${site}/fast/_core.cpython-312-x86_64-linux-gnu.so`]: elfFile(EM_X86_64, [5, 17]),
      [`${nodeModules}/addon/build/Release/addon.node`]: Buffer.concat([
        elfFile(EM_X86_64, [5, 17]),
        Buffer.from('\0node_register_module_v115\0'),
      ]),
    })
    const packed = await packLayer({
      root,
      zipPath: path.join(work, 'facts.zip'),
      runtime: findRuntime('python3.12')!,
      architectures: ['x86_64'],
      log: () => undefined,
    })
    expect(packed.facts).toEqual({ machines: ['x86_64'], pythonVersions: ['3.12'], nodeAbis: [115] })
    expect(packed.facts).toEqual(await layerFactsOf((await walkLayer(root)).files))
  })

  it('fails on native code that needs a newer glibc, found past the first chunk, and leaves no zip', async () => {
    const root = path.join(work, 'layer')
    await makeTree(root, { 'lib/libnew.so': elfFile(EM_X86_64, [17, 38], 3 * CHUNK), 'lib/a.txt': 'a' })
    const zipPath = path.join(work, 'layer.zip')
    await expect(
      packLayer({
        root,
        zipPath,
        runtime: findRuntime('provided.al2')!,
        architectures: ['x86_64'],
        log: () => {},
      }),
    ).rejects.toThrow(
      /newer glibc than provided\.al2 provides \(glibc 2\.26\): lib\/libnew\.so needs GLIBC_2\.38/,
    )
    expect(existsSync(zipPath)).toBe(false)
  })
})
