// The fingerprint through dist/index.js: it changes exactly when the layer can change, the layer is what Lambda's
// runtime would install, and what cannot be built is refused before anything is published.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { GetLayerVersionCommand, LambdaClient, ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { storedZip } from '../helpers/moto.js'
import { runAction, type ActionRunResult } from '../helpers/run-action.js'
import { moto, proxy, useMotoBehindProxy } from '../helpers/aws-peers.js'

jest.setTimeout(300_000)
useMotoBehindProxy()

/** One uv install for every run of this file, as a runner's tool cache keeps it. */
const toolCache = mkdtempSync(path.join(tmpdir(), 'fp-tool-cache-'))

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fingerprint-'))
  write(dir, files)
  return dir
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
}

function run(
  dir: string,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): Promise<ActionRunResult> {
  return runAction({
    workspace: dir,
    inputs: { 'layer-name': 'deps', runtime: 'python3.12', ...inputs },
    env: {
      ...moto.env(proxy.url),
      LAYER_ACTION_CACHE_DIR: path.join(dir, '.cache'),
      RUNNER_TOOL_CACHE: toolCache,
      ...env,
    },
  })
}

function fingerprintLine(result: ActionRunResult): string {
  return result.stdout.split('\n').find((l) => l.startsWith('Fingerprint ')) ?? ''
}

/** Names in the published zip, read with Python's zipfile (independent of the code under test). */
function zipNames(zipPath: string): string[] {
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))'
  return execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }).trim().split('\n')
}

function zipText(zipPath: string, name: string): string {
  const script =
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())'
  return execFileSync('python3', ['-c', script, zipPath, name], { encoding: 'utf8' })
}

async function versionsOf(layerName: string, lambda: LambdaClient = moto.lambda): Promise<number[]> {
  const page = await lambda.send(new ListLayerVersionsCommand({ LayerName: layerName }))
  return (page.LayerVersions ?? []).map((v) => v.Version!).sort()
}

async function codeSha256(lambda: LambdaClient, version: number): Promise<string> {
  const got = await lambda.send(new GetLayerVersionCommand({ LayerName: 'deps', VersionNumber: version }))
  return got.Content!.CodeSha256!
}

