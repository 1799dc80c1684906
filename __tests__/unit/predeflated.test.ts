// The zip takes a file's deflated bytes from the wheel it was installed from when the file is the wheel's entry
// (size and CRC-32), and deflates it itself when the installer changed it.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { layerEntries, pylockWheels } from '../../src/builders/wheels.js'
import { walkLayer } from '../../src/package/walk.js'
import { zipEntries } from '../../src/package/zip-read.js'
import { zipDirectory, zipTree, type Predeflated } from '../../src/package/zip.js'

const temps: string[] = []
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'predeflated-'))
  temps.push(dir)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

/** 3 MiB that deflate well, so the file spans several of the zip's chunks. */
const big = Buffer.from(
  Array.from({ length: 60_000 }, (_, i) => `row ${i}: ${(i * 7919) % 1000}\n`)
    .join('')
    .repeat(3),
)
const WHEEL_FILES = {
  'pkg/__init__.py': 'from .core import answer\n'.repeat(20),
  'pkg/data.csv': big,
  'pkg-1.0.data/purelib/extra.py': 'EXTRA = True\n'.repeat(30),
  'pkg-1.0.data/scripts/tool': '#!python\nprint("tool")\n'.repeat(10),
  'pkg-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n'.repeat(5),
  'pkg-1.0.dist-info/RECORD': 'pkg/__init__.py,,\n'.repeat(10),
}

async function wheel(): Promise<{ file: string; bytes: Buffer }> {
  const zipped = await zipDirectory(folder(WHEEL_FILES), path.join(folder({}), 'pkg-1.0-py3-none-any.whl'))
  return { file: zipped.path, bytes: readFileSync(zipped.path) }
}

/** Each entry's content and whether Python's zipfile finds its CRC right (read independently of the code). */
function pythonRead(zipPath: string): Record<string, string> {
  const script =
    'import sys, json, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n' +
    'print(json.dumps({n: z.read(n).decode() for n in z.namelist() if not n.endswith("/")}))'
  return JSON.parse(
    execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  )
}

it('offers the entries an installer puts in the layer, under their layer names', async () => {
  const { bytes } = await wheel()
  const names = layerEntries(bytes, 'pkg.whl', 'python/').map(([name]) => name)
  expect(names.sort()).toEqual([
    'python/extra.py',
    'python/pkg-1.0.dist-info/METADATA',
    'python/pkg/__init__.py',
    'python/pkg/data.csv',
  ])
})

it("copies the wheel's bytes for unchanged files and deflates a changed one itself", async () => {
  const { file, bytes } = await wheel()
  const predeflated = new Map<string, Predeflated>(
    layerEntries(bytes, 'pkg.whl', 'python/').map(([name, entry]) => [name, { source: file, ...entry }]),
  )
  const metadata = WHEEL_FILES['pkg-1.0.dist-info/METADATA']
  const installed = folder({
    'python/pkg/__init__.py': WHEEL_FILES['pkg/__init__.py'],
    'python/pkg/data.csv': big,
    'python/extra.py': WHEEL_FILES['pkg-1.0.data/purelib/extra.py'],
    // Same size, other bytes: the installer changed it.
    'python/pkg-1.0.dist-info/METADATA': metadata.replace('Version: 1.0', 'Version: 1.1'),
    'python/pkg-1.0.dist-info/INSTALLER': 'uv\n',
  })
  const seen: string[] = []
  const zipPath = path.join(folder({}), 'layer.zip')
  const zip = await zipTree(
    await walkLayer(installed),
    zipPath,
    { onFile: (f, first) => seen.push(`${f.name}:${first.length > 0}`) },
    predeflated,
  )

  const contents = pythonRead(zip.path)
  expect(contents['python/pkg/data.csv']).toBe(big.toString())
  expect(contents['python/extra.py']).toBe(WHEEL_FILES['pkg-1.0.data/purelib/extra.py'])
  expect(contents['python/pkg-1.0.dist-info/METADATA']).toContain('Version: 1.1')
  expect(seen).toHaveLength(5)
  expect(seen.every((s) => s.endsWith(':true'))).toBe(true)

  const layerZip = readFileSync(zip.path)
  const data = (archive: Buffer, name: string, archiveName: string) => {
    const e = zipEntries(archive, archiveName).find((x) => x.name === name)!
    return archive.subarray(e.dataOffset, e.dataOffset + e.compressedSize)
  }
  expect(data(layerZip, 'python/pkg/data.csv', 'layer').equals(data(bytes, 'pkg/data.csv', 'wheel'))).toBe(
    true,
  )
  expect(
    data(layerZip, 'python/extra.py', 'layer').equals(data(bytes, 'pkg-1.0.data/purelib/extra.py', 'wheel')),
  ).toBe(true)

  // The same tree without predeflated bytes: another zip, the same files (the content digest says so).
  const plain = await zipTree(await walkLayer(installed), path.join(folder({}), 'plain.zip'))
  expect(plain.contentDigest).toBe(zip.contentDigest)
  expect(pythonRead(plain.path)).toEqual(contents)
})

it("reads the one wheel per package of uv's pylock.toml for a platform", () => {
  const sha = 'a'.repeat(64)
  const text = [
    '[[packages]]',
    'name = "six"',
    `wheels = [{ url = "https://files.example/six-1.17.0-py2.py3-none-any.whl", upload-time = 2024-12-04T17:35:26Z, size = 11050, hashes = { sha256 = "${sha}" } }]`,
    '[[packages]]',
    'name = "local"',
    `wheels = [{ path = "wheels/local-1.0-py3-none-any.whl", hashes = { sha256 = "${sha}" } }]`,
    '[[packages]]',
    'name = "two"',
    `wheels = [{ url = "https://files.example/a.whl", hashes = { sha256 = "${sha}" } }, { url = "https://files.example/b.whl", hashes = { sha256 = "${sha}" } }]`,
    '[[packages]]',
    'name = "sdist-only"',
    `sdist = { url = "https://files.example/x-1.0.tar.gz", hashes = { sha256 = "${sha}" } }`,
  ].join('\n')
  expect(pylockWheels(text)).toEqual([
    { url: 'https://files.example/six-1.17.0-py2.py3-none-any.whl', sha256: sha },
  ])
})
