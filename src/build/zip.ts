import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, open, readdir, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { LayerZip } from '../types.js'

/** A regular file that goes into the layer, under its '/'-joined relative name. */
export interface LayerFile {
  name: string
  /** Real path the content is read from (a symlink inside the root is resolved to its target). */
  source: string
  size: number
  executable: boolean
}

export interface LayerTree {
  files: LayerFile[]
  /** Directory names, each ending in '/'. */
  dirs: string[]
  /** One human-readable line per entry that was left out (symlink outside the root, dangling, cycle, special file). */
  skipped: string[]
}

export interface ZipResult extends LayerZip {
  skipped: string[]
}

const DEFLATE_LEVEL = 6
/** Files are read and deflated in chunks of this size, so one large file still uses every core. */
const CHUNK_SIZE = 1 << 20
const DICTIONARY_SIZE = 32 * 1024
/** Bounds the raw bytes held by chunks read or being deflated but not yet written. */
const WINDOW_BYTES = 24 << 20
const WINDOW_CHUNKS = 64
/** Below this, deflate cannot win back its own block overhead. */
const MIN_DEFLATE_SIZE = 64
/** A large file is stored when deflating its first chunk saves less than this fraction. */
const MIN_SAVING = 0.02
const OUTPUT_BUFFER_SIZE = 1 << 20
const STORED_EXTENSIONS = new Set(
  '.zip .whl .jar .egg .gz .tgz .bz2 .xz .lz .lzma .zst .br .7z .png .jpg .jpeg .gif .webp .woff .woff2 .mp3 .mp4'.split(
    ' ',
  ),
)

/**
 * Writes the contents of `root` to `zipPath` as a byte-for-byte deterministic zip: entries sorted by name, a fixed
 * timestamp, normalised unix modes, no extra fields (except ZIP64 where the format demands it).
 */