describe('a complete and canonical fingerprint', () => {
  it('follows -r and -c: an included file rebuilds, comments and line endings do not, equal contents reuse', async () => {
    const dir = workspace({
      'requirements.txt': '-r base.txt\n-c constraints.txt\n',
      'base.txt': 'six==1.17.0\n',
      'constraints.txt': 'six<2\n',
    })
    const first = await run(dir)
    expect(first.errors).toEqual([])
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    expect(fingerprintLine(first)).toMatch(
      /\(base\.txt, constraints\.txt, requirements\.txt, uv \d+\.\d+\.\d+\)/,
    )

    // Comments, blank lines, CRLF and trailing whitespace: the same fingerprint, nothing written.
    write(dir, {
      'requirements.txt': '# runtime dependencies\r\n-r base.txt   \r\n\r\n-c constraints.txt # pins\r\n',
      'base.txt': 'six==1.17.0\t# the only one\r\n',
    })
    proxy.reset()
    const cosmetic = await run(dir)
    expect(cosmetic.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '1' })
    expect(cosmetic.outputs.fingerprint).toBe(first.outputs.fingerprint)
    expect(proxy.writeCount()).toBe(0)

    // A constraint that changes nothing installed: a new fingerprint, the same contents, so version 1 is reused.
    write(dir, { 'constraints.txt': 'six<1.18\n' })
    proxy.reset()
    const sameContents = await run(dir)
    expect(sameContents.errors).toEqual([])
    expect(sameContents.outputs.fingerprint).not.toBe(first.outputs.fingerprint)
    expect(sameContents.outputs).toMatchObject({ published: 'false', plan: 'reuse', 'layer-version': '1' })
    expect(sameContents.stdout).toMatch(/version 1 already holds exactly these contents/)
    expect(sameContents.stdout).toMatch(/Reusing .*:1: it holds exactly these contents/)
    expect(sameContents.stdout).not.toMatch(/it carries this fingerprint/)
    expect(proxy.writeCount()).toBe(0)

    write(dir, { 'base.txt': 'six==1.16.0\n' })
    const changed = await run(dir)
    expect(changed.errors).toEqual([])
    expect(changed.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })
    expect(zipNames(changed.outputs['zip-path'])).toContain('python/six-1.16.0.dist-info/METADATA')
    expect(await versionsOf('deps')).toEqual([1, 2])
  })

  it("covers uv's own variables: the files they name by content, resolution settings by value", async () => {
    const dir = workspace({ 'requirements.txt': 'six>=1.15,<1.18\n', 'pins.txt': 'six==1.16.0\n' })
    const env = { UV_CONSTRAINT: 'pins.txt' }
    const first = await run(dir, {}, env)
    expect(first.errors).toEqual([])
    expect(fingerprintLine(first)).toContain('pins.txt')
    expect(zipNames(first.outputs['zip-path'])).toContain('python/six-1.16.0.dist-info/METADATA')

    write(dir, { 'pins.txt': 'six==1.17.0\n' })
    const constrained = await run(dir, {}, env)
    expect(constrained.errors).toEqual([])
    expect(constrained.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })
    expect(zipNames(constrained.outputs['zip-path'])).toContain('python/six-1.17.0.dist-info/METADATA')

    // The lowest version the requirement allows: a different layer, so a different fingerprint.
    const lowest = await run(dir, {}, { UV_RESOLUTION: 'lowest' })
    expect(lowest.errors).toEqual([])
    expect(lowest.outputs.fingerprint).not.toBe(constrained.outputs.fingerprint)
    expect(lowest.outputs).toMatchObject({ published: 'true', 'layer-version': '3' })
    expect(zipNames(lowest.outputs['zip-path'])).toContain('python/six-1.15.0.dist-info/METADATA')
  })

  it('covers local wheels and find-links folders by content', async () => {
    const wheel = tinyWheel('layer_action_local', '1.0', 'VALUE = 1\n')
    const dir = workspace({
      'requirements.txt': '--no-index\n--find-links ./wheels\nlayer-action-local==1.0\n',
    })
    mkdirSync(path.join(dir, 'wheels'))
    writeFileSync(path.join(dir, 'wheels', wheel.name), wheel.bytes)
    const first = await run(dir)
    expect(first.errors).toEqual([])
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    expect(fingerprintLine(first)).toContain('wheels/')

    const rebuilt = tinyWheel('layer_action_local', '1.0', 'VALUE = 2\n')
    writeFileSync(path.join(dir, 'wheels', rebuilt.name), rebuilt.bytes)
    const changed = await run(dir)
    expect(changed.errors).toEqual([])
    expect(changed.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })
    expect(zipText(changed.outputs['zip-path'], 'python/layer_action_local.py')).toBe('VALUE = 2\n')
  })

  it('covers the build script build-command runs and Cargo.toml beside Cargo.lock', async () => {
    const dir = workspace({
      'Cargo.lock': '# lock\n',
      'Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
      'build.sh': 'mkdir -p layer && cp Cargo.toml layer/ && echo one > layer/note\n',
    })
    const inputs = {
      runtime: 'provided.al2023',
      lockfiles: 'Cargo.lock',
      'build-command': 'bash build.sh',
      'layer-directory': 'layer',
    }
    const first = await run(dir, inputs)
    expect(first.errors).toEqual([])
    expect(fingerprintLine(first)).toContain('(Cargo.lock, Cargo.toml, build.sh)')

    write(dir, { 'build.sh': 'mkdir -p layer && cp Cargo.toml layer/ && echo two > layer/note\n' })
    const script = await run(dir, inputs)
    expect(script.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })

    write(dir, { 'Cargo.toml': '[package]\nname = "app"\nversion = "0.2.0"\n' })
    const manifest = await run(dir, inputs)
    expect(manifest.outputs).toMatchObject({ published: 'true', 'layer-version': '3' })
  })

  it('covers .npmrc and patch folders of a Node project', async () => {
    const dir = workspace(nodeProject())
    const inputs = { runtime: 'nodejs22.x' }
    const first = await run(dir, inputs)
    expect(first.errors).toEqual([])
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })
    expect(zipNames(first.outputs['zip-path'])).toContain('nodejs/node_modules/ms/index.js')

    write(dir, { '.npmrc': 'ignore-scripts=true\n' })
    const npmrc = await run(dir, inputs)
    expect(npmrc.errors).toEqual([])
    expect(npmrc.outputs.fingerprint).not.toBe(first.outputs.fingerprint)
    expect(npmrc.outputs['cache-hit']).toBe('false')
    expect(fingerprintLine(npmrc)).toContain('.npmrc')

    write(dir, { 'patches/ms+2.1.3.patch': '--- a/node_modules/ms/index.js\n' })
    const patched = await run(dir, inputs)
    expect(patched.outputs.fingerprint).not.toBe(npmrc.outputs.fingerprint)
    expect(fingerprintLine(patched)).toContain('patches/')
  })
})

