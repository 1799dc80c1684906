import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { zipDirectory } from '../../src/package/zip.js'
import { UserError } from '../../src/core/errors.js'

interface PyEntry {
  name: string
  mode: number
  size: number
  compressType: number
  extra: number
  dateTime: number[]
  createSystem: number
  sha256: string
}

/** Reads a zip with Python's zipfile (an independent implementation), checking every CRC on the way. */
function readWithPython(zipPath: string): PyEntry[] {
  const script = `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        raise SystemExit('bad CRC in ' + bad)
    print(json.dumps([dict(name=i.filename, mode=i.external_attr >> 16, size=i.file_size,
        compressType=i.compress_type, extra=len(i.extra), dateTime=list(i.date_time), createSystem=i.create_system,
        sha256=hashlib.sha256(z.read(i)).hexdigest()) for i in z.infolist()]))
`
  return JSON.parse(execFileSync('python3', ['-c', script, zipPath], { maxBuffer: 1 << 30 }).toString())
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/** Text that deflates well but is not trivial (varied words). */
function compressibleText(bytes: number, seed = 1): Buffer {
  const words = ['lambda', 'layer', 'numpy', 'import', 'return', 'self', 'value', 'def', 'class', '\n']
  let x = seed
  const parts: string[] = []
  let length = 0
  while (length < bytes) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    const word = words[x % words.length] + (x % 7 === 0 ? String(x % 1000) : '') + ' '
    parts.push(word)
    length += word.length
  }
  return Buffer.from(parts.join('')).subarray(0, bytes)
}

let work: string
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'zip-test-'))
})
afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

type Tree = Record<string, string | Buffer | { content: string | Buffer; mode: number }>

async function makeTree(root: string, tree: Tree, options: { reverse?: boolean; mtime?: number } = {}) {
  const entries = Object.entries(tree)
  if (options.reverse) entries.reverse()
  for (const [name, spec] of entries) {
    const file = path.join(root, name)
    await mkdir(name.endsWith('/') ? file : path.dirname(file), { recursive: true })
    if (name.endsWith('/')) continue
    const { content, mode } =
      typeof spec === 'object' && !Buffer.isBuffer(spec) ? spec : { content: spec, mode: 0o644 }
    await writeFile(file, content)
    await chmod(file, mode)
    if (options.mtime !== undefined) await utimes(file, options.mtime, options.mtime)
  }
}

const big = randomBytes(3 * 1024 * 1024 + 123)
const text = compressibleText(2_500_000, 3)
const sampleTree = (): Tree => ({
  bootstrap: { content: '#!/bin/sh\necho hi\n', mode: 0o644 },
  'bin/tool': { content: 'tool', mode: 0o600 },
  'lib/libx.so': compressibleText(5000),
  'python/pkg/__init__.py': compressibleText(20_000, 7),
  'python/pkg/data.bin': big,
  'python/pkg/text.txt': text,
  'python/pkg/run.sh': { content: '#!/bin/sh\n', mode: 0o700 },
  'python/pkg/empty.txt': '',
  'python/pkg/tiny': 'x',
  'python/pkg/zoé.txt': 'unicode name',
  'python/pkg-extra/a.txt': 'sorts after python/pkg/ by byte order',
  'empty-dir/': '',
})

