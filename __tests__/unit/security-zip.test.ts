// Issue 7, part 3: symlinks and `..` can never take files from outside the layer folder into the zip.
// Written against the public API of src/package/zip.ts (zipDirectory); the zip is read back with Python's zipfile.
import { execFileSync } from 'node:child_process'
import { link, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { zipDirectory } from '../../src/package/zip.js'

const SECRET = 'AKIA-not-for-the-layer-7f3c'

interface Entry {
  name: string
  content: string
}

function readZip(zipPath: string): Entry[] {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps([dict(name=i.filename, content=z.read(i).decode('latin-1')) for i in z.infolist()]))
`
  return JSON.parse(execFileSync('python3', ['-c', script, zipPath]).toString())
}

/** A workspace with a secret outside the layer folder, and the layer folder itself. */
async function setUp() {
  const base = await mkdtemp(path.join(tmpdir(), 'zip-security-'))
  const outside = path.join(base, 'outside')
  const root = path.join(base, 'work', 'layer')
  await mkdir(path.join(outside, 'dir'), { recursive: true })
  await mkdir(path.join(root, 'python'), { recursive: true })
  await writeFile(path.join(outside, 'secret.txt'), SECRET)
  await writeFile(path.join(outside, 'dir', 'secret.txt'), SECRET)
  await writeFile(path.join(base, 'work', 'sibling.txt'), SECRET)
  await writeFile(path.join(root, 'python', 'ok.py'), 'print(1)\n')
  return { base, outside, root, zipPath: path.join(base, 'layer.zip') }
}

function expectNothingFromOutside(entries: Entry[]): void {
  for (const entry of entries) {
    expect(entry.content).not.toContain(SECRET)
    expect(entry.name.startsWith('/')).toBe(false)
    expect(entry.name.split('/')).not.toContain('..')
  }
}

describe('zipDirectory keeps everything from outside the layer folder out', () => {
  it('skips absolute and relative symlinks to files outside, including through ..', async () => {
    const { outside, root, zipPath } = await setUp()
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'python', 'absolute.txt'))
    await symlink('../../../outside/secret.txt', path.join(root, 'python', 'relative.txt'))
    await symlink('../sibling.txt', path.join(root, 'sibling.txt'))
    await symlink('python/../../sibling.txt', path.join(root, 'dotdot-inside-out.txt'))

    const zip = await zipDirectory(root, zipPath)
    const entries = readZip(zipPath)
    expectNothingFromOutside(entries)
    expect(entries.map((e) => e.name).filter((n) => !n.endsWith('/'))).toEqual(['python/ok.py'])
    expect(zip.skipped).toHaveLength(4)
  })

  it('skips symlinked folders that lead outside, the parent folder and the root itself', async () => {
    const { outside, root, zipPath } = await setUp()
    await symlink(path.join(outside, 'dir'), path.join(root, 'python', 'vendored'))
    await symlink('..', path.join(root, 'parent'))
    await symlink('.', path.join(root, 'python', 'self'))
    await symlink(root, path.join(root, 'root'))
    await symlink('/', path.join(root, 'filesystem'))

    await zipDirectory(root, zipPath)
    const entries = readZip(zipPath)
    expectNothingFromOutside(entries)
    expect(entries.map((e) => e.name).filter((n) => !n.endsWith('/'))).toEqual(['python/ok.py'])
  })

  it('skips a chain of symlinks inside the folder whose last link leads outside', async () => {
    const { outside, root, zipPath } = await setUp()
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'python', 'c.txt'))
    await symlink('c.txt', path.join(root, 'python', 'b.txt'))
    await symlink('b.txt', path.join(root, 'python', 'a.txt'))

    await zipDirectory(root, zipPath)
    const entries = readZip(zipPath)
    expectNothingFromOutside(entries)
    expect(entries.map((e) => e.name)).not.toEqual(expect.arrayContaining(['python/a.txt']))
  })

  it('keeps a symlink that stays inside as the content it points to, under its own name', async () => {
    const { root, zipPath } = await setUp()
    await symlink('ok.py', path.join(root, 'python', 'alias.py'))

    await zipDirectory(root, zipPath)
    const entries = readZip(zipPath)
    expect(entries.find((e) => e.name === 'python/alias.py')?.content).toBe('print(1)\n')
    expectNothingFromOutside(entries)
  })

  it('names that look like .. are plain names, never a way up', async () => {
    const { root, zipPath } = await setUp()
    await writeFile(path.join(root, 'python', '..data'), 'dots')
    await writeFile(path.join(root, 'python', '...'), 'three dots')

    await zipDirectory(root, zipPath)
    const names = readZip(zipPath).map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['python/..data', 'python/...']))
    for (const name of names) expect(name.split('/')).not.toContain('..')
  })

  it('a hard link is the same file, so its content is the layer folder’s own (nothing is followed)', async () => {
    const { root, zipPath } = await setUp()
    await link(path.join(root, 'python', 'ok.py'), path.join(root, 'python', 'hard.py'))
    await zipDirectory(root, zipPath)
    expect(readZip(zipPath).find((e) => e.name === 'python/hard.py')?.content).toBe('print(1)\n')
  })
})
