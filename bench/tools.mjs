// The peers the benchmarks compare against, installed on first use: Info-ZIP and 7-Zip from Debian's packages,
// AWS SAM CLI from PyPI into .tools/sam (the same way scripts/moto.mjs installs moto). Each `ensure…` returns
// undefined when the tool is ready, or the reason it could not be installed, so a scenario can say why it is skipped.
import { execFile, execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { TOOLS } from './lib.mjs'

const run = promisify(execFile)

export const SAM_VERSION = '1.170.0'
/** SAM runs on (and `sam build` for python3.12 needs) Python 3.12, which pyenv provides next to the default Python. */
export const SAM_PYTHON = '3.12'
const samDir = path.join(TOOLS, 'sam')
const samVersionFile = path.join(samDir, '.sam-version')
const samLockDir = path.join(TOOLS, 'sam.lock')
const STALE_LOCK_MS = 10 * 60_000

let aptUpdated = false

/** Installs a Debian package unless `command` already runs; `apt-get update` once per process. */
function ensureApt(command, versionArgs, pkg) {
  if (spawnSync(command, versionArgs).status === 0) return undefined
  console.log(`installing ${pkg}: apt-get install -y ${pkg}`)
  try {
    if (!aptUpdated) execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    aptUpdated = true
    execFileSync('apt-get', ['install', '-y', pkg], { stdio: 'inherit' })
  } catch (err) {
    return `${pkg} could not be installed (apt-get install -y ${pkg}: ${err.message.split('\n')[0]})`
  }
  return spawnSync(command, versionArgs).status === 0
    ? undefined
    : `${command} does not run after installing ${pkg}`
}

export const ensureInfoZip = () => ensureApt('zip', ['-v'], 'zip')
export const ensureSevenZip = () => ensureApt('7z', ['i'], 'p7zip-full')

/** The bin folder of pyenv's newest Python `version` (e.g. 3.12), or undefined. */
export function pyenvBin(version) {
  const found = spawnSync('pyenv', ['prefix', version], { encoding: 'utf8' })
  if (found.status !== 0) return undefined
  const bin = path.join(found.stdout.trim().split(':')[0], 'bin')
  return existsSync(path.join(bin, `python${version}`)) ? bin : undefined
}

const samInstalled = () =>
  existsSync(samVersionFile) && readFileSync(samVersionFile, 'utf8').trim() === SAM_VERSION

/**
 * The command that runs SAM CLI from .tools/sam, installed from PyPI on first use; or `{ skipped }` with the reason.
 * Scripts in the venv carry the staging path in their shebang, so SAM runs as `python -m samcli`.
 */
export async function ensureSam() {
  const sam = [path.join(samDir, 'bin', 'python'), '-m', 'samcli']
  if (samInstalled()) return { sam }
  const bin = pyenvBin(SAM_PYTHON)
  if (!bin) return { skipped: `no Python ${SAM_PYTHON} from pyenv for aws-sam-cli and its python3.12 builds` }
  await mkdir(TOOLS, { recursive: true })
  if (!(await acquireLock())) return { sam }
  try {
    if (samInstalled()) return { sam }
    // Built in a temporary venv and renamed into place, so a half-finished install is never used.
    const staging = `${samDir}.tmp-${process.pid}`
    await rm(staging, { recursive: true, force: true })
    console.log(`installing aws-sam-cli==${SAM_VERSION} into ${samDir} (first use only)`)
    try {
      await run(path.join(bin, `python${SAM_PYTHON}`), ['-m', 'venv', staging])
      const pip = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check']
      await run(path.join(staging, 'bin', 'python'), [...pip, `aws-sam-cli==${SAM_VERSION}`], {
        maxBuffer: 16 * 1024 * 1024,
      })
      await writeFile(path.join(staging, '.sam-version'), `${SAM_VERSION}\n`)
    } catch (err) {
      await rm(staging, { recursive: true, force: true })
      return {
        skipped: `installing aws-sam-cli failed: ${(err.stderr || err.message).trim().split('\n').at(-1)}`,
      }
    }
    await rm(samDir, { recursive: true, force: true })
    await rename(staging, samDir)
    return { sam }
  } finally {
    await rm(samLockDir, { recursive: true, force: true })
  }
}

/** True once this process holds the lock; false if another process finished the install while we waited. */
async function acquireLock() {
  for (;;) {
    try {
      await mkdir(samLockDir)
      return true
    } catch (err) {
      if (err.code !== 'EEXIST') throw err
    }
    if (samInstalled()) return false
    const lockedAt = await stat(samLockDir).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    )
    if (Date.now() - lockedAt > STALE_LOCK_MS) await rm(samLockDir, { recursive: true, force: true })
    else await new Promise((r) => setTimeout(r, 500))
  }
}