export async function zipDirectory(root: string, zipPath: string): Promise<ZipResult> {
  const target = path.resolve(zipPath)
  const partial = `${target}.partial-${process.pid}`
  const tree = await walkLayer(root, [target, partial])
  const handle = await open(partial, 'w')
  try {
    const zipSize = await writeZip(tree, handle)
    await handle.close()
    await rename(partial, target)
    return {
      path: target,
      zipSize,
      unzippedSize: tree.files.reduce((sum, file) => sum + file.size, 0),
      codeSha256: await sha256Base64(target),
      fileCount: tree.files.length,
      skipped: tree.skipped,
    }
  } catch (err) {
    await handle.close().catch(() => undefined)
    await rm(partial, { force: true })
    throw err
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Walking the layer directory

interface WalkContext {
  rootReal: string
  exclude: Set<string>
  tree: LayerTree
}

/**
 * Lists what goes into the layer. Symlinks are followed only when their resolved target stays inside `root`;
 * `exclude` holds absolute paths (the zip being written) that are left out silently.
 */
export async function walkLayer(root: string, exclude: string[] = []): Promise<LayerTree> {
  const rootReal = await realpath(root)
  const excluded = await Promise.all(exclude.map(realParentPath))
  const ctx: WalkContext = {
    rootReal,
    exclude: new Set(excluded),
    tree: { files: [], dirs: [], skipped: [] },
  }
  await walkDirectory(ctx, rootReal, '', [rootReal])
  ctx.tree.files.sort((a, b) => compareNames(a.name, b.name))
  ctx.tree.dirs.sort(compareNames)
  ctx.tree.skipped.sort()
  return ctx.tree
}

async function walkDirectory(
  ctx: WalkContext,
  dirReal: string,
  prefix: string,
  ancestors: string[],
): Promise<void> {
  const names = await readdir(dirReal)
  await Promise.all(names.map((name) => visit(ctx, path.join(dirReal, name), prefix + name, ancestors)))
}

async function visit(ctx: WalkContext, source: string, name: string, ancestors: string[]): Promise<void> {
  if (ctx.exclude.has(source)) return
  const stats = await lstat(source)
  if (stats.isSymbolicLink()) return visitSymlink(ctx, source, name, ancestors)
  if (stats.isDirectory()) return addDirectory(ctx, source, name, ancestors)
  if (stats.isFile()) return addFile(ctx, source, name, stats.size, stats.mode)
  ctx.tree.skipped.push(`${name}: not a regular file, directory or symlink`)
}

async function visitSymlink(
  ctx: WalkContext,
  source: string,
  name: string,
  ancestors: string[],
): Promise<void> {
  let target: string
  try {
    target = await realpath(source)
  } catch {
    ctx.tree.skipped.push(`${name}: dangling symlink`)
    return
  }
  if (!isInside(ctx.rootReal, target)) {
    ctx.tree.skipped.push(`${name}: symlink to ${target} points outside the layer directory`)
    return
  }
  if (ctx.exclude.has(target)) return
  const stats = await stat(target)
  if (stats.isDirectory()) {
    if (ancestors.includes(target)) ctx.tree.skipped.push(`${name}: symlink to a parent directory (cycle)`)
    else await addDirectory(ctx, target, name, ancestors)
  } else if (stats.isFile()) {
    addFile(ctx, target, name, stats.size, stats.mode)
  } else {
    ctx.tree.skipped.push(`${name}: symlink to something that is not a regular file or directory`)
  }
}

async function addDirectory(
  ctx: WalkContext,
  dirReal: string,
  name: string,
  ancestors: string[],
): Promise<void> {
  ctx.tree.dirs.push(`${name}/`)
  await walkDirectory(ctx, dirReal, `${name}/`, [...ancestors, dirReal])
}

function addFile(ctx: WalkContext, source: string, name: string, size: number, mode: number): void {
  const executable = (mode & 0o111) !== 0 || name === 'bootstrap' || name.startsWith('bin/')
  ctx.tree.files.push({ name, source, size, executable })
}

function isInside(rootReal: string, candidate: string): boolean {
  return (
    candidate === rootReal ||
    candidate.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep)
  )
}

async function realParentPath(file: string): Promise<string> {
  const parent = await realpath(path.dirname(file)).catch(() => path.dirname(file))
  return path.join(parent, path.basename(file))
}

/** Byte order of the UTF-8 names, which is what "sorted" means inside the zip. */
function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and deflating, several chunks at a time

interface Chunk {
  raw: Buffer
  /** Present when the file is deflated. */
  deflated?: Buffer
}

interface ChunkJob {
  file: LayerFile
  index: number
  last: boolean
  /** Resolves to whether this file is deflated (decided once per file). */
  deflate: Promise<boolean>
  /** Set on the first chunk of a large file: it makes the decision for the chunks after it. */
  decide?: (deflate: boolean) => void
}

const deflateRaw = promisify(zlib.deflateRaw) as (
  buffer: Buffer,
  options: zlib.ZlibOptions,
) => Promise<Buffer>

/**
 * Starts chunk jobs in entry order, keeping at most WINDOW_BYTES / WINDOW_CHUNKS in flight; `next()` hands them out in
 * the same order. zlib's async API runs on the libuv thread pool, so jobs in flight deflate in parallel.
 */
class ChunkWindow {
  private readonly queue: { job: ChunkJob; result: Promise<Chunk> }[] = []
  private readonly jobs: Iterator<ChunkJob>
  private bytesInFlight = 0

  constructor(files: LayerFile[]) {
    this.jobs = chunkJobs(files)
    this.fill()
  }

  async next(): Promise<Chunk> {
    const head = this.queue.shift()
    if (!head) throw new Error('zip: chunk window is empty')
    const chunk = await head.result
    this.bytesInFlight -= chunk.raw.length
    this.fill()
    return chunk
  }

  private fill(): void {
    while (this.bytesInFlight < WINDOW_BYTES && this.queue.length < WINDOW_CHUNKS) {
      const { value: job, done } = this.jobs.next()
      if (done) return
      this.bytesInFlight += chunkLength(job)
      const result = readChunk(job)
      result.catch(() => undefined) // awaited (and rethrown) by next(); avoids an unhandled rejection meanwhile
      this.queue.push({ job, result })
    }
  }
}

function* chunkJobs(files: LayerFile[]): Generator<ChunkJob> {
  for (const file of files) {
    if (file.size === 0) continue
    const count = Math.ceil(file.size / CHUNK_SIZE)
    const tryDeflate = Promise.resolve(worthDeflating(file))
    if (count === 1) {
      yield { file, index: 0, last: true, deflate: tryDeflate }
      continue
    }
    // The first chunk is deflated as a sample; the chunks after it wait for its verdict.
    let decide: (deflate: boolean) => void = () => undefined
    const deflate = new Promise<boolean>((resolve) => (decide = resolve))
    yield { file, index: 0, last: false, deflate: tryDeflate, decide }
    for (let index = 1; index < count; index++) yield { file, index, last: index === count - 1, deflate }
  }
}

function worthDeflating(file: LayerFile): boolean {
  return file.size >= MIN_DEFLATE_SIZE && !STORED_EXTENSIONS.has(path.extname(file.name).toLowerCase())
}

function chunkLength(job: ChunkJob): number {
  return Math.min(CHUNK_SIZE, job.file.size - job.index * CHUNK_SIZE)
}

async function readChunk(job: ChunkJob): Promise<Chunk> {
  const start = job.index * CHUNK_SIZE
  const length = chunkLength(job)
  // Later chunks also read the 32 KiB before them: the deflate dictionary that makes the chunks one stream.
  const dictionaryLength = Math.min(start, DICTIONARY_SIZE)
  const bytes = await readRange(job.file, start - dictionaryLength, dictionaryLength + length)
  const raw = bytes.subarray(dictionaryLength)
  if (!(await job.deflate)) {
    job.decide?.(false)
    return { raw }
  }
  const deflated = await deflateRaw(raw, {
    level: DEFLATE_LEVEL,
    memLevel: 9,
    // Room for the whole output, so zlib finishes in one trip to the thread pool instead of one per 16 KiB.
    chunkSize: Math.max(raw.length + (raw.length >> 8) + 64, zlib.constants.Z_MIN_CHUNK),
    dictionary: dictionaryLength > 0 ? bytes.subarray(0, dictionaryLength) : undefined,
    // Non-final chunks end on a byte boundary without the final-block bit, so the next chunk's output follows on.
    finishFlush: job.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  })
  const worthIt = job.decide
    ? deflated.length <= raw.length * (1 - MIN_SAVING)
    : job.index > 0 || deflated.length < raw.length
  job.decide?.(worthIt)
  return worthIt ? { raw, deflated } : { raw }
}

async function readRange(file: LayerFile, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length)
  const handle = await open(file.source, 'r')
  try {
    let filled = 0
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
      if (bytesRead === 0) throw new Error(`zip: ${file.name} shrank while it was being zipped`)
      filled += bytesRead
    }
    return buffer
  } finally {
    await handle.close()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The zip format

const UINT32_MAX = 0xffffffff
/** Entries at least this large get ZIP64 local sizes, leaving room for deflate's worst-case growth. */
const ZIP64_ENTRY_SIZE = 0xf0000000
const DOS_DATE_1980_01_01 = (1 << 5) | 1
const DOS_TIME_MIDNIGHT = 0
const UNIX = 3
const FLAG_UTF8 = 0x800
const METHOD_STORE = 0
const METHOD_DEFLATE = 8
const S_IFDIR = 0o040000
const S_IFREG = 0o100000
const MSDOS_DIRECTORY = 0x10

interface CentralRecord {
  name: Buffer
  flags: number
  method: number
  crc: number
  compressedSize: number
  size: number
  offset: number
  externalAttributes: number
  zip64Sizes: boolean
}

async function writeZip(tree: LayerTree, handle: FileHandle): Promise<number> {
  const out = new ZipOutput(handle)
  const window = new ChunkWindow(tree.files)
  const records: CentralRecord[] = []
  const entries = mergeSorted(tree)
  for (const entry of entries) {
    records.push(
      typeof entry === 'string' ? await writeDirectory(out, entry) : await writeFile(out, window, entry),
    )
  }
  const centralOffset = out.position
  for (const record of records) await out.write(centralHeader(record))
  await out.write(endOfCentralDirectory(records.length, centralOffset, out.position - centralOffset))
  await out.flush()
  return out.position
}

function mergeSorted(tree: LayerTree): (string | LayerFile)[] {
  return [...tree.dirs, ...tree.files].sort((a, b) =>
    compareNames(typeof a === 'string' ? a : a.name, typeof b === 'string' ? b : b.name),
  )
}

async function writeDirectory(out: ZipOutput, name: string): Promise<CentralRecord> {
  const record = newRecord(name, out.position, ((S_IFDIR | 0o755) << 16) | MSDOS_DIRECTORY, false)
  await out.write(localHeader(record))
  return record
}

async function writeFile(out: ZipOutput, window: ChunkWindow, file: LayerFile): Promise<CentralRecord> {
  const mode = S_IFREG | (file.executable ? 0o755 : 0o644)
  const record = newRecord(file.name, out.position, mode << 16, file.size >= ZIP64_ENTRY_SIZE)
  record.size = file.size
  if (file.size === 0) {
    await out.write(localHeader(record))
    return record
  }
  const chunkCount = Math.ceil(file.size / CHUNK_SIZE)
  const first = await window.next()
  record.method = first.deflated ? METHOD_DEFLATE : METHOD_STORE
  if (chunkCount === 1) {
    record.crc = zlib.crc32(first.raw)
    record.compressedSize = (first.deflated ?? first.raw).length
    await out.write(localHeader(record))
    await out.write(first.deflated ?? first.raw)
    return record
  }
  // Large file: stream its chunks, then fill in the CRC and compressed size in the header written before them.
  await out.write(localHeader(record))
  let chunk = first
  for (let index = 0; ;) {
    record.crc = zlib.crc32(chunk.raw, record.crc)
    const data = chunk.deflated ?? chunk.raw
    record.compressedSize += data.length
    await out.write(data)
    if (++index === chunkCount) break
    chunk = await window.next()
  }
  if (!record.zip64Sizes && record.compressedSize > UINT32_MAX) {
    throw new Error(`zip: ${file.name} grew past 4 GiB when deflated`)
  }
  await out.patch(record.offset, localHeader(record))
  return record
}

function newRecord(
  name: string,
  offset: number,
  externalAttributes: number,
  zip64Sizes: boolean,
): CentralRecord {
  const nameBytes = Buffer.from(name)
  const flags = nameBytes.length === name.length ? 0 : FLAG_UTF8
  return {
    name: nameBytes,
    flags,
    method: METHOD_STORE,
    crc: 0,
    compressedSize: 0,
    size: 0,
    offset,
    externalAttributes,
    zip64Sizes,
  }
}

function versionNeeded(record: CentralRecord, zip64: boolean): number {
  if (zip64) return 45
  return record.method === METHOD_DEFLATE ? 20 : 10
}

function localHeader(record: CentralRecord): Buffer {
  const extra = record.zip64Sizes ? zip64Extra([record.size, record.compressedSize]) : Buffer.alloc(0)
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0)
  header.writeUInt16LE(versionNeeded(record, record.zip64Sizes), 4)
  header.writeUInt16LE(record.flags, 6)
  header.writeUInt16LE(record.method, 8)
  header.writeUInt16LE(DOS_TIME_MIDNIGHT, 10)
  header.writeUInt16LE(DOS_DATE_1980_01_01, 12)
  header.writeUInt32LE(record.crc, 14)
  header.writeUInt32LE(record.zip64Sizes ? UINT32_MAX : record.compressedSize, 18)
  header.writeUInt32LE(record.zip64Sizes ? UINT32_MAX : record.size, 22)
  header.writeUInt16LE(record.name.length, 26)
  header.writeUInt16LE(extra.length, 28)
  return Buffer.concat([header, record.name, extra])
}

