import { createHash } from 'node:crypto'
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { errorMessage, UserError } from '../core/errors.js'
import type { RunCommand } from '../core/exec.js'
import { proxyAwareFetch } from '../core/proxy.js'
import { zipEntries } from '../package/zip-read.js'
import { outputTail } from './output.js'

/** The uv release installed when the runner has none; part of the fingerprint. */
export const UV_VERSION = '0.13.8'

const PYPI = 'https://pypi.org/simple'

interface UvWheel {
  filename: string
  sha256: string
  /** PyPI's folder for the file. */
  pypi: string
}

/**
 * The pinned release's Linux wheels, by Node's name for the CPU: the SHA-256 any index must serve for the file
 * (from PyPI), and PyPI's own URL for it, so the default index needs no project-page look-up (about 0.2 s).
 */
const UV_WHEELS: Record<string, UvWheel> = {
  x64: {
    filename: 'uv-0.13.8-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
    sha256: 'e18a57b8b352eb7c8feb317b9f6f533c8f0ad9673fd6cf34bbe3cf1a9f6a8984',
    pypi: 'https://files.pythonhosted.org/packages/c5/32/52ee34636aea1ab3f8baeeae1c3599461b8cddfb379862cc72ac61b8d91c/',
  },
  arm64: {
    filename: 'uv-0.13.8-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl',
    sha256: '0b3e8b1a4f5e405e31e2ff33de8af4744831e9f7338539671efbd8c3c94e791d',
    pypi: 'https://files.pythonhosted.org/packages/9e/f0/d989ac5fcebf83f1c8c5d78974f27788e8364945969eb646f5d0db35d924/',
  },
}
/** JSON (PEP 691) first; an index that serves only HTML (PEP 503) is read too. */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1'

export interface Installer {
  name: 'uv'
  version: string
  /** The command to run: `uv`, or a path in the tool cache. */
  command: string
}

export interface UvResult {
  installer?: Installer
  problem?: string
  /** What was done to get it, for the build's log. */
  note?: string
}

/** The pinned wheel for a CPU (Node's name), if there is one. */
export function uvWheel(arch: string): UvWheel | undefined {
  return UV_WHEELS[arch]
}

/** `uv <version>` when uv is on PATH, else the pinned version the build will install. */
export async function plannedUv(run: RunCommand, cwd: string): Promise<Installer> {
  return (await uvOnPath(run, cwd)) ?? { name: 'uv', version: UV_VERSION, command: '' }
}

async function uvOnPath(run: RunCommand, cwd: string): Promise<Installer | undefined> {
  const probe = await run('uv', ['--version'], { cwd }).catch(() => undefined)
  const version = probe?.code === 0 ? /uv (\d+\.\d+\.\d+\S*)/.exec(probe.stdout)?.[1] : undefined
  return version ? { name: 'uv', version, command: 'uv' } : undefined
}

/** Where the pinned uv is kept: the runner's tool cache (the layout @actions/tool-cache uses), else a temp folder. */
function toolFolder(env: NodeJS.ProcessEnv): string {
  const arch = os.arch()
  return env.RUNNER_TOOL_CACHE
    ? path.join(env.RUNNER_TOOL_CACHE, 'uv', UV_VERSION, arch)
    : path.join(env.RUNNER_TEMP || os.tmpdir(), 'layer-action-tools', `uv-${UV_VERSION}-${arch}`)
}

/**
 * uv from PATH, from the tool cache, or the pinned release's wheel fetched from the package index and checked
 * against the SHA-256 pinned here. Never rejects: a problem comes back as text (the build then tries `pip install uv`). The pipeline
 * starts this before it looks the layer up in AWS, so the download overlaps that lookup; `signal` stops it when
 * nothing is built. It logs nothing itself (it runs ahead of the build): `note` says what it did.
 */
