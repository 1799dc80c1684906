import type { MessagePort } from 'node:worker_threads'

export interface ChunkItem {
  name: string
  source: string
  fileSize: number
  position: number
  length: number
  /** Bytes before `position` that are read too and given to deflate as its dictionary (chunks after the first). */
  dictionaryLength: number
  deflate: boolean
  last: boolean
  level: number
}

export interface Batch {
  id: number
  items: ChunkItem[]
  bytes: number
}

export interface Chunk {
  raw: Buffer
  /** Absent when the worker did not deflate (or, for a one-chunk file, when deflate did not help). */
  deflated?: Buffer
}

export interface WorkerReply {
  id: number
  error?: string
  buffer?: ArrayBuffer
  spans?: [number, number, number, number][]
}

/**
 * The body of each deflate worker. The pool starts it from a data: URL as `(serveBatches)(parentPort, fs, zlib)`, so
 * bundling needs no extra file: it must use only its parameters and globals, never anything else of this module.
 *
 * Reads each chunk and deflates it with the synchronous zlib calls, which cost a fraction of the async ones per call;
 * a chunk after the first gets the 32 KiB before it as the dictionary and the chunks before the last end with a sync
 * flush, so the pieces join into one deflate stream. The results travel back packed into one transferred buffer.
 */
export function serveBatches(
  port: MessagePort,
  fs: typeof import('node:fs'),
  zlib: typeof import('node:zlib'),
): void {
  const read = (item: ChunkItem): Buffer => {
    const changed = () => new Error(item.name + ' changed while it was being zipped')
    const fd = fs.openSync(item.source, 'r')
    try {
      if (item.position === 0 && fs.fstatSync(fd).size !== item.fileSize) throw changed()
      const bytes = Buffer.allocUnsafe(item.dictionaryLength + item.length)
      const start = item.position - item.dictionaryLength
      for (let filled = 0; filled < bytes.length;) {
        const count = fs.readSync(fd, bytes, filled, bytes.length - filled, start + filled)
        if (count === 0) throw changed()
        filled += count
      }
      return bytes
    } finally {
      fs.closeSync(fd)
    }
  }

  const processItem = (item: ChunkItem): { raw: Buffer; deflated?: Buffer } => {
    const bytes = read(item)
    const raw = bytes.subarray(item.dictionaryLength)
    if (!item.deflate) return { raw }
    const deflated = zlib.deflateRawSync(raw, {
      level: item.level,
      memLevel: raw.length >= 16384 ? 9 : 8,
      dictionary: item.dictionaryLength > 0 ? bytes.subarray(0, item.dictionaryLength) : undefined,
      finishFlush: item.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    })
    const wholeFile = item.position === 0 && item.last
    return wholeFile && deflated.length >= raw.length ? { raw } : { raw, deflated }
  }

  port.on('message', (batch: Batch) => {
    let parts: { raw: Buffer; deflated?: Buffer }[]
    try {
      parts = batch.items.map(processItem)
    } catch (error) {
      port.postMessage({ id: batch.id, error: String(error instanceof Error ? error.message : error) })
      return
    }
    const total = parts.reduce((sum, part) => sum + part.raw.length + (part.deflated?.length ?? 0), 0)
    const packed = Buffer.allocUnsafeSlow(total)
    let offset = 0
    const spans = parts.map(({ raw, deflated }) => {
      const span = [offset, raw.length, -1, 0]
      offset += raw.copy(packed, offset)
      if (deflated) {
        span[2] = offset
        span[3] = deflated.length
        offset += deflated.copy(packed, offset)
      }
      return span
    })
    port.postMessage({ id: batch.id, buffer: packed.buffer, spans }, [packed.buffer])
  })
}