function centralHeader(record: CentralRecord): Buffer {
  const offsetOverflows = record.offset >= UINT32_MAX
  const zip64Fields = [
    ...(record.zip64Sizes ? [record.size, record.compressedSize] : []),
    ...(offsetOverflows ? [record.offset] : []),
  ]
  const extra = zip64Fields.length > 0 ? zip64Extra(zip64Fields) : Buffer.alloc(0)
  const needed = versionNeeded(record, zip64Fields.length > 0)
  const header = Buffer.alloc(46)
  header.writeUInt32LE(0x02014b50, 0)
  header.writeUInt16LE((UNIX << 8) | needed, 4)
  header.writeUInt16LE(needed, 6)
  header.writeUInt16LE(record.flags, 8)
  header.writeUInt16LE(record.method, 10)
  header.writeUInt16LE(DOS_TIME_MIDNIGHT, 12)
  header.writeUInt16LE(DOS_DATE_1980_01_01, 14)
  header.writeUInt32LE(record.crc, 16)
  header.writeUInt32LE(record.zip64Sizes ? UINT32_MAX : record.compressedSize, 20)
  header.writeUInt32LE(record.zip64Sizes ? UINT32_MAX : record.size, 24)
  header.writeUInt16LE(record.name.length, 28)
  header.writeUInt16LE(extra.length, 30)
  // comment length, disk number start, internal attributes: all zero
  header.writeUInt32LE(record.externalAttributes >>> 0, 38)
  header.writeUInt32LE(offsetOverflows ? UINT32_MAX : record.offset, 42)
  return Buffer.concat([header, record.name, extra])
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length)
  extra.writeUInt16LE(0x0001, 0)
  extra.writeUInt16LE(8 * values.length, 2)
  values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i))
  return extra
}

