import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { computeFingerprint, type FingerprintSource } from '../../src/fingerprint/digest.js'
import { findRuntime } from '../../src/core/runtimes.js'
import { autoDetectLockfiles, resolveLockfiles } from '../../src/fingerprint/lockfiles.js'
import { coveredFiles, lockedLocalPaths } from '../../src/fingerprint/covered.js'
import { canonicalRequirements, requirementReferences } from '../../src/fingerprint/requirements.js'
import { splitGlobs } from '../../src/inputs.js'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const python = findRuntime('python3.12')!
const AUTO = autoDetectLockfiles('python')

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

/** coveredFiles for the lockfiles auto-detected in `dir`, and the fingerprint over them (a build-command's if given). */
async function coveredFingerprint(
  dir: string,
  cover: { env?: NodeJS.ProcessEnv; buildCommand?: string } = {},
) {
  const { env = {}, buildCommand } = cover
  const lockfiles = await coveredFiles({
    workingDirectory: dir,
    family: 'python',
    lockfiles: await resolveLockfiles(dir, [], AUTO, 'python3.12'),
    buildCommand,
    env,
  })
  const fingerprint = await computeFingerprint({
    lockfiles,
    runtime: python,
    architectures: ['x86_64'],
    builder: buildCommand ? 'custom' : 'python',
    builderSettings: buildCommand ? { buildCommand } : {},
    layoutVersion: '2',
  })
  return { fingerprint, names: lockfiles.map((l) => l.relativePath) }
}

