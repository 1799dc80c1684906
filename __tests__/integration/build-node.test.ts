// Real npm against the npm registry: production dependencies for linux on the layer's CPU.
import { jest } from '@jest/globals'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../src/core/errors.js'
import { runCommand } from '../../src/core/exec.js'
import { builderSettings } from '../../src/builders/build.js'
import { buildLayer } from '../helpers/build.js'
import { findRuntime, type Architecture } from '../../src/core/runtimes.js'
import type { BuildRequest } from '../../src/builders/types.js'

jest.setTimeout(120_000)

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/node')
const node20 = findRuntime('nodejs20.x')!
const temps: string[] = []

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-node-'))
  temps.push(dir)
  return dir
}

function request(
  project: string,
  lockfile: string,
  architectures: Architecture[],
): BuildRequest & { lines: string[] } {
  const out = path.join(tempDir(), 'layer')
  mkdirSync(out)
  const lines: string[] = []
  return {
    runtime: node20,
    architectures,
    workingDirectory: project,
    lockfiles: [path.join(project, lockfile)],
    outputDirectory: out,
    run: runCommand,
    log: (line) => lines.push(line),
    lines,
  }
}

/** A project whose lockfile npm writes now, from a package.json (the lockfile lists every platform's optionals). */
async function lockedProject(manifest: object): Promise<string> {
  const dir = tempDir()
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fixture', version: '1.0.0', ...manifest }),
  )
  const result = await runCommand('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], {
    cwd: dir,
  })
  expect(result.code).toBe(0)
  return dir
}

function elfMachine(file: string): number {
  const fd = openSync(file, 'r')
  const header = Buffer.alloc(20)
  readSync(fd, header, 0, 20, 0)
  closeSync(fd)
  expect(header.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  return header.readUInt16LE(18)
}

it('puts runtime dependencies in nodejs/node_modules and leaves devDependencies out', async () => {
  // A copy, so the test also shows the builder never writes into the project.
  const project = path.join(tempDir(), 'project')
  cpSync(EXAMPLE, project, { recursive: true })
  const req = request(project, 'package-lock.json', ['x86_64'])
  const layer = await buildLayer(req)

  expect(layer.root).toBe(req.outputDirectory)
  expect(readdirSync(layer.root)).toEqual(['nodejs'])
  expect(readdirSync(path.join(layer.root, 'nodejs'))).toEqual(['node_modules'])
  const modules = path.join(layer.root, 'nodejs', 'node_modules')
  expect(existsSync(path.join(modules, 'uuid', 'package.json'))).toBe(true)
  expect(existsSync(path.join(modules, '@types'))).toBe(false)
  expect(existsSync(path.join(modules, '.bin'))).toBe(false)
  expect(existsSync(path.join(modules, '.package-lock.json'))).toBe(false)
  expect(readdirSync(project).sort()).toEqual(['package-lock.json', 'package.json'])
})

describe.each([
  ['arm64', 'arm64', 183],
  ['x86_64', 'x64', 62],
] as const)('per-CPU optional packages for %s', (arch, cpu, machine) => {
  it(`installs the linux-${cpu}-gnu binding only`, async () => {
    const project = await lockedProject({ dependencies: { '@node-rs/xxhash': '1.7.6' } })
    const req = request(project, 'package-lock.json', [arch])
    await buildLayer(req)

    const scope = path.join(req.outputDirectory, 'nodejs', 'node_modules', '@node-rs')
    const bindings = readdirSync(scope).filter((name) => name.startsWith('xxhash-'))
    expect(bindings).toContain(`xxhash-linux-${cpu}-gnu`)
    expect(bindings.filter((name) => !name.startsWith(`xxhash-linux-${cpu}-`))).toEqual([])
    const addon = readdirSync(path.join(scope, `xxhash-linux-${cpu}-gnu`)).find((f) => f.endsWith('.node'))!
    expect(elfMachine(path.join(scope, `xxhash-linux-${cpu}-gnu`, addon))).toBe(machine)
  })
})

it('refuses native code in a layer for both architectures', async () => {
  const project = await lockedProject({ dependencies: { '@node-rs/xxhash': '1.7.6' } })
  const req = request(project, 'package-lock.json', ['x86_64', 'arm64'])
  await expect(buildLayer(req)).rejects.toThrow(
    /architecture.*one architecture per layer when it contains native code/,
  )
})

it('fails clearly when a package must compile in its install script for another CPU', async () => {
  const hostIsArm = process.arch === 'arm64'
  const project = await lockedProject({ dependencies: { bcrypt: '5.1.1' } })
  const req = request(project, 'package-lock.json', [hostIsArm ? 'x86_64' : 'arm64'])
  const error = await buildLayer(req).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(
    /^bcrypt compile native code in their install scripts, which cannot be cross-built/,
  )
})

it('refuses npm workspaces, naming their packages, instead of leaving them out of the layer', async () => {
  const project = tempDir()
  for (const name of ['a', 'b']) {
    mkdirSync(path.join(project, 'packages', name), { recursive: true })
    writeFileSync(
      path.join(project, 'packages', name, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', dependencies: { ms: '2.1.3' } }),
    )
    writeFileSync(path.join(project, 'packages', name, 'index.js'), "module.exports = require('ms')\n")
  }
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'root',
      version: '1.0.0',
      workspaces: ['packages/*'],
      dependencies: { a: '1.0.0' },
    }),
  )
  const lock = await runCommand('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], {
    cwd: project,
  })
  expect(lock.code).toBe(0)
  const req = request(project, 'package-lock.json', ['x86_64'])
  const error = await buildLayer(req).catch((err: unknown) => err)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(
    /package\.json next to package-lock\.json declares workspaces, with the packages a \(packages\/a\), b \(packages\/b\): .* missing from the layer/,
  )
  expect(readdirSync(path.join(req.outputDirectory, 'nodejs'))).toEqual([])
})

