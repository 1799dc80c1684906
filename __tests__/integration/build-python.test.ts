// Real uv against PyPI: wheels for the Lambda platform, whatever machine runs the test.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { jest } from '@jest/globals'
import { InputError, UserError } from '../../src/core/errors.js'
import { runCommand, type RunCommand } from '../../src/core/exec.js'
import { builderName, builderSettings } from '../../src/builders/build.js'
import { buildLayer } from '../helpers/build.js'
import { platformTags } from '../../src/builders/python.js'
import { obtainUv } from '../../src/builders/uv.js'
import { packLayer } from '../../src/package/pack.js'
import { findRuntime, type Architecture } from '../../src/core/runtimes.js'
import type { BuildRequest } from '../../src/builders/types.js'

jest.setTimeout(120_000)

const python312 = findRuntime('python3.12')!
const python311 = findRuntime('python3.11')!
const temps: string[] = []

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

/** An environment whose package index for uv is a loopback port nothing listens on, so uv cannot be downloaded. */
let closedPort = 0
beforeAll(async () => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closedPort = (server.address() as AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
})
const noUvEnv = () => ({ ...process.env, UV_DEFAULT_INDEX: `http://127.0.0.1:${closedPort}/simple` })

function project(files: Record<string, string>): { dir: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-python-'))
  temps.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)
  const out = path.join(dir, '.layer')
  mkdirSync(out)
  return { dir, out }
}

function request(
  files: Record<string, string>,
  options: { architectures?: Architecture[]; run?: RunCommand; runtime?: typeof python312 } = {},
): BuildRequest & { lines: string[] } {
  const { dir, out } = project(files)
  const lines: string[] = []
  return {
    runtime: options.runtime ?? python312,
    architectures: options.architectures ?? ['x86_64'],
    workingDirectory: dir,
    lockfiles: Object.keys(files).map((f) => path.join(dir, f)),
    outputDirectory: out,
    run: options.run ?? runCommand,
    log: (line) => lines.push(line),
    lines,
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? [path.join(dir, e.name) + '/', ...walk(path.join(dir, e.name))]
      : [path.join(dir, e.name)],
  )
}

/** e_machine of an ELF file, read independently of the code under test. */
function elfMachine(file: string): number {
  const fd = openSync(file, 'r')
  const header = Buffer.alloc(20)
  readSync(fd, header, 0, 20, 0)
  closeSync(fd)
  expect(header.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  return header.readUInt16LE(18)
}

describe.each([
  ['x86_64', 62],
  ['arm64', 183],
] as const)('python layer for %s', (arch, machine) => {
  it(`installs manylinux wheels whose shared objects are all e_machine ${machine}`, async () => {
    const req = request(
      { 'requirements.txt': 'markupsafe==3.0.3\npyyaml==6.0.3\n' },
      { architectures: [arch] },
    )
    const layer = await buildLayer(req)

    expect(layer.root).toBe(req.outputDirectory)
    const files = walk(path.join(layer.root, 'python'))
    const sharedObjects = files.filter((f) => f.endsWith('.so'))
    expect(sharedObjects.length).toBeGreaterThanOrEqual(2)
    for (const so of sharedObjects)
      expect([path.basename(so), elfMachine(so)]).toEqual([path.basename(so), machine])
    expect(files.some((f) => f.includes('/markupsafe/') && f.endsWith('__init__.py'))).toBe(true)
    expect(files.some((f) => f.includes('/yaml/'))).toBe(true)
    expect(files.filter((f) => f.includes('__pycache__') || f.endsWith('.pyc'))).toEqual([])
    expect(existsSync(path.join(layer.root, 'python', 'bin'))).toBe(false)
  })
})

it("hands the zip the wheels' deflated bytes, and the zip reads back whole", async () => {
  const req = request({ 'requirements.txt': 'markupsafe==3.0.3\nsix==1.17.0\n' })
  const layer = await buildLayer(req)
  const predeflated = layer.predeflated!
  expect(req.lines).toContainEqual(
    expect.stringMatching(/^The zip takes \d+ files' deflated bytes from their wheels$/),
  )
  // Every installed file comes from a wheel unchanged, but RECORD (the installer rewrites it) and files too small
  // for their wheel to have deflated them (`py.typed`, `top_level.txt`).
  const installed = walk(path.join(layer.root, 'python')).filter((f) => !f.endsWith('/'))
  const names = installed.map((f) => path.relative(layer.root, f))
  const notOffered = installed.filter((f) => !predeflated.files.has(path.relative(layer.root, f)))
  expect(notOffered.filter((f) => !f.endsWith('.dist-info/RECORD') && statSync(f).size >= 64)).toEqual([])
  expect(predeflated.files.size).toBeGreaterThan(names.length / 2)
  expect(readdirSync(predeflated.folder).filter((f) => f.endsWith('.whl'))).toHaveLength(2)

  const zipPath = path.join(project({}).dir, 'layer.zip')
  const packed = await packLayer({ ...req, root: layer.root, zipPath, predeflated: predeflated.files })
  const script =
    'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(len(z.namelist()))'
  expect(Number(execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }))).toBeGreaterThan(
    names.length,
  )
  expect(packed.packages.map((p) => p.name).sort()).toEqual(['MarkupSafe', 'six'])
  expect(names).not.toContain('python/.lock')
  // uv's cache of the build is gone: no other name shares a layer file's bytes, and nothing is left beside it.
  expect(installed.filter((f) => statSync(f).nlink !== 1)).toEqual([])
  expect(readdirSync(path.dirname(req.outputDirectory)).filter((f) => f.includes('cache'))).toEqual([])
})