describe('resolveLockfiles', () => {
  it('auto-detects runtime dependencies only: requirements.txt, else the first project lockfile', async () => {
    const dir = project({
      'requirements.txt': 'a',
      'requirements-dev.txt': 'b',
      'requirements-test.txt': 'b',
      'poetry.lock': 'c',
      'README.md': '',
    })
    const found = await resolveLockfiles(dir, [], AUTO, 'python3.12')
    expect(found.map((l) => l.relativePath)).toEqual(['requirements.txt'])
    const noRequirements = project({ 'requirements-dev.txt': 'b', 'poetry.lock': 'c', 'Pipfile.lock': '{}' })
    expect(
      (await resolveLockfiles(noRequirements, [], AUTO, 'python3.12')).map((l) => l.relativePath),
    ).toEqual(['poetry.lock'])
  })

  it('finds symlinked lockfiles by name and by glob', async () => {
    const dir = project({ 'shared/requirements.txt': 'six\n', 'app/real.txt': 'idna\n' })
    symlinkSync(path.join(dir, 'shared/requirements.txt'), path.join(dir, 'requirements.txt'))
    symlinkSync(path.join(dir, 'shared/requirements.txt'), path.join(dir, 'app/linked.txt'))
    expect((await resolveLockfiles(dir, [], AUTO, 'python3.12')).map((l) => l.relativePath)).toEqual([
      'requirements.txt',
    ])
    expect(
      (await resolveLockfiles(dir, ['app/*.txt'], AUTO, 'python3.12')).map((l) => l.relativePath),
    ).toEqual(['app/linked.txt', 'app/real.txt'])
  })

  it('accepts the glob syntax people know: braces, classes, globstar and negation', async () => {
    const dir = project({
      'svc/a/requirements.txt': '1',
      'svc/b/requirements.txt': '2',
      'svc/c/requirements.txt': '3',
      'svc/a/deep/er/requirements.txt': '4',
      'node_modules/x/requirements.txt': '5',
    })
    const names = async (patterns: string[]) =>
      (await resolveLockfiles(dir, patterns, AUTO, 'python3.12')).map((l) => l.relativePath)
    expect(await names(['svc/{a,b}/requirements.txt'])).toEqual([
      'svc/a/requirements.txt',
      'svc/b/requirements.txt',
    ])
    expect(await names(['svc/[bc]/requirements.txt'])).toEqual([
      'svc/b/requirements.txt',
      'svc/c/requirements.txt',
    ])
    expect(await names(['**/requirements.txt', '!svc/a/**'])).toEqual([
      'svc/b/requirements.txt',
      'svc/c/requirements.txt',
    ])
    await expect(names(['!svc/a/**'])).rejects.toThrow(InputError)
    expect(splitGlobs('svc/{a,b}/requirements.txt, other.txt\n!x')).toEqual([
      'svc/{a,b}/requirements.txt',
      'other.txt',
      '!x',
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
      /requirements\.txt, uv\.lock.*'lockfiles' input/,
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
      fingerprintOf(project({ 'requirements-prod.txt': 'six==1.16.0\n' }), ['requirements-prod.txt']),
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

describe('requirement files', () => {
  it('canonical text ignores comments, blank lines, CRLF and trailing whitespace', () => {
    const plain = 'six==1.17.0\nidna==3.10 ; python_version >= "3.9"\n'
    const noisy =
      '# pinned by hand\r\n\r\nsix==1.17.0   # the old one\r\n  \r\nidna==3.10 ; python_version >= "3.9"\t\r\n'
    expect(canonicalRequirements(noisy)).toBe(canonicalRequirements(plain))
    expect(canonicalRequirements('six==1.17.0\n')).not.toBe(canonicalRequirements('six==1.16.0\n'))
    // '#' inside a URL fragment is not a comment: it has no whitespace before it.
    expect(canonicalRequirements('pkg @ https://x/p.whl#sha256=ab\n')).toContain('#sha256=ab')
  })

  it('finds includes, constraints, find-links, local packages and editables', () => {
    const refs = requirementReferences(
      [
        '-r base.txt',
        '--requirement=more.txt',
        '-c constraints.txt',
        '--find-links ./wheels',
        '-f https://example.invalid/simple',
        './vendor/tiny-1.0-py3-none-any.whl',
        'mypkg @ file:///opt/src/mypkg',
        '-e ./localpkg',
        'six==1.17.0 --hash=sha256:abc',
        '--index-url https://example.invalid/simple',
      ].join('\n'),
    )
    expect(refs.requirements).toEqual(['base.txt', 'more.txt'])
    expect(refs.constraints).toEqual(['constraints.txt'])
    expect(refs.findLinks).toEqual(['./wheels'])
    expect(refs.localPaths).toEqual(['./vendor/tiny-1.0-py3-none-any.whl', '/opt/src/mypkg'])
    expect(refs.editables.map((e) => e.text)).toEqual(['-e ./localpkg'])
    expect(refs.requirementCount).toBe(4)
    expect(requirementReferences('# nothing here\n\n--index-url https://x/simple\n').requirementCount).toBe(0)
  })
})

describe('coveredFiles', () => {
  const names = async (
    dir: string,
    family: 'python' | 'node' | 'provided',
    lockfiles: string[],
    extra = {},
  ) =>
    (
      await coveredFiles({
        workingDirectory: dir,
        family,
        lockfiles: lockfiles.map((f) => ({ relativePath: f, absolutePath: path.join(dir, f) })),
        env: {},
        ...extra,
      })
    ).map((l) => `${l.relativePath}${l.kind ? ` (${l.kind})` : ''}`)

  it('follows requirement includes recursively, PIP_CONSTRAINT, local wheels, folders and find-links', async () => {
    const dir = project({
      'requirements.txt': '-r reqs/base.txt\n-c constraints.txt\n./vendor/tiny-1.0-py3-none-any.whl\n',
      'reqs/base.txt': '-r common.txt\n--find-links ../wheels\n',
      'reqs/common.txt': 'six\n../localpkg\n',
      'constraints.txt': 'six<2\n',
      'pins.txt': 'idna<4\n',
      'vendor/tiny-1.0-py3-none-any.whl': 'zip',
      'wheels/a.whl': 'zip',
      'localpkg/pyproject.toml': '[project]\n',
    })
    expect(await names(dir, 'python', ['requirements.txt'], { env: { PIP_CONSTRAINT: 'pins.txt' } })).toEqual(
      [
        'constraints.txt (requirements)',
        'localpkg (folder)',
        'pins.txt (requirements)',
        'reqs/base.txt (requirements)',
        'reqs/common.txt (requirements)',
        'requirements.txt (requirements)',
        'vendor/tiny-1.0-py3-none-any.whl',
        'wheels (folder)',
      ],
    )
  })

  it("covers the requirement files uv's variables name, and what they include", async () => {
    const dir = project({
      'requirements.txt': 'six\n',
      'c.txt': '-r more.txt\n',
      'more.txt': 'six<2\n',
      'o.txt': 'six==1.16.0\n',
      'x.txt': 'idna\n',
      'b.txt': 'setuptools<80\n',
    })
    const env = {
      UV_CONSTRAINT: 'c.txt',
      UV_OVERRIDE: 'o.txt',
      UV_EXCLUDE: 'x.txt',
      UV_BUILD_CONSTRAINT: 'b.txt',
    }
    expect(await names(dir, 'python', ['requirements.txt'], { env })).toEqual([
      'b.txt (requirements)',
      'c.txt (requirements)',
      'more.txt (requirements)',
      'o.txt (requirements)',
      'requirements.txt (requirements)',
      'x.txt (requirements)',
    ])
  })

  it('names a constraint file outside working-directory by its variable, so two runners agree', async () => {
    const fp = async (depth: string) => {
      const root = project({
        [`${depth}/app/requirements.txt`]: 'six\n',
        'temp/c.txt': '-r more.txt\n./wheels\n',
        'temp/more.txt': 'six<2\n',
        'temp/wheels/a.whl': 'zip',
      })
      const dir = path.join(root, depth, 'app')
      return coveredFingerprint(dir, { env: { PIP_CONSTRAINT: path.join(root, 'temp/c.txt') } })
    }
    const shallow = await fp('w')
    const deep = await fp('home/runner/work/repo')
    expect(shallow.names).toEqual([
      '$PIP_CONSTRAINT',
      '$PIP_CONSTRAINT > ./wheels',
      '$PIP_CONSTRAINT > more.txt',
      'requirements.txt',
    ])
    expect(deep.fingerprint).toBe(shallow.fingerprint)
  })

  it('covers pyproject.toml and local packages of uv.lock and poetry.lock', async () => {
    const uvLock = [
      '[[package]]',
      'name = "app"',
      'source = { editable = "." }',
      '[[package]]',
      'name = "shared"',
      'source = { directory = "libs/shared" }',
      '',
    ].join('\n')
    const poetryLock = [
      '[[package]]',
      'name = "tool"',
      '[package.source]',
      'type = "file"',
      'url = "dist/tool-1.0-py3-none-any.whl"',
      '',
    ].join('\n')
    expect(lockedLocalPaths(uvLock)).toEqual(['libs/shared'])
    expect(lockedLocalPaths(poetryLock)).toEqual(['dist/tool-1.0-py3-none-any.whl'])
    const dir = project({
      'uv.lock': uvLock,
      'pyproject.toml': '[project]\n',
      'libs/shared/pyproject.toml': '',
    })
    expect(await names(dir, 'python', ['uv.lock'])).toEqual([
      'libs/shared (folder)',
      'pyproject.toml',
      'uv.lock',
    ])
  })

  it('covers Node config files, patch folders and file: packages', async () => {
    const dir = project({
      'package-lock.json': '{}',
      'package.json': JSON.stringify({ dependencies: { ms: '2.1.3', local: 'file:./libs/local' } }),
      '.npmrc': 'ignore-scripts=true\n',
      'patches/ms+2.1.3.patch': '--- a\n',
      'libs/local/package.json': '{}',
    })
    expect(await names(dir, 'node', ['package-lock.json'])).toEqual([
      '.npmrc',
      'libs/local (folder)',
      'package-lock.json',
      'patches (folder)',
    ])
    // A build-command that runs npm reads the same files.
    writeFileSync(path.join(dir, 'build.sh'), 'npm ci --omit=dev\n')
    expect(await names(dir, 'node', ['package-lock.json'], { buildCommand: 'bash build.sh' })).toEqual([
      '.npmrc',
      'build.sh',
      'libs/local (folder)',
      'package-lock.json',
      'patches (folder)',
    ])
  })

  it('covers the script build-command runs and Cargo.toml beside Cargo.lock', async () => {
    const dir = project({
      'Cargo.lock': '',
      'Cargo.toml': '',
      'build.sh': 'cargo build\n',
      'scripts/pack.sh': '',
    })
    expect(
      await names(dir, 'provided', ['Cargo.lock'], {
        buildCommand: 'bash build.sh && ./scripts/pack.sh --fast',
      }),
    ).toEqual(['Cargo.lock', 'Cargo.toml', 'build.sh', 'scripts/pack.sh'])
  })

  it("leaves a project lockfile's neighbours to the built-in builder: a build-command's use of uv.lock is its own", async () => {
    const dir = project({
      'uv.lock': '[[package]]\nname = "lib"\nsource = { editable = "packages/lib" }\n',
      'pyproject.toml': '[project]\n',
      'packages/lib/pyproject.toml': '',
      'build.sh': 'uv export > r.txt\n',
    })
    expect(await names(dir, 'python', ['uv.lock'])).toEqual([
      'packages/lib (folder)',
      'pyproject.toml',
      'uv.lock',
    ])
    expect(await names(dir, 'python', ['uv.lock'], { buildCommand: 'bash build.sh' })).toEqual([
      'build.sh',
      'uv.lock',
    ])
  })

  it('covers requirement files and their includes, canonical, when a build-command builds a Python layer', async () => {
    const fp = async (files: Record<string, string>) => {
      const dir = project({ 'build.sh': 'pip install -r requirements.txt -t layer\n', ...files })
      return coveredFingerprint(dir, { buildCommand: 'bash build.sh' })
    }
    const base = await fp({
      'requirements.txt': '-r base.txt\n-c pins.txt\n',
      'base.txt': 'six\n',
      'pins.txt': 'six<2\n',
    })
    expect(base.names).toEqual(['base.txt', 'build.sh', 'pins.txt', 'requirements.txt'])
    const cosmetic = await fp({
      'requirements.txt': '# deps\r\n-r base.txt\r\n\r\n-c pins.txt  # why\r\n',
      'base.txt': 'six\n',
      'pins.txt': 'six<2\n',
    })
    expect(cosmetic.fingerprint).toBe(base.fingerprint)
    const included = await fp({
      'requirements.txt': '-r base.txt\n-c pins.txt\n',
      'base.txt': 'six\n',
      'pins.txt': 'six<1.17\n',
    })
    expect(included.fingerprint).not.toBe(base.fingerprint)
  })

  it('gives one fingerprint for requirement files that differ only in comments and line endings', async () => {
    const fp = async (text: string) => {
      const dir = project({ 'requirements.txt': text, 'base.txt': 'six==1.17.0\n' })
      return (await coveredFingerprint(dir)).fingerprint
    }
    const base = await fp('-r base.txt\nidna==3.10\n')
    expect(await fp('# deps\r\n-r base.txt\r\n\r\nidna==3.10  # why\r\n')).toBe(base)
    expect(await fp('-r base.txt\nidna==3.9\n')).not.toBe(base)
  })
})