describe('getting uv', () => {
  it('a run that finds its layer stops the uv download it started and installs nothing', async () => {
    const dir = workspace({ 'requirements.txt': 'six==1.17.0\n' })
    const first = await run(dir, { 'layer-name': 'uv-ahead' })
    expect(first.outputs).toMatchObject({ published: 'true' })

    // An index that takes the request for uv's project page and never answers it: a run that waited for the
    // download would never end.
    const asked: string[] = []
    const silent = createServer((req) => asked.push(req.url ?? ''))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const emptyToolCache = mkdtempSync(path.join(tmpdir(), 'fp-no-uv-'))
    proxy.latencyMs = 300 // the lookup outlasts the start of the download
    try {
      const again = await run(
        dir,
        { 'layer-name': 'uv-ahead' },
        {
          RUNNER_TOOL_CACHE: emptyToolCache,
          UV_DEFAULT_INDEX: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/simple`,
        },
      )
      expect(again.errors).toEqual([])
      expect(again.outputs).toMatchObject({ published: 'false', plan: 'reuse' })
      expect(asked).toEqual(['/simple/uv/'])
      expect(readdirSync(emptyToolCache)).toEqual([])
    } finally {
      proxy.latencyMs = 0
      silent.closeAllConnections()
      silent.close()
    }
  })
})

describe('auto-detection', () => {
  it('takes requirements.txt (a symlink too) and never requirements-dev.txt', async () => {
    const dir = workspace({
      'deps/prod.txt': 'six==1.17.0\n',
      'requirements-dev.txt': 'attrs==25.3.0\n',
      'requirements-test.txt': 'idna==3.10\n',
    })
    symlinkSync(path.join(dir, 'deps/prod.txt'), path.join(dir, 'requirements.txt'))
    const result = await run(dir)
    expect(result.errors).toEqual([])
    expect(fingerprintLine(result)).toMatch(/\(requirements\.txt, uv /)
    const names = zipNames(result.outputs['zip-path'])
    expect(names).toContain('python/six.py')
    expect(names.some((n) => n.startsWith('python/attr'))).toBe(false)
    expect(names.some((n) => n.startsWith('python/idna'))).toBe(false)
  })
})

describe('built for the target', () => {
  it('evaluates markers for arm64 and for a newer Python than the runner has', async () => {
    const dir = workspace({
      'requirements.txt': [
        'six==1.17.0 ; platform_machine == "aarch64"',
        'idna==3.10 ; python_version >= "3.13"',
        'attrs==25.3.0 ; platform_machine == "x86_64"',
        '',
      ].join('\n'),
    })
    const result = await run(dir, { runtime: 'python3.13', architecture: 'arm64' })
    expect(result.errors).toEqual([])
    const names = zipNames(result.outputs['zip-path'])
    expect(names).toContain('python/six.py')
    expect(names).toContain('python/idna/__init__.py')
    expect(names.some((n) => n.startsWith('python/attr'))).toBe(false)
  })

  it('builds identical bytes with two different Python interpreters', async () => {
    const pyenv = path.join(process.env.PYENV_ROOT || path.join(homedir(), '.pyenv'), 'versions')
    const node = path.dirname(process.execPath)
    const files = { 'requirements.txt': 'python-dotenv==1.0.1\nsix==1.17.0\n' }
    const build = async (version: string) => {
      const dir = workspace(files)
      const result = await run(
        dir,
        { mode: 'plan' },
        { PATH: `${path.join(pyenv, version, 'bin')}:${node}:/usr/bin:/bin`, LAYER_ACTION_CACHE_DIR: 'off' },
      )
      expect(result.errors).toEqual([])
      expect(result.stdout).toContain(`runner Python ${version.split('.').slice(0, 2).join('.')}`)
      return result
    }
    const a = await build('3.12.1')
    const b = await build('3.13.0')
    expect(b.outputs.fingerprint).toBe(a.outputs.fingerprint)
    const names = zipNames(a.outputs['zip-path'])
    expect(names).toContain('python/dotenv/__init__.py')
    expect(names.some((n) => n.endsWith('/INSTALLER') || n.endsWith('/direct_url.json'))).toBe(false)
    expect(readFileSync(b.outputs['zip-path']).equals(readFileSync(a.outputs['zip-path']))).toBe(true)
  })
})

describe('build-from-source', () => {
  it('builds a package that has only a source distribution when asked, on a runner of the target CPU', async () => {
    const dir = workspace({
      'requirements.txt': '--find-links ./sdists\nlayer-action-sdist-only==1.0\n',
      'src/layer_action_sdist_only-1.0/PKG-INFO':
        'Metadata-Version: 2.1\nName: layer-action-sdist-only\nVersion: 1.0\n',
      'src/layer_action_sdist_only-1.0/pyproject.toml': [
        '[build-system]',
        'requires = ["setuptools>=68"]',
        'build-backend = "setuptools.build_meta"',
        '[project]',
        'name = "layer-action-sdist-only"',
        'version = "1.0"',
        '[tool.setuptools]',
        'py-modules = ["layer_action_sdist_only"]',
        '',
      ].join('\n'),
      'src/layer_action_sdist_only-1.0/layer_action_sdist_only.py': 'BUILT = True\n',
    })
    mkdirSync(path.join(dir, 'sdists'))
    execFileSync(
      'tar',
      ['czf', '../sdists/layer_action_sdist_only-1.0.tar.gz', 'layer_action_sdist_only-1.0'],
      {
        cwd: path.join(dir, 'src'),
      },
    )
    const pyenv = path.join(process.env.PYENV_ROOT || path.join(homedir(), '.pyenv'), 'versions')
    const env = {
      PATH: `${path.join(pyenv, '3.12.1', 'bin')}:${path.dirname(process.execPath)}:/usr/bin:/bin`,
    }

    const target = process.arch === 'arm64' ? 'arm64' : 'x86_64'
    const built = await run(dir, { 'build-from-source': 'true', architecture: target }, env)
    expect(built.errors).toEqual([])
    expect(built.outputs.published).toBe('true')
    expect(zipText(built.outputs['zip-path'], 'python/layer_action_sdist_only.py')).toBe('BUILT = True\n')

    const other = process.arch === 'arm64' ? 'x86_64' : 'arm64'
    const refused = await run(dir, { 'build-from-source': 'true', architecture: other }, env)
    expect(refused.code).toBe(1)
    expect(refused.errors).toEqual([expect.stringMatching(/Input 'build-from-source'.*CPU is the target's/)])
    expect(await versionsOf('deps')).toEqual([1])
  })
})

describe('cache truth', () => {
  it('after a forced publish with new bytes, a region added later gets the new bytes, not the cached ones', async () => {
    const dir = workspace({
      'deps.lock': 'x==1\n',
      'extra.txt': 'upstream build 1\n',
      'build.sh': 'mkdir -p layer && cp deps.lock extra.txt layer/\n',
    })
    const inputs = { lockfiles: 'deps.lock', 'build-command': 'bash build.sh', 'layer-directory': 'layer' }
    const first = await run(dir, { ...inputs, regions: 'us-east-1' })
    expect(first.outputs).toMatchObject({ published: 'true', 'layer-version': '1' })

    write(dir, { 'extra.txt': 'upstream build 2\n' })
    const forced = await run(dir, { ...inputs, regions: 'us-east-1', force: 'true' })
    expect(forced.outputs).toMatchObject({ published: 'true', 'layer-version': '2' })
    expect(forced.outputs.fingerprint).toBe(first.outputs.fingerprint)

    const both = await run(dir, { ...inputs, regions: 'us-east-1, eu-west-1' })
    expect(both.errors).toEqual([])
    expect(both.stdout).toMatch(/The cached zip .* differs from the published version/)
    const eu = new LambdaClient({
      region: 'eu-west-1',
      endpoint: moto.url,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    })
    expect(await versionsOf('deps', eu)).toEqual([1])
    expect(await codeSha256(eu, 1)).toBe(await codeSha256(moto.lambda, 2))
  })
})

describe('what cannot be built is refused', () => {
  const refused = async (files: Record<string, string>, inputs: Record<string, string> = {}) => {
    const result = await run(workspace(files), inputs)
    expect(result.code).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(await versionsOf('deps')).toEqual([])
    return result.errors[0]
  }

  it('an editable requirement, naming it', async () => {
    const error = await refused({
      'requirements.txt': 'six==1.17.0\n-e ./localpkg\n',
      'localpkg/pyproject.toml': '[project]\nname = "localpkg"\nversion = "1"\n',
    })
    expect(error).toMatch(/lockfiles/)
    expect(error).toContain('requirements.txt line 2: -e ./localpkg')
  })

  it('an empty dependency set', async () => {
    const error = await refused({ 'requirements.txt': '# nothing yet\n\n' })
    expect(error).toMatch(/Input 'lockfiles'.*at least one package/)
  })

  it('a Node file: dependency, naming it', async () => {
    const project = nodeProject()
    const manifest = JSON.parse(project['package.json'])
    manifest.dependencies.helpers = 'file:./helpers'
    const error = await refused(
      { ...project, 'package.json': JSON.stringify(manifest), 'helpers/package.json': '{"name":"helpers"}' },
      { runtime: 'nodejs22.x' },
    )
    expect(error).toContain('helpers (file:./helpers)')
  })

  it('a package with only a source distribution, saying how to opt in', async () => {
    const dir = workspace({
      'requirements.txt': '--no-index\n--find-links ./sdists\nlayer-action-sdist-only==1.0\n',
    })
    mkdirSync(path.join(dir, 'sdists'))
    writeFileSync(path.join(dir, 'sdists', 'layer_action_sdist_only-1.0.tar.gz'), 'not really a tarball')
    const result = await run(dir)
    expect(result.code).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(/layer-action-sdist-only has no wheel for CPython 3\.12/)
    expect(result.errors[0]).toContain('build-from-source: true')
    expect(await versionsOf('deps')).toEqual([])
  })
})

describe('Pipfile.lock sources', () => {
  let index: Server
  let indexUrl: string
  const asked: string[] = []
  const privateSix = tinyWheel('six', '1.17.0', 'PRIVATE = True\n')

  beforeAll(async () => {
    index = createServer((req, res) => {
      asked.push(req.url ?? '')
      if (req.url === '/simple/six/') {
        const sha = createHash('sha256').update(privateSix.bytes).digest('hex')
        res.setHeader('content-type', 'text/html')
        res.end(
          `<html><body><a href="/files/${privateSix.name}#sha256=${sha}">${privateSix.name}</a></body></html>`,
        )
      } else if (req.url === `/files/${privateSix.name}`) {
        res.end(privateSix.bytes)
      } else {
        res.statusCode = 404
        res.end()
      }
    })
    await new Promise<void>((resolve) => index.listen(0, '127.0.0.1', resolve))
    indexUrl = `http://127.0.0.1:${(index.address() as AddressInfo).port}/simple`
  })
  afterAll(() => new Promise<void>((resolve) => index.close(() => resolve())))

  it('installs from the first source before the public index', async () => {
    const lock = {
      _meta: {
        sources: [
          { name: 'private', url: indexUrl, verify_ssl: false },
          { name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true },
        ],
      },
      default: { six: { version: '==1.17.0', index: 'private' }, idna: { version: '==3.10', index: 'pypi' } },
      develop: {},
    }
    const result = await run(workspace({ 'Pipfile.lock': JSON.stringify(lock) }))
    expect(result.errors).toEqual([])
    expect(asked).toContain('/simple/six/')
    expect(zipText(result.outputs['zip-path'], 'python/six.py')).toBe('PRIVATE = True\n')
    expect(zipNames(result.outputs['zip-path'])).toContain('python/idna/__init__.py')
  })
})

/** A pure wheel with one module, built by hand (a wheel is a zip with a dist-info folder). */
function tinyWheel(module: string, version: string, source: string): { name: string; bytes: Buffer } {
  const project = module.replace(/_/g, '-')
  const distInfo = `${module}-${version}.dist-info`
  const files: Record<string, string> = {
    [`${module}.py`]: source,
    [`${distInfo}/METADATA`]: `Metadata-Version: 2.1\nName: ${project}\nVersion: ${version}\n`,
    [`${distInfo}/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  }
  const digest = (text: string) => createHash('sha256').update(text).digest('base64url')
  const record = Object.entries(files).map(([name, text]) => `${name},sha256=${digest(text)},${text.length}`)
  files[`${distInfo}/RECORD`] = [...record, `${distInfo}/RECORD,,`, ''].join('\n')
  return { name: `${module}-${version}-py3-none-any.whl`, bytes: storedZip(files) }
}

/** package.json and package-lock.json for one tiny dependency. */
function nodeProject(): Record<string, string> {
  const lock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } },
      'node_modules/ms': {
        version: '2.1.3',
        resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
        integrity:
          'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        license: 'MIT',
      },
    },
  }
  return {
    'package.json': JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } }),
    'package-lock.json': JSON.stringify(lock),
  }
}