it('does not wait long for a wheel whose download stalls: the zip deflates its files itself', async () => {
  // A loopback index for six whose wheel answers uv's request and never anyone else's.
  const simple = await fetch('https://pypi.org/simple/six/', {
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  })
  const files = ((await simple.json()) as { files: { filename: string; url: string }[] }).files
  const listed = files.find((f) => f.filename === 'six-1.17.0-py2.py3-none-any.whl')!
  const wheel = Buffer.from(await (await fetch(listed.url)).arrayBuffer())
  const sha256 = createHash('sha256').update(wheel).digest('hex')
  const stalled: string[] = []
  const server = createServer((request, response) => {
    if (request.url === '/simple/six/') {
      response.setHeader('content-type', 'text/html')
      response.end(`<a href="/files/${listed.filename}#sha256=${sha256}">${listed.filename}</a>`)
    } else if (request.url === `/files/${listed.filename}`) {
      if (/^uv\//.test(request.headers['user-agent'] ?? '')) response.end(wheel)
      else stalled.push(request.headers['user-agent'] ?? '')
    } else {
      response.statusCode = 404
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const index = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple`
    const req = request({ 'requirements.txt': 'six==1.17.0\n' })
    req.tools = { uv: obtainUv(runCommand, req.workingDirectory, process.env) }
    req.env = { ...process.env, UV_DEFAULT_INDEX: index }
    const layer = await buildLayer(req)
    expect(readdirSync(path.join(layer.root, 'python'))).toContain('six.py')
    expect(stalled).toHaveLength(1)
    expect(req.lines).toContainEqual(
      `The zip takes 0 files' deflated bytes from their wheels, and deflates the rest itself ` +
        `(${index.replace('/simple', '')}/files/${listed.filename}: still coming when the install was done)`,
    )
    expect(layer.predeflated!.files.size).toBe(0)
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

it('installs several requirements files in one installer call', async () => {
  const calls: string[][] = []
  const run: RunCommand = (command, args, options) => {
    if (args.includes('install') && args.includes('-r')) calls.push(args)
    return runCommand(command, args, options)
  }
  const req = request(
    { 'requirements.txt': 'idna==3.11\n', 'requirements-extra.txt': 'six==1.17.0\n' },
    { run },
  )
  await buildLayer(req)
  expect(calls).toHaveLength(1)
  expect(calls[0].filter((a) => a === '-r')).toHaveLength(2)
  const top = readdirSync(path.join(req.outputDirectory, 'python'))
  expect(top).toEqual(expect.arrayContaining(['idna', 'six.py']))
})

it('builds from Pipfile.lock: the default section only', async () => {
  const lock = {
    _meta: {
      hash: { sha256: 'x' },
      'pipfile-spec': 6,
      sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }],
    },
    default: {
      markupsafe: { version: '==3.0.3', markers: "python_version >= '3.9'", index: 'pypi' },
      idna: { version: '==3.11', index: 'pypi' },
    },
    develop: { six: { version: '==1.17.0', index: 'pypi' } },
  }
  const req = request({ 'Pipfile.lock': JSON.stringify(lock) })
  await buildLayer(req)
  const top = readdirSync(path.join(req.outputDirectory, 'python'))
  expect(top).toEqual(expect.arrayContaining(['markupsafe', 'idna']))
  expect(top).not.toContain('six.py')
})

it('fails with the installer’s own message and a hint when a package does not resolve', async () => {
  const req = request({ 'requirements.txt': 'layer-action-no-such-package-4242==1.0\n' })
  const error = await buildLayer(req).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  const message = (error as Error).message
  expect(message).toContain('uv pip install failed')
  expect(message).toMatch(/layer-action-no-such-package-4242/)
  expect(message).toContain(
    "with a wheel for CPython 3.12 on x86_64-manylinux_2_34 (Lambda's x86_64 with glibc 2.34)",
  )
})

it('accepts only pure wheels for a layer shared by both architectures', async () => {
  const pure = request({ 'requirements.txt': 'idna==3.11\n' }, { architectures: ['x86_64', 'arm64'] })
  await buildLayer(pure)
  expect(readdirSync(path.join(pure.outputDirectory, 'python'))).toContain('idna')

  const native = request({ 'requirements.txt': 'pyyaml==6.0.3\n' }, { architectures: ['x86_64', 'arm64'] })
  await expect(buildLayer(native)).rejects.toThrow(
    /one architecture per layer when it contains native code: (PyYAML|pyyaml) has no pure-Python wheel/,
  )
})

it('refuses a layer for both architectures whose requirements differ by CPU, naming the packages', async () => {
  const req = request(
    { 'requirements.txt': 'idna==3.11\nsix==1.17.0 ; platform_machine == "aarch64"\n' },
    { architectures: ['x86_64', 'arm64'] },
  )
  const error = await buildLayer(req).catch((err: unknown) => err)
  expect(error).toBeInstanceOf(InputError)
  expect((error as Error).message).toContain(
    "Input 'architecture': expected one architecture per layer when its requirements resolve differently per CPU",
  )
  expect((error as Error).message).toContain('no six on x86_64, six==1.17.0 on arm64')
  expect((error as Error).message).not.toMatch(/idna/)
})

it('refuses to build with pip when uv cannot be had, saying why and how to provide uv', async () => {
  const warnings: string[] = []
  const commands: string[] = []
  const run: RunCommand = (command, args, options) => {
    commands.push([command, ...args].join(' '))
    if (command === 'uv') return runCommand('layer-action-uv-not-installed', args, options)
    if (args.some((a) => a.startsWith('uv==')))
      return Promise.resolve({ code: 1, stdout: '', stderr: 'offline' })
    return runCommand(command, args, options)
  }
  const req = {
    ...request({ 'requirements.txt': 'six==1.17.0\n' }, { run }),
    warn: (l: string) => warnings.push(l),
  }
  req.env = { ...noUvEnv(), RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'no-uv-')) }
  const error = await buildLayer(req).catch((err: unknown) => err)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(
    /needs uv \d+\.\d+\.\d+, which could not be installed \(fetch failed: .*ECONNREFUSED.*; with pip: offline\): add astral-sh\/setup-uv before this step, or make the uv==\d+\.\d+\.\d+ wheel reachable from the package index/,
  )
  // Nothing was installed: no layer folder, and pip was run for uv only, never for the requirements.
  expect(readdirSync(req.outputDirectory)).toEqual([])
  expect(commands.filter((c) => / -m pip install /.test(c) && !c.includes('uv=='))).toEqual([])
  expect(warnings).toEqual([])
})

it('names the missing tool for poetry.lock', async () => {
  const run: RunCommand = (command, args, options) =>
    runCommand(command === 'poetry' ? 'layer-action-poetry-not-installed' : command, args, options)
  const req = request({ 'poetry.lock': '# poetry\n' }, { run })
  await expect(buildLayer(req)).rejects.toThrow(
    /needs Poetry, which is not installed: .*poetry-plugin-export/,
  )
})

describe('uv.lock', () => {
  // uv is not part of the machine: the test installs it into .tools/ (git-ignored) on first use.
  const uv = path.resolve('.tools', 'uv', 'bin', 'uv')
  const runWithUv: RunCommand = (command, args, options) =>
    runCommand(command === 'uv' ? uv : command, args, options)

  beforeAll(async () => {
    if (existsSync(uv)) return
    const args = [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--no-cache-dir',
      '--target',
      path.resolve('.tools', 'uv'),
      'uv',
    ]
    expect((await runCommand('python3', args, { cwd: process.cwd() })).code).toBe(0)
  })

  it('exports the locked runtime dependencies (no dev group) and installs them', async () => {
    const pyproject = [
      '[project]',
      'name = "fixture"',
      'version = "0.1.0"',
      'requires-python = ">=3.9"',
      'dependencies = ["markupsafe==3.0.3"]',
      '[dependency-groups]',
      'dev = ["six==1.17.0"]',
      '',
    ].join('\n')
    const req = request({ 'pyproject.toml': pyproject }, { run: runWithUv, architectures: ['arm64'] })
    expect((await runCommand(uv, ['lock', '--quiet'], { cwd: req.workingDirectory })).code).toBe(0)
    req.lockfiles = [path.join(req.workingDirectory, 'uv.lock')]

    await buildLayer(req)
    const top = readdirSync(path.join(req.outputDirectory, 'python'))
    expect(top).toContain('markupsafe')
    expect(top).not.toContain('six.py')
    expect(top).not.toContain('fixture')
  })

  it('names the missing tool when uv can neither be found nor installed', async () => {
    const run: RunCommand = (command, args, options) => {
      if (args.some((a) => a.startsWith('uv==')))
        return Promise.resolve({ code: 1, stdout: '', stderr: 'offline' })
      return runCommand(command === 'uv' ? 'layer-action-uv-not-installed' : command, args, options)
    }
    const req = request({ 'uv.lock': 'version = 1\n' }, { run })
    req.env = { ...noUvEnv(), RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'no-uv-')) }
    // The same refusal as for requirement files: uv is needed whatever the lockfile, and the reasons are named.
    await expect(buildLayer(req)).rejects.toThrow(
      /needs uv \d+\.\d+\.\d+, which could not be installed \(.*; with pip: offline\): add astral-sh\/setup-uv/,
    )
  })
})