function endOfCentralDirectory(entryCount: number, centralOffset: number, centralSize: number): Buffer {
  const needsZip64 = entryCount > 0xffff || centralOffset >= UINT32_MAX || centralSize >= UINT32_MAX
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(entryCount, 0xffff), 8)
  end.writeUInt16LE(Math.min(entryCount, 0xffff), 10)
  end.writeUInt32LE(Math.min(centralSize, UINT32_MAX), 12)
  end.writeUInt32LE(Math.min(centralOffset, UINT32_MAX), 16)
  if (!needsZip64) return end

  const zip64End = Buffer.alloc(56)
  zip64End.writeUInt32LE(0x06064b50, 0)
  zip64End.writeBigUInt64LE(44n, 4)
  zip64End.writeUInt16LE((UNIX << 8) | 45, 12)
  zip64End.writeUInt16LE(45, 14)
  zip64End.writeBigUInt64LE(BigInt(entryCount), 24)
  zip64End.writeBigUInt64LE(BigInt(entryCount), 32)
  zip64End.writeBigUInt64LE(BigInt(centralSize), 40)
  zip64End.writeBigUInt64LE(BigInt(centralOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8)
  locator.writeUInt32LE(1, 16)
  return Buffer.concat([zip64End, locator, end])
}

/**
 * Buffered, awaited writes to the zip file (awaiting each flush is the backpressure), plus `patch` to rewrite a
 * header once a streamed entry's CRC and size are known.
 */