export async function obtainUv(
  run: RunCommand,
  cwd: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
  planned: Promise<Installer> = plannedUv(run, cwd),
): Promise<UvResult> {
  try {
    const onPath = await planned
    if (onPath.command) return { installer: onPath }
    const folder = toolFolder(env)
    const command = path.join(folder, 'bin', 'uv')
    if (await exists(`${folder}.complete`)) return { installer: { name: 'uv', version: UV_VERSION, command } }
    const index = packageIndex(env)
    const started = Date.now()
    const binary = await downloadUv(index, signal)
    await settle(folder, async (staging) => {
      await mkdir(path.join(staging, 'bin'), { recursive: true })
      await writeFile(path.join(staging, 'bin', 'uv'), binary)
      await chmod(path.join(staging, 'bin', 'uv'), 0o755)
    })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    return {
      installer: { name: 'uv', version: UV_VERSION, command },
      note: `Downloaded uv ${UV_VERSION} from ${index.shown} into ${folder} (${seconds} s)`,
    }
  } catch (err) {
    // fetch says only "fetch failed"; the reason (DNS, TLS certificate, refused) is its cause.
    const reason = (err as { cause?: unknown } | undefined)?.cause
    const cause = reason ? `: ${errorMessage(reason)}` : ''
    return { problem: `${errorMessage(err)}${cause}` }
  }
}