describe('zipDirectory', () => {
  it('produces identical bytes for the same contents regardless of location, mtimes, modes and creation order', async () => {
    const first = path.join(work, 'one', 'layer')
    const second = path.join(work, 'somewhere', 'else', 'layer')
    await makeTree(first, sampleTree(), { mtime: 1_000_000_000 })
    await makeTree(second, sampleTree(), { reverse: true, mtime: 1_700_000_000 })
    await chmod(path.join(second, 'lib/libx.so'), 0o600) // a different umask: not executable either way

    const a = await zipDirectory(first, path.join(work, 'a.zip'))
    const b = await zipDirectory(second, path.join(work, 'b.zip'))

    expect(b.codeSha256).toBe(a.codeSha256)
    expect((await readFile(b.path)).equals(await readFile(a.path))).toBe(true)
    expect(a.codeSha256).toBe(
      createHash('sha256')
        .update(await readFile(a.path))
        .digest('base64'),
    )
  })

  it('digests the contents: same files give the same digest, a changed byte, name or mode another one', async () => {
    const base = path.join(work, 'digest', 'base')
    await makeTree(base, { 'python/a.txt': 'abc', 'bin/tool': { content: 'x', mode: 0o755 } })
    const changedByte = path.join(work, 'digest', 'byte')
    await makeTree(changedByte, { 'python/a.txt': 'abd', 'bin/tool': { content: 'x', mode: 0o755 } })
    const renamed = path.join(work, 'digest', 'name')
    await makeTree(renamed, { 'python/b.txt': 'abc', 'bin/tool': { content: 'x', mode: 0o755 } })
    const copy = path.join(work, 'digest', 'copy')
    await makeTree(
      copy,
      { 'python/a.txt': 'abc', 'bin/tool': { content: 'x', mode: 0o755 } },
      { reverse: true },
    )

    const digest = async (dir: string) => (await zipDirectory(dir, `${dir}.zip`)).contentDigest
    const original = await digest(base)
    expect(original).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(await digest(copy)).toBe(original)
    expect(await digest(changedByte)).not.toBe(original)
    expect(await digest(renamed)).not.toBe(original)
    await chmod(path.join(copy, 'python', 'a.txt'), 0o755)
    expect(await digest(copy)).not.toBe(original)
  })

  it('round-trips through Python zipfile with sorted names, contents and normalised modes', async () => {
    const tree = sampleTree()
    await makeTree(path.join(work, 'layer'), tree)
    const zip = await zipDirectory(path.join(work, 'layer'), path.join(work, 'layer.zip'))
    const entries = readWithPython(zip.path)

    const names = entries.map((e) => e.name)
    expect(names).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))))
    expect(names).toEqual([
      'bin/',
      'bin/tool',
      'bootstrap',
      'empty-dir/',
      'lib/',
      'lib/libx.so',
      'python/',
      'python/pkg-extra/',
      'python/pkg-extra/a.txt',
      'python/pkg/',
      'python/pkg/__init__.py',
      'python/pkg/data.bin',
      'python/pkg/empty.txt',
      'python/pkg/run.sh',
      'python/pkg/text.txt',
      'python/pkg/tiny',
      'python/pkg/zoé.txt',
    ])

    const byName = new Map(entries.map((e) => [e.name, e]))
    for (const [name, spec] of Object.entries(tree)) {
      if (name.endsWith('/')) continue
      const content = typeof spec === 'object' && !Buffer.isBuffer(spec) ? spec.content : spec
      expect({ name, sha256: byName.get(name)?.sha256 }).toEqual({ name, sha256: sha256(content) })
    }
    const modes = Object.fromEntries(entries.map((e) => [e.name, e.mode.toString(8)]))
    expect(modes).toMatchObject({
      'bin/': '40755',
      'bin/tool': '100755',
      bootstrap: '100755',
      'empty-dir/': '40755',
      'lib/libx.so': '100644',
      'python/pkg/run.sh': '100755',
      'python/pkg/__init__.py': '100644',
    })
    for (const entry of entries) {
      expect(entry.dateTime).toEqual([1980, 1, 1, 0, 0, 0])
      expect(entry.extra).toBe(0)
      expect(entry.createSystem).toBe(3)
    }
    // Deflated where it helps, stored where it does not (random bytes, a one-byte file).
    expect(byName.get('python/pkg/text.txt')?.compressType).toBe(8)
    expect(byName.get('python/pkg/__init__.py')?.compressType).toBe(8)
    expect(byName.get('python/pkg/data.bin')?.compressType).toBe(0)
    expect(byName.get('python/pkg/tiny')?.compressType).toBe(0)

    const files = Object.entries(tree).filter(([name]) => !name.endsWith('/'))
    expect(zip.fileCount).toBe(files.length)
    expect(zip.unzippedSize).toBe(entries.reduce((sum, e) => sum + e.size, 0))
    expect(zip.unzippedSize).toBe(big.length + 2_500_000 + 20_000 + 5000 + 18 + 4 + 10 + 1 + 12 + 37)
    expect(zip.zipSize).toBe((await readFile(zip.path)).length)
    expect(zip.zipSize).toBeLessThan(big.length + 1_000_000) // the text really was deflated
    expect(zip.skipped).toEqual([])
  })

  it('decides by the content whether deflating pays, whatever the file is called', async () => {
    const random = randomBytes(1_500_000)
    const tree: Tree = {
      'data/arrays.npz': compressibleText(300_000, 11), // an uncompressed archive deflates well
      'data/notes.txt': random.subarray(0, 300_000), // already compressed data does not
      'data/text-then-random.bin': Buffer.concat([compressibleText(1 << 20, 12), random]),
      'data/random-then-text.bin': Buffer.concat([random, compressibleText(1 << 20, 13)]),
    }
    await makeTree(path.join(work, 'layer'), tree)
    const zip = await zipDirectory(path.join(work, 'layer'), path.join(work, 'layer.zip'))
    const entries = new Map(readWithPython(zip.path).map((e) => [e.name, e]))

    for (const [name, content] of Object.entries(tree))
      expect(entries.get(name)?.sha256).toBe(sha256(content as Buffer))
    expect(entries.get('data/arrays.npz')?.compressType).toBe(8)
    expect(entries.get('data/notes.txt')?.compressType).toBe(0)
    // A large file's first chunk decides its method; a later chunk that does not pay is stored inside the stream.
    expect(entries.get('data/text-then-random.bin')?.compressType).toBe(8)
    expect(entries.get('data/random-then-text.bin')?.compressType).toBe(0)
    // Stored: the random bytes and the file that starts with them; deflated to less than half: the text elsewhere.
    const incompressible = 300_000 + 1_500_000 + (1_500_000 + (1 << 20))
    const text = 300_000 + (1 << 20)
    expect(zip.zipSize).toBeGreaterThan(incompressible)
    expect(zip.zipSize).toBeLessThan(incompressible + text / 2)
  })

  it('keeps symlinks that stay inside the root as content and skips the rest', async () => {
    const root = path.join(work, 'layer')
    const secret = 'TOP-SECRET-OUTSIDE-CONTENT'
    await makeTree(path.join(work, 'outside'), { 'secret.txt': secret, 'dir/also-secret.txt': secret })
    await makeTree(root, {
      'python/real/mod.py': 'print(1)\n',
      'bin/real-tool': { content: 'x', mode: 0o755 },
    })
    await symlink('real/mod.py', path.join(root, 'python/alias.py'))
    await symlink('real', path.join(root, 'python/linked-dir'))
    await symlink('../..', path.join(root, 'python/real/loop'))
    await symlink(path.join(work, 'outside/secret.txt'), path.join(root, 'python/abs-outside.txt'))
    await symlink('../../outside/secret.txt', path.join(root, 'python/rel-outside.txt'))
    await symlink('../../outside/dir', path.join(root, 'python/outside-dir'))
    await symlink('missing.txt', path.join(root, 'python/dangling.txt'))

    const zip = await zipDirectory(root, path.join(work, 'layer.zip'))
    const entries = readWithPython(zip.path)
    const names = entries.map((e) => e.name)

    expect(names).toEqual([
      'bin/',
      'bin/real-tool',
      'python/',
      'python/alias.py',
      'python/linked-dir/',
      'python/linked-dir/mod.py',
      'python/real/',
      'python/real/mod.py',
    ])
    const content = sha256('print(1)\n')
    expect(entries.filter((e) => e.name.endsWith('.py')).map((e) => e.sha256)).toEqual([
      content,
      content,
      content,
    ])
    expect(entries.some((e) => e.sha256 === sha256(secret))).toBe(false)
    expect((await readFile(zip.path)).includes(secret)).toBe(false)
    expect(zip.skipped.map((line) => line.split(':')[0]).sort()).toEqual([
      'python/abs-outside.txt',
      'python/dangling.txt',
      'python/linked-dir/loop',
      'python/outside-dir',
      'python/real/loop',
      'python/rel-outside.txt',
    ])
  })

  it('writes a valid empty zip for an empty folder and leaves out a zip written inside the root', async () => {
    const root = path.join(work, 'layer')
    await mkdir(root)
    const empty = await zipDirectory(root, path.join(work, 'empty.zip'))
    expect(readWithPython(empty.path)).toEqual([])
    expect(empty).toMatchObject({ zipSize: 22, unzippedSize: 0, fileCount: 0 })

    await writeFile(path.join(root, 'a.txt'), 'a')
    await zipDirectory(root, path.join(root, 'self.zip'))
    const again = await zipDirectory(root, path.join(root, 'self.zip'))
    expect(readWithPython(again.path).map((e) => e.name)).toEqual(['a.txt'])

    await expect(zipDirectory(path.join(work, 'missing'), path.join(work, 'x.zip'))).rejects.toThrow(
      UserError,
    )
  })

  it('switches to ZIP64 above 65535 entries', async () => {
    // 1000 real files seen through 67 folder symlinks: 67,067 entries without creating 67,000 files.
    const root = path.join(work, 'layer')
    await mkdir(path.join(root, 'base'), { recursive: true })
    await Promise.all(
      Array.from({ length: 1000 }, (_, f) =>
        writeFile(path.join(root, 'base', `f${String(f).padStart(3, '0')}`), `${f}`),
      ),
    )
    for (let d = 0; d < 66; d++) await symlink('base', path.join(root, `link${String(d).padStart(2, '0')}`))

    const zip = await zipDirectory(root, path.join(work, 'many.zip'))
    expect(zip.fileCount).toBe(67 * 1000)

    const bytes = await readFile(zip.path)
    expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(0xffff) // EOCD entry count saturated
    expect(bytes.readUInt32LE(bytes.length - 22 - 20)).toBe(0x07064b50) // ZIP64 locator in front of it
    const script = `
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    names = z.namelist()
    print(len(names), len(set(names)), z.read('link65/f999').decode(), z.read('base/f000').decode(), names[-1])
`
    const output = execFileSync('python3', ['-c', script, zip.path]).toString().trim()
    expect(output).toBe('67067 67067 999 0 link65/f999')
  }, 60_000)
})