it('refuses dependencies taken from a pnpm or yarn workspace, naming them', async () => {
  const project = tempDir()
  mkdirSync(path.join(project, 'packages', 'lib'), { recursive: true })
  writeFileSync(path.join(project, 'packages', 'lib', 'package.json'), '{"name":"lib","version":"1.0.0"}')
  writeFileSync(path.join(project, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n')
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'root', version: '1.0.0', dependencies: { lib: 'workspace:*', ms: '2.1.3' } }),
  )
  writeFileSync(path.join(project, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n")
  const req = request(project, 'pnpm-lock.yaml', ['x86_64'])
  const error = await buildLayer(req).catch((err: unknown) => err)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(
    /^package\.json next to pnpm-lock\.yaml takes lib \(workspace:\*\) from the workspace: .* missing from the layer/,
  )
  expect(readdirSync(path.join(req.outputDirectory, 'nodejs'))).toEqual([])
})

it("leaves pnpm's install records out of a pnpm layer, and every other layer's settings as they were", () => {
  const project = tempDir()
  writeFileSync(path.join(project, 'package.json'), '{"name":"p","version":"1.0.0"}')
  const settings = (lockfile: string) =>
    builderSettings({
      runtime: node20,
      architectures: ['x86_64'],
      workingDirectory: project,
      lockfiles: [path.join(project, lockfile)],
    })
  expect(settings('pnpm-lock.yaml').removed).toEqual(
    expect.arrayContaining(['.pnpm-workspace-state-v1.json', '.pnpm/lock.yaml']),
  )
  expect(settings('package-lock.json').removed).toEqual([
    '.bin',
    '.package-lock.json',
    '.yarn-integrity',
    '.yarn-state.yml',
    '.modules.yaml',
  ])
})

it('says which tool is missing', async () => {
  const project = tempDir()
  writeFileSync(path.join(project, 'package.json'), '{"name":"p","version":"1.0.0"}')
  writeFileSync(path.join(project, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n")
  const req = request(project, 'pnpm-lock.yaml', ['x86_64'])
  req.run = (command, args, options) =>
    runCommand(command === 'pnpm' ? 'layer-action-pnpm-missing' : command, args, options)
  await expect(buildLayer(req)).rejects.toThrow(/needs pnpm, which is not installed: use pnpm\/action-setup/)
})

it('changes the fingerprint settings when the dependency fields of package.json change', () => {
  const project = tempDir()
  const lockfiles = [path.join(project, 'yarn.lock')]
  const settings = (manifest: object) => {
    writeFileSync(path.join(project, 'package.json'), JSON.stringify(manifest))
    return builderSettings({
      runtime: node20,
      architectures: ['arm64'],
      workingDirectory: project,
      lockfiles,
    })
  }
  const base = settings({ version: '1.0.0', dependencies: { a: '1' }, devDependencies: { b: '1' } })
  expect(settings({ version: '2.0.0', dependencies: { a: '1' }, devDependencies: { b: '1' } })).toEqual(base)
  expect(settings({ version: '1.0.0', dependencies: { a: '1', b: '1' } })).not.toEqual(base)
  expect(base.platform).toEqual(['--os=linux', '--cpu=arm64', '--libc=glibc'])
})