/** The old route, when the index cannot be read directly: `pip install uv` with pip's own configuration. */
export async function pipInstallUv(
  run: RunCommand,
  python: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<UvResult> {
  const folder = toolFolder(env)
  log(`Installing uv ${UV_VERSION} with pip into ${folder}`)
  try {
    await settle(folder, async (staging) => {
      const result = await run(
        python,
        [
          '-m',
          'pip',
          'install',
          '--target',
          staging,
          '--no-deps',
          '--disable-pip-version-check',
          '--no-input',
          '--no-warn-script-location',
          '--progress-bar',
          'off',
          `uv==${UV_VERSION}`,
        ],
        { cwd, env: { ...env, PIP_ROOT_USER_ACTION: 'ignore' } },
      ).catch((err: unknown) => ({ code: -1, stdout: '', stderr: String(err) }))
      if (result.code !== 0 || !(await exists(path.join(staging, 'bin', 'uv'))))
        throw new Error(outputTail(result, 5) || `exit code ${result.code}`)
    })
  } catch (err) {
    return { problem: errorMessage(err) }
  }
  return { installer: { name: 'uv', version: UV_VERSION, command: path.join(folder, 'bin', 'uv') } }
}

/** Fills a staging folder and renames it into place, so a half-written folder is never used. */
async function settle(folder: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const staging = `${folder}.${process.pid}.tmp`
  await rm(staging, { recursive: true, force: true })
  await mkdir(path.dirname(folder), { recursive: true })
  try {
    await fill(staging)
  } catch (err) {
    await rm(staging, { recursive: true, force: true })
    throw err
  }
  await rm(folder, { recursive: true, force: true })
  try {
    await rename(staging, folder)
  } catch (err) {
    // Another job on this runner installed it at the same moment: theirs is as good as ours.
    await rm(staging, { recursive: true, force: true })
    if (!(await exists(path.join(folder, 'bin', 'uv'))))
      throw new UserError(`Could not install uv into ${folder}: ${String(err)}`)
  }
  await writeFile(`${folder}.complete`, '')
}

interface PackageIndex {
  url: string
  /** The URL without credentials, for the log. */
  shown: string
  headers: Record<string, string>
  /** No index was named: PyPI. */
  pypi: boolean
}

/** The indexes the environment names for uv and pip, uv's first. */
export function namedIndexes(env: NodeJS.ProcessEnv): string[] {
  return [env.UV_DEFAULT_INDEX, env.UV_INDEX_URL, env.PIP_INDEX_URL].filter((url): url is string =>
    Boolean(url),
  )
}

/** The index uv itself would use (UV_DEFAULT_INDEX, UV_INDEX_URL), else pip's (PIP_INDEX_URL), else PyPI. */
export function packageIndex(env: NodeJS.ProcessEnv): PackageIndex {
  const named = namedIndexes(env)[0]
  const url = new URL((named || PYPI).replace(/\/?$/, '/'))
  const headers = indexCredentials([url.href]).get(url.host) ?? {}
  url.username = ''
  url.password = ''
  return { url: url.href, shown: url.href.replace(/\/$/, ''), headers, pypi: !named }
}

/**
 * Basic authentication by host, from index URLs that carry credentials (`https://user:token@host/simple`): fetch
 * refuses such URLs, so they travel as a header, as pip sends them, and only to that host.
 */
export function indexCredentials(urls: string[]): Map<string, Record<string, string>> {
  const byHost = new Map<string, Record<string, string>>()
  for (const given of urls) {
    const url = URL.canParse(given) ? new URL(given) : undefined
    if (!url || (!url.username && !url.password) || byHost.has(url.host)) continue
    const user = decodeURIComponent(url.username)
    const password = decodeURIComponent(url.password)
    byHost.set(url.host, { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` })
  }
  return byHost
}

/** The uv binary out of the pinned release's wheel for this machine, checked against the pinned SHA-256. */
async function downloadUv(index: PackageIndex, signal?: AbortSignal): Promise<Buffer> {
  const wheel = uvWheel(os.arch())
  if (!wheel) throw new Error(`uv ${UV_VERSION} has no Linux wheel pinned here for ${os.arch()}`)
  const fetchFn = await proxyAwareFetch()
  let url = `${wheel.pypi}${wheel.filename}`
  if (!index.pypi) {
    const pageUrl = new URL('uv/', index.url).href
    const page = await fetchFn(pageUrl, { headers: { ...index.headers, accept: SIMPLE_ACCEPT }, signal })
    if (!page.ok) throw new Error(`${pageUrl} answered ${page.status} ${page.statusText}`)
    const files = simpleFiles(await page.text(), page.headers.get('content-type') ?? '', pageUrl)
    const listed = files.find((f) => f.filename === wheel.filename)
    if (!listed) throw new Error(`${pageUrl} does not list ${wheel.filename}`)
    url = listed.url
  }
  // Credentials go only to the index's own host, not to a CDN the page points at.
  const sameHost = new URL(url).host === new URL(index.url).host
  const response = await fetchFn(url, { headers: sameHost ? index.headers : {}, signal })
  if (!response.ok) throw new Error(`${wheel.filename}: ${response.status} ${response.statusText}`)
  const name = `uv-${UV_VERSION}.data/scripts/uv`
  const hash = createHash('sha256')
  const parts: Buffer[] = []
  const unpacking = new StreamedEntry(name)
  for await (const part of response.body ?? []) {
    const bytes = Buffer.from(part as Uint8Array)
    hash.update(bytes)
    parts.push(bytes)
    unpacking.push(bytes)
  }
  const digest = hash.digest('hex')
  if (digest !== wheel.sha256)
    throw new Error(
      `${wheel.filename} is not uv ${UV_VERSION}'s wheel: its SHA-256 is ${digest}, not ${wheel.sha256}`,
    )
  return (await unpacking.result()) ?? zipEntry(Buffer.concat(parts), name, wheel.filename)
}

/**
 * Inflates one entry of a zip archive while the archive downloads, from the local headers (the uv binary comes
 * early in its wheel, so unpacking it costs no time after the download). Gives up, leaving it to the central
 * directory, on anything it does not expect: sizes only in a data descriptor, another method, the entry not found.
 */
export class StreamedEntry {
  private pending: Buffer = Buffer.alloc(0)
  private skip = 0
  private feeding = 0
  private state: 'headers' | 'skip' | 'entry' | 'stopped' = 'headers'
  private expected?: { size: number; crc: number }
  private readonly inflater = zlib.createInflateRaw({ chunkSize: 1 << 20 })
  private readonly out: Buffer[] = []
  private readonly done: Promise<void>

  constructor(private readonly name: string) {
    this.inflater.on('data', (chunk: Buffer) => this.out.push(chunk))
    this.done = new Promise((resolve, reject) => {
      this.inflater.on('end', resolve)
      this.inflater.on('error', reject)
    })
    this.done.catch(() => undefined)
  }

  push(bytes: Buffer): void {
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, bytes]) : bytes
    while (this.pending.length > 0 && this.state !== 'stopped') {
      if (this.state === 'skip' || this.state === 'entry') {
        const take = Math.min(this.state === 'skip' ? this.skip : this.feeding, this.pending.length)
        if (this.state === 'entry') this.inflater.write(this.pending.subarray(0, take))
        this.pending = this.pending.subarray(take)
        if (this.state === 'skip' && (this.skip -= take) === 0) this.state = 'headers'
        if (this.state === 'entry' && (this.feeding -= take) === 0) {
          this.inflater.end()
          this.state = 'stopped'
        }
        continue
      }
      if (this.pending.length < 30) return
      const nameLength = this.pending.readUInt16LE(26)
      const headerLength = 30 + nameLength + this.pending.readUInt16LE(28)
      if (this.pending.length < headerLength) return
      const local = this.pending.readUInt32LE(0) === 0x04034b50
      const descriptor = (this.pending.readUInt16LE(6) & 0x8) !== 0
      if (!local || descriptor) {
        this.state = 'stopped'
        return
      }
      const compressed = this.pending.readUInt32LE(18)
      const entry = this.pending.toString('utf8', 30, 30 + nameLength) === this.name
      if (entry && (this.pending.readUInt16LE(8) !== 8 || compressed === 0)) {
        this.state = 'stopped'
        return
      }
      if (entry) this.expected = { crc: this.pending.readUInt32LE(14), size: this.pending.readUInt32LE(22) }
      this.pending = this.pending.subarray(headerLength)
      if (entry) [this.state, this.feeding] = ['entry', compressed]
      else [this.state, this.skip] = compressed > 0 ? ['skip', compressed] : ['headers', 0]
    }
  }

  /** The entry's bytes when they were unpacked whole and check out, else undefined. */
  async result(): Promise<Buffer | undefined> {
    if (!this.expected || this.feeding > 0) {
      this.inflater.destroy()
      return undefined
    }
    const ok = await this.done.then(
      () => true,
      () => false,
    )
    const bytes = Buffer.concat(this.out)
    return ok && bytes.length === this.expected.size && zlib.crc32(bytes) === this.expected.crc
      ? bytes
      : undefined
  }
}

export interface IndexFile {
  filename: string
  url: string
}

/** The files a simple-API project page lists, as JSON (PEP 691) or HTML (PEP 503); URLs made absolute. */
export function simpleFiles(body: string, contentType: string, pageUrl: string): IndexFile[] {
  if (contentType.includes('json')) {
    const json = JSON.parse(body) as {
      files?: { filename: string; url: string }[]
    }
    return (json.files ?? []).map((f) => ({ filename: f.filename, url: new URL(f.url, pageUrl).href }))
  }
  const files: IndexFile[] = []
  for (const match of body.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/gi)) {
    const url = new URL(match[1].replace(/&amp;/g, '&'), pageUrl)
    url.hash = ''
    files.push({ filename: match[2].trim(), url: url.href })
  }
  return files
}

/** One file out of a zip archive (a wheel). */
export function zipEntry(archive: Buffer, name: string, archiveName: string): Buffer {
  const entry = zipEntries(archive, archiveName).find((e) => e.name === name)
  if (!entry) throw new Error(`${archiveName} holds no ${name}`)
  const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  if (entry.method === 0) return Buffer.from(data)
  if (entry.method === 8) return zlib.inflateRawSync(data)
  throw new Error(`${archiveName}: ${name} uses compression method ${entry.method}`)
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined
}
