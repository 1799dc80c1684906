// Real bash and cargo: the custom builder, and the Rust custom runtime example talking to a loopback Runtime API.
import { jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError } from '../../src/core/errors.js'
import { runCommand } from '../../src/core/exec.js'
import { builderName, builderSettings } from '../../src/builders/build.js'
import { buildLayer } from '../helpers/build.js'
import { findRuntime, type Architecture, type Runtime } from '../../src/core/runtimes.js'
import type { BuildRequest } from '../../src/builders/types.js'

jest.setTimeout(180_000)

const RUST_EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/rust-runtime')
const al2023 = findRuntime('provided.al2023')!
const al2 = findRuntime('provided.al2')!
const hostArch: Architecture = process.arch === 'arm64' ? 'arm64' : 'x86_64'
const temps: string[] = []

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true })
})

function request(
  buildCommand: string,
  options: {
    runtime?: Runtime
    architectures?: Architecture[]
    workingDirectory?: string
    layerDirectory?: string
  } = {},
): BuildRequest & { lines: string[] } {
  const workingDirectory = options.workingDirectory ?? mkdtempSync(path.join(tmpdir(), 'build-custom-'))
  if (!options.workingDirectory) temps.push(workingDirectory)
  const outputDirectory = path.join(workingDirectory, '.unused-output')
  mkdirSync(outputDirectory, { recursive: true })
  const lines: string[] = []
  return {
    runtime: options.runtime ?? al2023,
    architectures: options.architectures ?? [hostArch],
    workingDirectory,
    lockfiles: [],
    buildCommand,
    layerDirectory: path.join(workingDirectory, options.layerDirectory ?? 'layer'),
    outputDirectory,
    run: runCommand,
    log: (line) => lines.push(line),
    lines,
  }
}

function elfMachine(file: string): number {
  const fd = openSync(file, 'r')
  const header = Buffer.alloc(20)
  readSync(fd, header, 0, 20, 0)
  closeSync(fd)
  expect(header.subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  return header.readUInt16LE(18)
}

/** Serves one invocation to a runtime over the Lambda Runtime API and resolves with what it posted back. */
async function invokeOnce(bootstrap: string, event: string): Promise<{ path: string; body: string }> {
  let finish: (posted: { path: string; body: string }) => void = () => {}
  const posted = new Promise<{ path: string; body: string }>((resolve) => (finish = resolve))
  let served = false
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/2018-06-01/runtime/invocation/next' && !served) {
        served = true
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Lambda-Runtime-Aws-Request-Id': 'req-1',
          'Lambda-Runtime-Deadline-Ms': String(Date.now() + 10_000),
        })
        res.end(event)
      } else if (req.method === 'POST') {
        res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"status":"OK"}')
        finish({ path: req.url ?? '', body })
      }
      // A second GET /next stays open: the runtime waits for the next event until it is stopped.
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const child = spawn(bootstrap, [], {
    env: { AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${port}` },
    stdio: 'inherit',
  })
  try {
    return await posted
  } finally {
    child.kill()
    server.closeAllConnections()
    server.close()
  }
}

it('builds the Rust custom runtime example into an executable bootstrap that serves the Runtime API', async () => {
  const req = request('./build.sh', { workingDirectory: RUST_EXAMPLE })
  const layer = await buildLayer(req)

  expect(layer.root).toBe(path.join(RUST_EXAMPLE, 'layer'))
  const bootstrap = path.join(layer.root, 'bootstrap')
  expect(statSync(bootstrap).mode & 0o777).toBe(0o755)
  expect(elfMachine(bootstrap)).toBe(hostArch === 'arm64' ? 183 : 62)
  expect(req.lines.some((l) => l.startsWith('Built layer/bootstrap'))).toBe(true)

  const reply = await invokeOnce(bootstrap, '{"hello":"world"}')
  expect(reply.path).toBe('/2018-06-01/runtime/invocation/req-1/response')
  expect(JSON.parse(reply.body)).toEqual({
    message: 'hello from a Rust custom runtime',
    requestId: 'req-1',
    eventBytes: 17,
  })
})

it('runs the command with bash in working-directory and tells it the target', async () => {
  const req = request(
    'mkdir -p "$LAYER_DIRECTORY/bin" && echo "$LAYER_ARCH $LAYER_MACHINE $LAYER_RUNTIME $LAYER_GLIBC $(pwd)" > layer/bin/info',
    { architectures: ['arm64'], runtime: al2 },
  )
  const layer = await buildLayer(req)
  expect(readFileSync(path.join(layer.root, 'bin', 'info'), 'utf8').trim()).toBe(
    `arm64 aarch64 provided.al2 2.26 ${req.workingDirectory}`,
  )
  expect(req.lines.some((l) => l.includes("has no 'bootstrap'"))).toBe(true)
})

it('fails with the command’s own output when it fails', async () => {
  const req = request('echo "compiling…"; echo "error[E0425]: cannot find value in this scope" >&2; exit 3')
  const error = await buildLayer(req).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toMatch(
    /^build-command failed \(exit code 3\):\nerror\[E0425\]: cannot find value/,
  )
})

it('names layer-directory when the command leaves it missing or empty', async () => {
  await expect(
    buildLayer(request('echo built somewhere else', { layerDirectory: 'dist/layer' })),
  ).rejects.toThrow(/layer-directory 'dist\/layer' does not exist/)
  await expect(buildLayer(request('mkdir -p layer'))).rejects.toThrow(/layer-directory 'layer' is empty/)
})

it('refuses a bootstrap without the executable bit, or one that needs a newer glibc than the runtime', async () => {
  await expect(buildLayer(request('mkdir -p layer && echo "#!/bin/sh" > layer/bootstrap'))).rejects.toThrow(
    /bootstrap' is not executable.*chmod 755 layer\/bootstrap/,
  )

  // The machine's own ls links against its glibc; Debian 12 and Ubuntu 22.04+ are newer than Amazon Linux 2.
  const copyLs = 'mkdir -p layer && cp "$(type -P ls)" layer/bootstrap'
  await expect(buildLayer(request(copyLs, { runtime: al2 }))).rejects.toThrow(
    /needs a newer glibc than provided\.al2 provides \(glibc 2\.26\): bootstrap needs GLIBC_2\.\d+/,
  )
})

it('warns when native code is for another CPU than the layer', async () => {
  const other: Architecture = hostArch === 'arm64' ? 'x86_64' : 'arm64'
  const req = request('mkdir -p layer && cp "$(type -P true)" layer/bootstrap', { architectures: [other] })
  await buildLayer(req)
  expect(req.lines.some((l) => /^Warning: 1 native file\(s\) are not for .*: bootstrap/.test(l))).toBe(true)
})

it('is the builder for provided runtimes and for any runtime with a build-command', () => {
  expect(builderName({ runtime: al2023 })).toBe('custom')
  expect(builderName({ runtime: findRuntime('python3.12')!, buildCommand: 'make layer' })).toBe('custom')
  const settings = builderSettings({
    runtime: al2023,
    architectures: ['x86_64'],
    workingDirectory: '/repo/runtime',
    lockfiles: ['/repo/runtime/Cargo.lock'],
    buildCommand: './build.sh',
    layerDirectory: '/repo/runtime/layer',
  })
  expect(settings).toEqual({ buildCommand: './build.sh', layerDirectory: 'layer' })
})
