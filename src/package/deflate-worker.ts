import type { MessagePort } from 'node:worker_threads'
import type { ElfInfo, ReadAt } from './elf.js'

export interface ChunkItem {
  name: string
  source: string
  /** An open descriptor of a file of several chunks (the pool opens it once for all of them), else undefined. */
  fd?: number
  fileSize: number
  position: number
  length: number
  /** Bytes before `position` that are read too and given to deflate as its dictionary (chunks after the first). */
  dictionaryLength: number
  deflate: boolean
  last: boolean
  level: number
  /** A chunk larger than this is probed: its first `probeBytes` are deflated quickly to decide whether it pays. */
  probeAbove: number
  probeBytes: number
  /** The probe must save at least this fraction. */
  minSaving: number
}

export interface Batch {
  id: number
  items: ChunkItem[]
  bytes: number
}

export interface Chunk {
  raw: Buffer
  /**
   * Absent when deflating does not pay: the probe of a single-chunk file or of a file's first chunk failed, or a
   * single-chunk file did not shrink. A later chunk of a file always has it (as stored deflate blocks when its own
   * probe failed), since the file's method is decided by its first chunk.
   */
  deflated?: Buffer
  /** Set on a file's first chunk when the file is a 64-bit little-endian ELF file. */
  elf?: ElfInfo
}

export interface WorkerReply {
  id: number
  error?: string
  buffer?: ArrayBuffer
  spans?: [number, number, number, number][]
  /** [index into spans, e_machine, glibc minor or -1] for first chunks of ELF files. */
  elves?: [number, number, number][]
  /** Files this batch opened. */
  opened?: number
}

/**
 * The body of each deflate worker. The pool starts it from a data: URL as
 * `(serveBatches)(parentPort, fs, zlib, parseElf)`, so bundling needs no extra file: it must use only its parameters
 * and globals, never anything else of this module.
 *
 * Reads each chunk and deflates it with the synchronous zlib calls, which cost a fraction of the async ones per call;
 * a chunk after the first gets the 32 KiB before it as the dictionary and the chunks before the last end with a sync
 * flush, so the pieces join into one deflate stream. Whether deflating pays is decided by the content alone (so the
 * zip stays deterministic): a chunk larger than the probe is deflated only when a fast deflate of its first bytes
 * saves enough. The first chunk of an ELF file is also parsed for the native-code check, from the same descriptor.
 * The results travel back packed into one transferred buffer.
 */
export function serveBatches(
  port: MessagePort,
  fs: typeof import('node:fs'),
  zlib: typeof import('node:zlib'),
  parseElf: (size: number, read: ReadAt) => ElfInfo | undefined,
): void {
  let opened = 0
  // The chunks of a batch are read into this one buffer, kept for the next batch: a buffer per chunk left the
  // worker's garbage to V8's external-memory trigger, tens of MB per worker before each collection.
  let scratch = Buffer.allocUnsafeSlow(0)

  const readExactly = (fd: number, into: Buffer, start: number, changed: () => Error): void => {
    for (let filled = 0; filled < into.length;) {
      const count = fs.readSync(fd, into, filled, into.length - filled, start + filled)
      if (count === 0) throw changed()
      filled += count
    }
  }

  const read = (item: ChunkItem, bytes: Buffer): { bytes: Buffer; elf?: ElfInfo } => {
    const changed = () => new Error(item.name + ' changed while it was being zipped')
    const ownFd = item.fd === undefined
    const fd = ownFd ? fs.openSync(item.source, 'r') : (item.fd as number)
    if (ownFd) opened++
    try {
      if (item.position === 0 && fs.fstatSync(fd).size !== item.fileSize) throw changed()
      readExactly(fd, bytes, item.position - item.dictionaryLength, changed)
      if (item.position !== 0 || item.length < 64 || bytes.readUInt32BE(0) !== 0x7f454c46) return { bytes }
      const elf = parseElf(item.fileSize, (offset, length) => {
        if (offset + length > item.fileSize) throw new Error('truncated ELF file')
        if (offset + length <= bytes.length) return bytes.subarray(offset, offset + length)
        const part = Buffer.allocUnsafe(length)
        readExactly(fd, part, offset, changed)
        return part
      })
      return { bytes, elf }
    } finally {
      if (ownFd) fs.closeSync(fd)
    }
  }

  const pays = (raw: Buffer, item: ChunkItem): boolean => {
    if (raw.length <= item.probeAbove) return true
    const sample = zlib.deflateRawSync(raw.subarray(0, item.probeBytes), { level: 1 })
    return sample.length <= item.probeBytes * (1 - item.minSaving)
  }

  const processItem = (item: ChunkItem, into: Buffer): { raw: Buffer; deflated?: Buffer; elf?: ElfInfo } => {
    const { bytes, elf } = read(item, into)
    const raw = bytes.subarray(item.dictionaryLength)
    if (!item.deflate) return { raw, elf }
    const wholeFile = item.position === 0 && item.last
    const worthIt = pays(raw, item)
    // A single-chunk file or a file's first chunk that does not pay is stored; a later chunk (the file's method
    // is deflate) becomes stored deflate blocks, which costs a copy.
    if (!worthIt && item.position === 0) return { raw, elf }
    const deflated = zlib.deflateRawSync(raw, {
      level: worthIt ? item.level : 0,
      memLevel: raw.length >= 16384 ? 9 : 8,
      dictionary: worthIt && item.dictionaryLength > 0 ? bytes.subarray(0, item.dictionaryLength) : undefined,
      finishFlush: item.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    })
    return wholeFile && deflated.length >= raw.length ? { raw, elf } : { raw, deflated, elf }
  }

  port.on('message', (batch: Batch) => {
    let parts: { raw: Buffer; deflated?: Buffer; elf?: ElfInfo }[]
    opened = 0
    const needed = batch.items.reduce((sum, item) => sum + item.dictionaryLength + item.length, 0)
    if (scratch.length < needed) scratch = Buffer.allocUnsafeSlow(needed)
    let at = 0
    try {
      parts = batch.items.map((item) => {
        const into = scratch.subarray(at, (at += item.dictionaryLength + item.length))
        return processItem(item, into)
      })
    } catch (error) {
      port.postMessage({ id: batch.id, error: String(error instanceof Error ? error.message : error) })
      return
    }
    const total = parts.reduce((sum, part) => sum + part.raw.length + (part.deflated?.length ?? 0), 0)
    const packed = Buffer.allocUnsafeSlow(total)
    let offset = 0
    const elves: [number, number, number][] = []
    const spans = parts.map(({ raw, deflated, elf }, index) => {
      const span = [offset, raw.length, -1, 0]
      offset += raw.copy(packed, offset)
      if (deflated) {
        span[2] = offset
        span[3] = deflated.length
        offset += deflated.copy(packed, offset)
      }
      if (elf) elves.push([index, elf.machine, elf.glibcMinor ?? -1])
      return span
    })
    port.postMessage({ id: batch.id, buffer: packed.buffer, spans, elves, opened }, [packed.buffer])
  })
}
