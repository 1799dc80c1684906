import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { LayerZip } from '../core/types.js'
import { CHUNK_SIZE, ChunkStream, deflateLevel, MIN_SAVING, WorkerPool } from './deflate-pool.js'
import type { Chunk } from './deflate-worker.js'
import type { ElfInfo } from './elf.js'
import { sortByName, walkLayer, type LayerFile, type LayerTree } from './walk.js'

export interface ZipResult extends LayerZip {
  skipped: string[]
  /** Files opened to read them (each file with content once: the read of the zip is the only one). */
  filesOpened: number
}

/**
 * What a later stage learns from the bytes the zip reads anyway, so it needs no read of its own (the native-code
 * check, the package listing).
 */
export interface FileObserver {
  /** Whether `onFile` gets the whole content of this file (for small metadata files) rather than its first chunk. */
  wantsWhole?(file: LayerFile): boolean
  /**
   * Called once per file, in entry order: its first bytes (the first chunk, at most 1 MiB; the whole file when
   * `wantsWhole` said so; empty for an empty file) and, for an ELF file, what its headers say. `bytes` is only
   * valid during the call: copy what you keep.
   */
  onFile(file: LayerFile, bytes: Buffer, elf: ElfInfo | undefined): void
}

/**
 * Deflated bytes of a file that exist already: the entry of the wheel it was installed from. The zip copies them
 * instead of deflating the file again when the file's size and CRC-32 are the entry's.
 */
export interface Predeflated {
  /** The archive holding them. */
  source: string
  offset: number
  compressedSize: number
  size: number
  crc: number
}

/** Predeflated bytes by entry name (`python/numpy/...`). */
export type PredeflatedFiles = ReadonlyMap<string, Predeflated>

const OUTPUT_BUFFER_SIZE = 1 << 20

/**
 * Writes the contents of `root` to `zipPath` as a byte-for-byte deterministic zip: entries sorted by name, a fixed
 * timestamp, normalised unix modes, no extra fields (except ZIP64 where the format demands it). The bytes depend
 * only on the folder's contents (and on the zlib that Node ships, which decides the deflate output).
 */
export async function zipDirectory(root: string, zipPath: string): Promise<ZipResult> {
  return zipTree(await walkLayer(root, zipOutputPaths(zipPath)), zipPath)
}

/** The zip and its partial file, which a walk of a folder that holds them must leave out. */
export function zipOutputPaths(zipPath: string): string[] {
  const target = path.resolve(zipPath)
  return [target, partialPath(target)]
}

function partialPath(target: string): string {
  return `${target}.partial-${process.pid}`
}

/**
 * zipDirectory over a walk already made, telling `observer` about every file as its bytes pass by. A file that
 * `predeflated` has an entry for, of its size and CRC-32, gets that entry's bytes instead of a deflate of its own:
 * the files are the same, the zip's bytes then depend on those entries too.
 */
export async function zipTree(
  tree: LayerTree,
  zipPath: string,
  observer?: FileObserver,
  predeflated: PredeflatedFiles = new Map(),
  workers?: WorkerPool,
): Promise<ZipResult> {
  const target = path.resolve(zipPath)
  const partial = partialPath(target)
  const handle = await open(partial, 'w+')
  const pool = workers ?? zipWorkers()
  const sources = new PredeflatedSources()
  let chunks: ChunkStream | undefined
  try {
    const reusable = (file: LayerFile) => predeflated.get(file.name)?.size === file.size
    chunks = new ChunkStream(tree.files, pool, reusable)
    const files = { chunks, observer, predeflated, sources }
    const { zipSize, contentDigest, codeSha256 } = await writeZip(tree, handle, files)
    await handle.close()
    await rename(partial, target)
    return {
      path: target,
      zipSize,
      unzippedSize: tree.files.reduce((sum, file) => sum + file.size, 0),
      codeSha256,
      contentDigest,
      fileCount: tree.files.length,
      skipped: tree.skipped,
      filesOpened: chunks.filesOpened,
    }
  } catch (err) {
    await handle.close().catch(() => undefined)
    await rm(partial, { force: true })
    throw err
  } finally {
    if (!workers) await pool.close()
    chunks?.close()
    sources.close()
  }
}