// Amazon Linux 2 (glibc 2.26): uv knows no manylinux_2_26 platform, so the build asks for the level below it.
describe.each([
  ['python3.11', 'x86_64', 62],
  ['python3.9', 'arm64', 183],
] as const)('%s layer for %s (Amazon Linux 2)', (runtimeId, arch, machine) => {
  it('installs wheels for that Python whose shared objects are for the architecture', async () => {
    const runtime = findRuntime(runtimeId)!
    const req = request({ 'requirements.txt': 'pyyaml==6.0.3\n' }, { architectures: [arch], runtime })
    const layer = await buildLayer(req)

    const tag = `cpython-3${runtime.languageVersion.split('.')[1]}-${arch === 'arm64' ? 'aarch64' : 'x86_64'}`
    const sharedObjects = walk(path.join(layer.root, 'python')).filter((f) => f.endsWith('.so'))
    expect(sharedObjects.length).toBeGreaterThanOrEqual(1)
    for (const so of sharedObjects) {
      expect(path.basename(so)).toContain(tag)
      expect(elfMachine(so)).toBe(machine)
    }
    expect(req.lines.join('\n')).toMatch(/manylinux_2_17/)
  })
})

describe('settings', () => {
  it('lists every manylinux level up to the runtime glibc, newest first', () => {
    const arm = platformTags(python312, ['arm64'])
    expect(arm[0]).toBe('manylinux_2_34_aarch64')
    expect(arm).toContain('manylinux_2_17_aarch64')
    expect(arm).toContain('manylinux2014_aarch64')
    expect(arm.some((t) => t.startsWith('manylinux1') || t.includes('x86_64'))).toBe(false)

    const x86 = platformTags(python311, ['x86_64'])
    expect(x86[0]).toBe('manylinux_2_26_x86_64')
    expect(x86).toEqual(
      expect.arrayContaining(['manylinux2014_x86_64', 'manylinux2010_x86_64', 'manylinux1_x86_64']),
    )
    expect(x86).not.toContain('manylinux_2_27_x86_64')
  })

  it('puts the platform tags in the fingerprint settings', () => {
    const base = { runtime: python312, workingDirectory: '/w', lockfiles: ['/w/requirements.txt'] }
    expect(builderName(base)).toBe('python')
    const x86 = builderSettings({ ...base, architectures: ['x86_64'] })
    const arm = builderSettings({ ...base, architectures: ['arm64'] })
    expect(x86.platforms).not.toEqual(arm.platforms)
    expect(builderSettings({ ...base, runtime: python311, architectures: ['x86_64'] })).not.toEqual(x86)
  })

  it("puts uv's resolution variables in the settings, never index URLs, and nothing when none is set", () => {
    const base = {
      runtime: python312,
      architectures: ['x86_64' as const],
      workingDirectory: '/w',
      lockfiles: ['/w/requirements.txt'],
    }
    const plain = builderSettings({ ...base, env: {} })
    expect(plain.uvEnvironment).toBeUndefined()
    const index = 'https://ci:s3cret@pypi.example.com/simple'
    expect(builderSettings({ ...base, env: { UV_DEFAULT_INDEX: index, PIP_INDEX_URL: index } })).toEqual(
      plain,
    )
    const env = { UV_PRERELEASE: 'allow', UV_NO_BINARY_PACKAGE: 'numpy', UV_INDEX: index }
    const settings = builderSettings({ ...base, env })
    expect(settings.uvEnvironment).toEqual({ UV_PRERELEASE: 'allow', UV_NO_BINARY_PACKAGE: 'numpy' })
    expect(JSON.stringify(settings)).not.toContain('s3cret')
  })
})
