import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { computeFingerprint, type FingerprintSource } from '../../src/fingerprint/digest.js'
import { findRuntime } from '../../src/core/runtimes.js'
import { resolveLockfiles } from '../../src/fingerprint/lockfiles.js'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const python = findRuntime('python3.12')!
const AUTO = ['requirements*.txt', 'uv.lock', 'poetry.lock', 'Pipfile.lock']

async function fingerprintOf(dir: string, patterns: string[], overrides: Partial<FingerprintSource> = {}) {
  const lockfiles = await resolveLockfiles(dir, patterns, AUTO, 'python3.12')
  return computeFingerprint({
    lockfiles,
    runtime: python,
    architectures: ['x86_64'],
    builder: 'python',
    builderSettings: { platforms: ['manylinux2014_x86_64'] },
    layoutVersion: '1',
    ...overrides,
  })
}

describe('resolveLockfiles', () => {
  it('auto-detects the runtime family lockfiles, sorted by path', async () => {
    const dir = project({
      'requirements.txt': 'a',
      'requirements-extra.txt': 'b',
      'poetry.lock': 'c',
      'README.md': '',
    })
    const found = await resolveLockfiles(dir, [], AUTO, 'python3.12')
    expect(found.map((l) => l.relativePath)).toEqual([
      'poetry.lock',
      'requirements-extra.txt',
      'requirements.txt',
    ])
  })

  it('expands globs relative to the working directory', async () => {
    const dir = project({ 'a/req.txt': '1', 'b/req.txt': '2', 'b/other.txt': '3' })
    const found = await resolveLockfiles(dir, ['*/req.txt'], AUTO, 'python3.12')
    expect(found.map((l) => l.relativePath)).toEqual(['a/req.txt', 'b/req.txt'])
  })

  it('names the lockfiles input when an entry matches nothing', async () => {
    const dir = project({ 'requirements.txt': 'a' })
    await expect(
      resolveLockfiles(dir, ['requirements.txt', 'missing.lock'], AUTO, 'python3.12'),
    ).rejects.toThrow(
      new InputError('lockfiles', 'paths or globs that match files in working-directory', 'missing.lock'),
    )
  })

  it('says what it looked for when nothing is detected', async () => {
    const dir = project({ 'README.md': '' })
    await expect(resolveLockfiles(dir, [], AUTO, 'python3.12')).rejects.toThrow(
      /requirements\*\.txt.*'lockfiles' input/,
    )
  })
})

describe('computeFingerprint', () => {
  it('is a stable hex sha256, independent of the order lockfiles are listed in', async () => {
    const dir = project({ 'a.txt': 'x', 'b.txt': 'y' })
    const one = await fingerprintOf(dir, ['a.txt', 'b.txt'])
    expect(one).toMatch(/^[0-9a-f]{64}$/)
    expect(await fingerprintOf(dir, ['b.txt', 'a.txt'])).toBe(one)
  })

  it('is the same for the same content in another folder', async () => {
    const a = await fingerprintOf(project({ 'requirements.txt': 'six==1.16.0\n' }), [])
    const b = await fingerprintOf(project({ 'requirements.txt': 'six==1.16.0\n' }), [])
    expect(a).toBe(b)
  })

  it('changes with lockfile bytes, paths, runtime, architecture, builder settings and layout', async () => {
    const dir = project({ 'requirements.txt': 'six==1.16.0\n' })
    const base = await fingerprintOf(dir, [])
    const variants = await Promise.all([
      fingerprintOf(project({ 'requirements.txt': 'six==1.16.0 \n' }), []),
      fingerprintOf(project({ 'requirements-prod.txt': 'six==1.16.0\n' }), []),
      fingerprintOf(dir, [], { runtime: findRuntime('python3.13')! }),
      fingerprintOf(dir, [], { architectures: ['arm64'] }),
      fingerprintOf(dir, [], { builderSettings: { platforms: ['manylinux2014_aarch64'] } }),
      fingerprintOf(dir, [], { builder: 'custom' }),
      fingerprintOf(dir, [], { layoutVersion: '2' }),
    ])
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1)
  })

  it('does not depend on the order of keys in builder settings', async () => {
    const dir = project({ 'requirements.txt': 'x' })
    const a = await fingerprintOf(dir, [], { builderSettings: { a: 1, b: [1, 2] } })
    const b = await fingerprintOf(dir, [], { builderSettings: { b: [1, 2], a: 1 } })
    expect(a).toBe(b)
  })
})