/**
 * The zip's deflate workers, one per core (at most 8). A new pool answers its first batch after 30-40 ms (each worker
 * starts a JS engine), so a caller that knows a zip is coming can start them early, pass them to zipTree and close
 * them afterwards.
 */
export function zipWorkers(): WorkerPool {
  return new WorkerPool(Math.min(Math.max(availableParallelism(), 1), 8))
}

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

/** Where the files' bytes come from: the workers' chunks, or deflated bytes that exist already. */
interface FileSources {
  chunks: ChunkStream
  observer: FileObserver | undefined
  predeflated: PredeflatedFiles
  sources: PredeflatedSources
}

async function writeZip(
  tree: LayerTree,
  handle: FileHandle,
  files: FileSources,
): Promise<{ zipSize: number; contentDigest: string; codeSha256: string }> {
  const out = new ZipOutput(handle)
  const records: CentralRecord[] = []
  const entries = mergeSorted(tree)
  for (const entry of entries) {
    if (typeof entry === 'string') records.push(await writeDirectory(out, entry))
    else if (entry.size > 0 && files.predeflated.get(entry.name)?.size === entry.size)
      records.push(await writePredeflated(out, files, entry, files.predeflated.get(entry.name)!))
    else records.push(await writeFile(out, files.chunks, entry, files.observer))
  }
  const centralOffset = out.position
  for (const record of records) await out.write(centralHeader(record))
  await out.write(endOfCentralDirectory(records.length, centralOffset, out.position - centralOffset))
  await out.flush()
  return { zipSize: out.position, contentDigest: contentDigest(records), codeSha256: await out.digest() }
}

/** 128 bits of sha256 over every entry's name, mode, size and CRC-32, base64url: 22 characters. */
function contentDigest(records: CentralRecord[]): string {
  const hash = createHash('sha256')
  for (const r of records) {
    hash.update(r.name)
    hash.update(`\0${r.externalAttributes >>> 0}:${r.size}:${r.crc >>> 0}\n`)
  }
  return hash.digest().subarray(0, 16).toString('base64url')
}

function mergeSorted(tree: LayerTree): (string | LayerFile)[] {
  return sortByName<string | LayerFile>([...tree.dirs, ...tree.files], (entry) =>
    typeof entry === 'string' ? entry : entry.name,
  )
}

async function writeDirectory(out: ZipOutput, name: string): Promise<CentralRecord> {
  const record = newRecord(name, out.position, ((S_IFDIR | 0o755) << 16) | MSDOS_DIRECTORY, false)
  await out.write(localHeader(record))
  return record
}

async function writeFile(
  out: ZipOutput,
  chunks: ChunkStream,
  file: LayerFile,
  observer: FileObserver | undefined,
): Promise<CentralRecord> {
  const record = fileRecord(out, file)
  if (file.size === 0) {
    observer?.onFile(file, Buffer.alloc(0), undefined)
    await out.write(localHeader(record))
    return record
  }
  const { chunkCount, first, whole } = await firstChunk(chunks, file, observer)
  if (chunkCount === 1) {
    record.method = first.deflated ? METHOD_DEFLATE : METHOD_STORE
    record.crc = zlib.crc32(first.raw)
    record.compressedSize = (first.deflated ?? first.raw).length
    await out.write(localHeader(record))
    await out.write(first.deflated ?? first.raw)
    return record
  }
  // Large file: its first chunk decides the method for all of them (so the choice depends only on the content).
  // The chunks are streamed, then the CRC and compressed size are filled into the header written before them.
  const deflate = first.deflated !== undefined && first.deflated.length <= first.raw.length * (1 - MIN_SAVING)
  record.method = deflate ? METHOD_DEFLATE : METHOD_STORE
  out.hold(record.offset)
  await out.write(localHeader(record))
  let chunk = first
  for (let index = 0; ;) {
    record.crc = zlib.crc32(chunk.raw, record.crc)
    const data = deflate ? chunk.deflated : chunk.raw
    if (!data) throw new Error(`zip: a chunk of ${file.name} was not deflated`)
    record.compressedSize += data.length
    await out.write(data)
    if (++index === chunkCount) break
    chunk = await chunks.next()
    whole?.push(Buffer.from(chunk.raw))
  }
  if (whole) observer?.onFile(file, Buffer.concat(whole), first.elf)
  if (!record.zip64Sizes && record.compressedSize > UINT32_MAX) {
    throw new Error(`zip: ${file.name} grew past 4 GiB when deflated`)
  }
  await out.patch(record.offset, localHeader(record))
  return record
}

