import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { mapWithConcurrency } from '../core/concurrency.js'
import { errorMessage } from '../core/errors.js'
import type { RunCommand } from '../core/exec.js'
import { proxyAwareFetch } from '../core/proxy.js'
import { zipEntries } from '../package/zip-read.js'
import type { Predeflated } from '../package/zip.js'
import { outputTail } from './output.js'

const PARALLEL_DOWNLOADS = 8

export interface WheelDeflates {
  /** Deflated bytes by layer entry name (`python/numpy/...`). */
  files: Map<string, Predeflated>
  /** Wheels that could not be had, and why (the zip deflates their files itself). */
  problems: string[]
}

export interface WheelRequest {
  uv: string
  /** The install's resolution settings: interpreter, platform, indexes, constraint files. */
  resolution: string[]
  requirementFiles: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  run: RunCommand
  /** Where the wheels are kept until the zip is written. */
  folder: string
  /** The layer folder the packages go into, as an entry name prefix (`python/`). */
  prefix: string
  /** Basic authentication for hosts, as the index URLs give it. */
  credentials: Map<string, Record<string, string>>
  signal: AbortSignal
}

/**
 * The deflated bytes of the wheels a uv install unpacks into the layer, so that the zip copies them instead of
 * deflating the same files again (deflating was the largest part of a cold Python build's own time). uv keeps no
 * wheel files, so the same resolution is written as a pylock.toml (for one platform: one wheel per package, with
 * its URL and SHA-256) and those wheels are fetched while uv installs. The install stays the layer's truth: the zip
 * takes an entry's bytes only for a file of the entry's size and CRC-32. Nothing here can fail the build; what goes
 * wrong only costs the zip its shortcut.
 */
export async function fetchWheelDeflates(req: WheelRequest): Promise<WheelDeflates> {
  const files = new Map<string, Predeflated>()
  const problems: string[] = []
  try {
    await mkdir(req.folder, { recursive: true })
    const lock = path.join(req.folder, 'pylock.toml')
    const compiled = await req.run(
      req.uv,
      [
        'pip',
        'compile',
        ...req.resolution,
        ...req.requirementFiles,
        '--format',
        'pylock.toml',
        '--output-file',
        lock,
        '--quiet',
        '--no-cache',
      ],
      { cwd: req.cwd, env: req.env, signal: req.signal },
    )
    if (compiled.code !== 0) return { files, problems: [`uv pip compile: ${outputTail(compiled, 3)}`] }
    const wheels = pylockWheels(await readFile(lock, 'utf8'))
    const fetchFn = await proxyAwareFetch()
    await mapWithConcurrency(wheels, PARALLEL_DOWNLOADS, async (wheel) => {
      try {
        const headers = req.credentials.get(new URL(wheel.url).host) ?? {}
        const response = await fetchFn(wheel.url, { headers, signal: req.signal })
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
        const bytes = Buffer.from(await response.arrayBuffer())
        if (createHash('sha256').update(bytes).digest('hex') !== wheel.sha256)
          throw new Error('not the SHA-256 the resolution gives')
        const name = path.posix.basename(new URL(wheel.url).pathname)
        const kept = path.join(req.folder, name)
        await writeFile(kept, bytes)
        for (const [entryName, entry] of layerEntries(bytes, name, req.prefix)) {
          files.set(entryName, { source: kept, ...entry })
        }
      } catch (err) {
        problems.push(`${wheel.url}: ${late(req.signal) ?? errorMessage(err)}`)
      }
    })
  } catch (err) {
    problems.push(late(req.signal) ?? errorMessage(err))
  }
  return { files, problems }
}

function late(signal: AbortSignal): string | undefined {
  return signal.aborted ? 'still coming when the install was done' : undefined
}

/**
 * The wheels of a pylock.toml that uv wrote for one platform: one `wheels = [{ url = …, hashes = { sha256 = … } }]`
 * line per package. A package with several wheels, a local path or only a source distribution is left out.
 */
export function pylockWheels(text: string): { url: string; sha256: string }[] {
  const wheels: { url: string; sha256: string }[] = []
  for (const line of text.split('\n')) {
    if (!line.startsWith('wheels = [{') || !line.endsWith('}]') || line.split(' url = ').length !== 2)
      continue
    const url = /\burl = "([^"]+)"/.exec(line)?.[1]
    const sha256 = /\bsha256 = "([0-9a-f]{64})"/.exec(line)?.[1]
    if (url && sha256) wheels.push({ url, sha256 })
  }
  return wheels
}

/**
 * A wheel's deflated entries under the names an installer gives them in the layer: `<name>.data/purelib/` and
 * `platlib/` go to the top, other `.data` folders (scripts, headers, data) are not reused, and RECORD is rewritten
 * by the installer anyway. The zip compares each installed file with the entry's size and CRC-32; the entry's
 * bytes are not inflated here to check them (that would cost most of what copying them saves): the wheel is the
 * file whose SHA-256 uv's resolution gives, fetched from the index uv installed it from moments before.
 */
export function layerEntries(
  wheel: Buffer,
  wheelName: string,
  prefix: string,
): [string, Omit<Predeflated, 'source'>][] {
  const entries: [string, Omit<Predeflated, 'source'>][] = []
  for (const entry of zipEntries(wheel, wheelName)) {
    if (entry.method !== 8 || entry.name.endsWith('/') || entry.compressedSize >= entry.size) continue
    if (/\.dist-info\/RECORD$/.test(entry.name)) continue
    const data = /^[^/]+\.data\/([^/]+)\/(.+)$/.exec(entry.name)
    if (data && data[1] !== 'purelib' && data[1] !== 'platlib') continue
    const { crc, compressedSize, size, dataOffset } = entry
    entries.push([
      `${prefix}${data ? data[2] : entry.name}`,
      { crc, compressedSize, size, offset: dataOffset },
    ])
  }
  return entries
}