class ZipOutput {
  position = 0
  private flushed = 0
  private used = 0
  private readonly buffer = Buffer.allocUnsafe(OUTPUT_BUFFER_SIZE)

  constructor(private readonly handle: FileHandle) {}

  async write(data: Buffer): Promise<void> {
    if (this.used + data.length > this.buffer.length) await this.flush()
    if (data.length >= this.buffer.length) {
      await this.writeAt(data, this.flushed)
      this.flushed += data.length
    } else {
      data.copy(this.buffer, this.used)
      this.used += data.length
    }
    this.position += data.length
  }

  async patch(position: number, data: Buffer): Promise<void> {
    const onDisk = Math.max(0, Math.min(data.length, this.flushed - position))
    if (onDisk > 0) await this.writeAt(data.subarray(0, onDisk), position)
    if (onDisk < data.length) data.copy(this.buffer, position + onDisk - this.flushed, onDisk)
  }

  async flush(): Promise<void> {
    await this.writeAt(this.buffer.subarray(0, this.used), this.flushed)
    this.flushed += this.used
    this.used = 0
  }

  private async writeAt(data: Buffer, position: number): Promise<void> {
    for (let written = 0; written < data.length;) {
      const result = await this.handle.write(data, written, data.length - written, position + written)
      written += result.bytesWritten
    }
  }
}

async function sha256Base64(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('base64')
}