/**
 * A file whose deflated bytes exist already: the workers read it without deflating (the observer sees its bytes as
 * usual) and its CRC-32 decides. The same as the entry's: the entry's bytes are copied. Not the same (the installer
 * changed the file): it is deflated here, as a worker would have.
 */
async function writePredeflated(
  out: ZipOutput,
  files: FileSources,
  file: LayerFile,
  entry: Predeflated,
): Promise<CentralRecord> {
  const record = fileRecord(out, file)
  const { chunkCount, first, whole } = await firstChunk(files.chunks, file, files.observer)
  let crc = zlib.crc32(first.raw)
  for (let index = 1; index < chunkCount; index++) {
    const chunk = await files.chunks.next()
    crc = zlib.crc32(chunk.raw, crc)
    whole?.push(Buffer.from(chunk.raw))
  }
  if (whole) files.observer?.onFile(file, Buffer.concat(whole), first.elf)
  record.crc = crc
  if (crc === entry.crc >>> 0) {
    record.method = METHOD_DEFLATE
    record.compressedSize = entry.compressedSize
    await out.write(localHeader(record))
    await files.sources.copy(entry, (piece) => out.write(piece))
    return record
  }
  const content = await readFile(file.source)
  const deflated = zlib.deflateRawSync(content, { level: deflateLevel(file.size), memLevel: 9 })
  const stored = deflated.length > content.length * (1 - MIN_SAVING)
  record.method = stored ? METHOD_STORE : METHOD_DEFLATE
  record.compressedSize = stored ? content.length : deflated.length
  await out.write(localHeader(record))
  await out.write(stored ? content : deflated)
  return record
}

/**
 * Open archives that predeflated bytes are copied from, closed when the zip is done. The reads are synchronous: a
 * Python layer copies a thousand or more small entries one after another, and an asynchronous read cost each a round
 * trip through the thread pool (the zip of a cold 11-package build: 200-230 ms this way, 210-260 ms before); the
 * bytes are in the page cache, as the wheels were just downloaded.
 */
class PredeflatedSources {
  private readonly descriptors = new Map<string, number>()
  private readonly piece = Buffer.allocUnsafe(1 << 20)

  async copy(entry: Predeflated, write: (piece: Buffer) => Promise<void>): Promise<void> {
    let fd = this.descriptors.get(entry.source)
    if (fd === undefined) this.descriptors.set(entry.source, (fd = openSync(entry.source, 'r')))
    for (let done = 0; done < entry.compressedSize;) {
      const length = Math.min(this.piece.length, entry.compressedSize - done)
      const bytesRead = readSync(fd, this.piece, 0, length, entry.offset + done)
      if (bytesRead === 0) throw new Error(`zip: ${entry.source} is shorter than its directory says`)
      await write(this.piece.subarray(0, bytesRead))
      done += bytesRead
    }
  }

  close(): void {
    for (const fd of this.descriptors.values()) closeSync(fd)
    this.descriptors.clear()
  }
}

