// A real forward HTTP proxy on loopback (proxy.py from PyPI) for the tests of HTTPS_PROXY / HTTP_PROXY / NO_PROXY.
//   node scripts/proxy.mjs install   installs it (once) into .tools/proxy
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensurePythonTool, toolsDir } from './moto.mjs'

export const PROXY_PY_VERSION = '2.4.10'
const dir = join(toolsDir, 'proxy')

export function ensureProxy() {
  return ensurePythonTool({ dir, requirement: `proxy.py==${PROXY_PY_VERSION}` })
}

/**
 * Starts the proxy on a free loopback port. `log()` is its access log so far: one line per plain-HTTP request
 * (`GET 127.0.0.1:port/path`) and one per tunnel (`CONNECT 127.0.0.1:port`), written when the connection ends.
 * @returns {Promise<{ url: string, port: number, log: () => string, stop: () => Promise<void> }>}
 */
export async function startProxy({ timeoutMs = 30_000 } = {}) {
  await ensureProxy()
  const work = await mkdtemp(join(tmpdir(), 'proxy-'))
  const portFile = join(work, 'port')
  const args = ['-m', 'proxy', '--hostname', '127.0.0.1', '--port', '0', '--port-file', portFile]
  const child = spawn(join(dir, 'bin', 'python'), [...args, '--num-workers', '1', '--num-acceptors', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let log = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise((r) => child.once('exit', r))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
    await rm(work, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`proxy.py exited (${child.exitCode}):\n${log}`)
    const port = Number((await readFile(portFile, 'utf8').catch(() => '')).trim())
    if (port) return { url: `http://127.0.0.1:${port}`, port, log: () => log, stop }
    await new Promise((r) => setTimeout(r, 100))
  }
  await stop()
  throw new Error(`proxy.py did not start within ${timeoutMs} ms:\n${log}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await ensureProxy())
}
