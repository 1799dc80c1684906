// Installs and starts moto server, the local AWS API that the demo and the integration tests talk to.
//   node scripts/moto.mjs install   installs it (once) into .tools/moto
//   node scripts/moto.mjs start     starts it and prints its URL until interrupted
import { spawn, execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const MOTO_VERSION = '5.2.5'
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const toolsDir = join(repoRoot, '.tools')
export const venvDir = join(toolsDir, 'moto')
const serverBin = join(venvDir, 'bin', 'moto_server')
const STALE_LOCK_MS = 10 * 60_000

/** Installs moto into `.tools/moto` unless it is already there. Safe to call from several processes at once. */
export function ensureMoto() {
  return ensurePythonTool({ dir: venvDir, requirement: `moto[server]==${MOTO_VERSION}` })
}

/**
 * Installs one pinned PyPI requirement into its own venv under `.tools/` (once; the venv records what it holds).
 * Safe to call from several processes at once: one installs into a staging folder and renames it into place.
 */
export async function ensurePythonTool({ dir, requirement }) {
  const stamp = join(dir, '.requirement')
  const installed = () => existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === requirement
  if (installed()) return dir
  await mkdir(toolsDir, { recursive: true })
  const lockDir = `${dir}.lock`
  if (!(await acquireLock(lockDir, installed))) return dir
  try {
    if (installed()) return dir
    // Build in a temporary venv and rename it into place, so a half-finished install is never used.
    const staging = `${dir}.tmp-${process.pid}`
    await rm(staging, { recursive: true, force: true })
    const python = process.env.PYTHON ?? 'python3'
    process.stderr.write(`Installing ${requirement} into ${dir} (first use only)\n`)
    try {
      await run(python, ['-m', 'venv', staging])
      const pip = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check']
      await run(join(staging, 'bin', 'python'), [...pip, requirement], {
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, PIP_ROOT_USER_ACTION: 'ignore' },
      })
      await writeFile(join(staging, '.requirement'), `${requirement}\n`)
    } catch (err) {
      await rm(staging, { recursive: true, force: true })
      throw new Error(`Installing ${requirement} failed: ${err.stderr || err.message}`)
    }
    // Scripts in the venv carry the staging path in their shebang, so run them via the venv's python.
    await rm(dir, { recursive: true, force: true })
    await rename(staging, dir)
    return dir
  } finally {
    await rm(lockDir, { recursive: true, force: true })
  }
}

/** True once this process holds the lock; false if another process finished the install while we waited. */
async function acquireLock(lockDir, installed) {
  for (;;) {
    try {
      await mkdir(lockDir)
      return true
    } catch (err) {
      if (err.code !== 'EEXIST') throw err
    }
    if (installed()) return false
    const lockedAt = await stat(lockDir).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    )
    if (Date.now() - lockedAt > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true })
    else await new Promise((r) => setTimeout(r, 500))
  }
}

/**
 * Starts moto server on a free loopback port (`-p 0`; it prints the port it bound) and waits until it answers.
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startMoto({ timeoutMs = 30_000 } = {}) {
  await ensureMoto()
  const python = join(venvDir, 'bin', 'python')
  const child = spawn(python, [serverBin, '-H', '127.0.0.1', '-p', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' },
  })
  let log = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-8000)
  })
  const exited = new Promise((r) => child.once('exit', r))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited (${child.exitCode}):\n${log}`)
    const port = Number(/Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1])
    if (port) {
      const url = `http://127.0.0.1:${port}`
      const ready = await fetch(`${url}/moto-api/data.json`).then(
        (r) => r.ok,
        () => false,
      )
      if (ready) return { url, port, stop }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  await stop()
  throw new Error(`moto_server did not start within ${timeoutMs} ms:\n${log}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'install'
  if (command === 'install') {
    console.log(await ensureMoto())
  } else if (command === 'start') {
    const moto = await startMoto()
    console.log(moto.url)
    const shutdown = () => moto.stop().then(() => process.exit(0))
    process.on('SIGINT', shutdown)
    process.on('SIGTERM', shutdown)
  } else {
    console.error('usage: node scripts/moto.mjs [install|start]')
    process.exit(2)
  }
}