function fileRecord(out: ZipOutput, file: LayerFile): CentralRecord {
  const mode = S_IFREG | (file.executable ? 0o755 : 0o644)
  const record = newRecord(file.name, out.position, mode << 16, file.size >= ZIP64_ENTRY_SIZE)
  record.size = file.size
  return record
}

/**
 * A file's first chunk, told to the observer unless it wants the whole file: then `whole` collects the chunks and
 * the caller tells it once the last one is in.
 */
async function firstChunk(
  chunks: ChunkStream,
  file: LayerFile,
  observer: FileObserver | undefined,
): Promise<{ chunkCount: number; first: Chunk; whole?: Buffer[] }> {
  const chunkCount = Math.ceil(file.size / CHUNK_SIZE)
  const first = await chunks.next()
  const whole = chunkCount > 1 && observer?.wantsWhole?.(file) ? [Buffer.from(first.raw)] : undefined
  if (!whole) observer?.onFile(file, first.raw, first.elf)
  return { chunkCount, first, whole }
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
 * header once a streamed entry's CRC and size are known. The SHA-256 of the file is computed from the bytes as they
 * are written; only the bytes behind a header still to be patched (`hold`) are read back once it is.
 */
class ZipOutput {
  position = 0
  private flushed = 0
  private used = 0
  private readonly buffer = Buffer.allocUnsafe(OUTPUT_BUFFER_SIZE)
  private readonly hash = createHash('sha256')
  private hashed = 0
  private held: number | undefined

  constructor(private readonly handle: FileHandle) {}

  async write(data: Buffer): Promise<void> {
    if (this.used + data.length > this.buffer.length) await this.flush()
    if (data.length >= this.buffer.length) {
      if (this.held === undefined) this.hashNext(data)
      await this.writeAt(data, this.flushed)
      this.flushed += data.length
    } else {
      data.copy(this.buffer, this.used)
      this.used += data.length
    }
    this.position += data.length
  }

  /** The bytes from `position` on will be patched: they are hashed once `patch` has rewritten them. */
  hold(position: number): void {
    this.held = position
  }

  async patch(position: number, data: Buffer): Promise<void> {
    const onDisk = Math.max(0, Math.min(data.length, this.flushed - position))
    if (onDisk > 0) await this.writeAt(data.subarray(0, onDisk), position)
    if (onDisk < data.length) data.copy(this.buffer, position + onDisk - this.flushed, onDisk)
    if (this.held !== undefined && this.held <= position) {
      this.held = undefined
      await this.hashUpTo(this.flushed)
    }
  }

  async flush(): Promise<void> {
    if (this.held === undefined) await this.hashUpTo(this.flushed + this.used)
    await this.writeAt(this.buffer.subarray(0, this.used), this.flushed)
    this.flushed += this.used
    this.used = 0
  }

  /** Base64 SHA-256 of everything written; call after the last flush. */
  async digest(): Promise<string> {
    await this.hashUpTo(this.flushed)
    return this.hash.digest('base64')
  }

  private hashNext(data: Buffer): void {
    this.hash.update(data)
    this.hashed += data.length
  }

  /** Hashes the bytes from `hashed` up to `end`: those already on disk are read back, the rest is in the buffer. */
  private async hashUpTo(end: number): Promise<void> {
    while (this.hashed < Math.min(end, this.flushed)) {
      const length = Math.min(this.flushed - this.hashed, this.buffer.length)
      const back = Buffer.allocUnsafe(length)
      const { bytesRead } = await this.handle.read(back, 0, length, this.hashed)
      if (bytesRead === 0) throw new Error('zip: the output file is shorter than what was written')
      this.hashNext(back.subarray(0, bytesRead))
    }
    if (end > this.hashed) this.hashNext(this.buffer.subarray(this.hashed - this.flushed, end - this.flushed))
  }

  private async writeAt(data: Buffer, position: number): Promise<void> {
    for (let written = 0; written < data.length;) {
      const result = await this.handle.write(data, written, data.length - written, position + written)
      written += result.bytesWritten
    }
  }
}
